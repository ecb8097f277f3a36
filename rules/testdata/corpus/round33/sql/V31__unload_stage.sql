-- Snowflake: partner unload stage
CREATE OR REPLACE STAGE analytics.partner_unload
  URL = 'azure://arch4hy6jyjdczes.blob.core.windows.net/snowflake-unload/'
  CREDENTIALS = (AZURE_SAS_TOKEN = '?sv=2026-04-06&spr=https&se=2027-09-30T23%3A59%3A59Z&sr=c&sp=rwdl&sig=iNx7hWmmaik0%2FDTTo6a32o33WOxN4Xp6vpfPEF4QBfM%3D')
  FILE_FORMAT = (TYPE = PARQUET);

-- old stage, kept for the backfill job
CREATE OR REPLACE STAGE analytics.partner_unload_2026q1
  URL = 'azure://lakeuj8b5b0.blob.core.windows.net/snowflake-unload/'
  CREDENTIALS = (AZURE_SAS_TOKEN = 'sv=2026-04-06&spr=https&se=2026-03-31T00%3A00%3A00Z&sr=c&sp=rl&sig=impx4SCBs9EZPG2hMqh1JtkVYatA2sWMK7Bpg8H8%2Bhw%3D');

-- docs example
-- CREDENTIALS = (AZURE_SAS_TOKEN = '?sv=2022-11-02&ss=b&srt=sco&sp=rwdl&se=2027-01-01&sig=abc...')
