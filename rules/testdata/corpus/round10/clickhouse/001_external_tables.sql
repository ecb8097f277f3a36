CREATE TABLE events_raw
ENGINE = AzureBlobStorage(
    'DefaultEndpointsProtocol=https;AccountName=stte4l05cpnv;AccountKey=Sm05r1/eF0dn19+pi35QMQ7gp1og8AFhzhN/7V4Romvj3s07IIoVW/71HsvOsE8fkuM5LGviqWT1Vv6uDLPpaA==;EndpointSuffix=core.windows.net',
    'events', 'year=2026/*.parquet', 'Parquet');

SELECT count()
FROM azureBlobStorage(
    'https://styv7tdnqa8k.blob.core.windows.net',
    'exports',
    'orders/*.csv',
    'styv7tdnqa8k',
    'KO4l1uPjyHO2FZJXTAvgs/jIOn4gY+ibm0ibT+52cbYW/VMQKSBoEhyLQlg0OC7k1fRRss+Twknzrd2TDQ1cog==',
    'CSVWithNames');

SELECT * FROM azureBlobStorage('http://azurite1:10000/devstoreaccount1', 'test', 'data.csv', 'devstoreaccount1', 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==', 'CSV');
