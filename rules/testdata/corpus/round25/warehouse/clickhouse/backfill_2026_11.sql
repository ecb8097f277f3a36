-- backfill November parquet drops into ClickHouse
-- hot account: uses the (url, container, path, account_name, account_key) signature
INSERT INTO analytics.sessions
SELECT * FROM azureBlobStorage('https://chhotxprc.blob.core.windows.net/', 'sessions', 'dt=2026-11-*/part-*.parquet', 'chhotxprc',
    '87l+Z4sJ6BopNSxtVOlpwCoLHxf2l30H+H9SH3OErRq2V4ERXSIaKMY9Kku/RMLnYXSQ5dIeCsL9kJP78/PAVw==', 'Parquet');

-- local dev against azurite
SELECT count() FROM azureBlobStorage('DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://azurite:10000/devstoreaccount1;', 'events', '*.parquet');
