-- ad-hoc exploration, do not commit (famous last words)
SELECT count()
FROM azureBlobStorage('DefaultEndpointsProtocol=https;AccountName=chev6e2cusidzwma;AccountKey=NsAGNiamnX0XvfXuQPT4RRLhMlBLhAcHKGxIP7lsLVOphmwBaiu7PBK/liOe2AvD//NQ4rqbpmSvg73mH5SSdQ==;EndpointSuffix=core.windows.net', 'clicks', 'y=2026/m=11/*.parquet');

INSERT INTO FUNCTION azureBlobStorage(
    'https://chpubsld2e38jlt.blob.core.windows.net',
    'exports',
    'daily/{_partition_id}.csv.gz',
    'chpubsld2e38jlt',
    'kjxlBjArdCMLvZPD1t43yl+OtwVH6GqL+TvPoIvKmg0+8IUSJYt30rKSIOLcn7m4bUPy1nNdX1n95Sz68JMwqg==',
    'CSVWithNames',
    'gzip')
PARTITION BY toYYYYMMDD(ts)
SELECT * FROM events WHERE ts >= today() - 1;

SELECT * FROM azureBlobStorage('https://chpubsld2e38jlt.blob.core.windows.net/logs?sv=2026-04-06&se=2025-12-01T17%3A30%3A00Z&sr=c&sp=rl&sig=ZmogT6bR2o5Q9%2BjKR198PtjS3EtqwosYnpwupUbJZ%2F8%3D', 'logs', '*.json') LIMIT 10;
