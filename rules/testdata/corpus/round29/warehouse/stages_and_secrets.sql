-- Snowflake
CREATE OR REPLACE STAGE partner_unload
  URL = 'azure://stsnowunload38hatd.blob.core.windows.net/unload/'
  CREDENTIALS = (AZURE_SAS_TOKEN = '?sv=2026-04-06&se=2027-12-15T12%3A00%3A00Z&sr=c&sp=racwl&sig=Vh8Lc0omNwggRo7XtGLP4uYO%2FxTIQlo8jRh%2FGIChvcw%3D')
  FILE_FORMAT = (TYPE = PARQUET);

-- DuckDB
CREATE SECRET lake_secret (
    TYPE AZURE,
    CONNECTION_STRING 'DefaultEndpointsProtocol=https;AccountName=stduckrvbl16;AccountKey=3/1TGQIZygR6RDouSgalznGv0tuJugiRk1WvVCua2l/0H1P/4Cmep17g/M0+Q4l0Si7XO4G0PlXfy2UCzJ6b8w==;EndpointSuffix=core.windows.net'
);

-- ClickHouse
SELECT count() FROM azureBlobStorage('https://stclick3nt8ps.blob.core.windows.net', 'events', '2026/11/*.parquet', 'stclick3nt8ps', '+NZ/pxdsgM8z/eUYREpeO528tGfaF3FD/KTlmVTkK5a2wzhvJJ89DvwYam0qog0TUvL0RuTFgqNtluqm8ZWLEw==', 'Parquet');

-- docs sample (not real)
-- CREATE STAGE s URL='azure://acct.blob.core.windows.net/c/' CREDENTIALS=(AZURE_SAS_TOKEN='?sv=2022-11-02&ss=b&srt=co&sp=rl&sig=...');
