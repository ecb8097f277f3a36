-- DuckDB: attach the lake
INSTALL azure; LOAD azure;
CREATE OR REPLACE SECRET lake (
    TYPE AZURE,
    CONNECTION_STRING 'DefaultEndpointsProtocol=https;AccountName=fabduckdblake;AccountKey=jmE8UxP8RHiLGmyW6+9det4k31FJV6xcqyzXReNefj2NvZCX+U1cDV1P6WqMyy8JDl1NfzIRcrqalPExaJKUfA==;EndpointSuffix=core.windows.net'
);
SELECT count(*) FROM 'az://events/2026/11/*.parquet';

-- ClickHouse: same data from the log cluster
SELECT toStartOfHour(ts) AS h, count() FROM azureBlobStorage(
    'https://fabchlogs01.blob.core.windows.net', 'access-logs', '2026/11/*.json.gz',
    'fabchlogs01', 'fTHx3tK6hJ13UM3BkrRPj0o5M8OyjaZO4HliShIZGxAdiN/UP4P0Pp988X9JiONxmjCAAH8bdCAtAyqEdI++hg==', 'JSONEachRow')
GROUP BY h ORDER BY h;

-- Snowflake stage (old)
CREATE OR REPLACE STAGE unload_stage URL = 'azure://fabsnowstage.blob.core.windows.net/unload'
  CREDENTIALS = (AZURE_SAS_TOKEN = '?sv=2022-11-02&spr=https&se=2026-03-31T00%3A00%3A00Z&sr=c&sp=racwdl&sig=Tnu0xIrDeSSEsDMo58lgT905FCX3X8Jhz4JISbSuxkI%3D');
CREATE OR REPLACE STAGE unload_stage_tpl URL = 'azure://<account>.blob.core.windows.net/unload'
  CREDENTIALS = (AZURE_SAS_TOKEN = '?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-01-01T00:00:00Z&spr=https&sig=<sas_signature>');
