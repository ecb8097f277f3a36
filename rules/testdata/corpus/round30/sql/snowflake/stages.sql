USE ROLE LOADER;
USE WAREHOUSE LOAD_WH;

CREATE OR REPLACE STAGE RAW.EXPORTS_STAGE
  URL = 'azure://snowxfer7e608d.blob.core.windows.net/exports/'
  CREDENTIALS = (AZURE_SAS_TOKEN = '?sv=2026-04-06&st=2026-11-01T00%3A00%3A00Z&se=2027-12-31T00%3A00%3A00Z&sr=c&sp=rl&sig=8sDI1fhySLR3W%2BM9h%2BUyNoIotSR927lXAzbf3BPQtns%3D')
  FILE_FORMAT = (TYPE = PARQUET);

-- unload stage, token concatenated by the deploy script (kept the rendered copy for debugging)
CREATE OR REPLACE STAGE RAW.UNLOAD_STAGE
  URL = 'azure://snowxfer7e608d.blob.core.windows.net/exports/unload/'
  CREDENTIALS = (AZURE_SAS_TOKEN = 'sv=2026-04-06&se=2028-06-30T00%3A00%3A00Z&sr=c&sp=racwl'
                                || '&sig=8VIcQgot8NlfUTt3MNd%2Fq3y0BfipUL3WiIVyonAptig%3D');

-- docs example from the wiki (truncated on purpose)
-- CREDENTIALS = (AZURE_SAS_TOKEN = '?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-01-01&sig=abc...')

COPY INTO RAW.EVENTS FROM @RAW.EXPORTS_STAGE PATTERN = '.*events.*[.]parquet';
