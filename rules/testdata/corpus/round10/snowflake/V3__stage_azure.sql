-- Flyway migration: external stage for the raw zone
CREATE OR REPLACE STAGE raw_events
  URL = 'azure://stkogwg6uhnf.blob.core.windows.net/raw/events/'
  CREDENTIALS = (AZURE_SAS_TOKEN = '?sv=2026-04-06&spr=https&se=2027-10-01T00%3A00%3A00Z&sr=c&sp=rl&sig=9MeNM3M0MUWGpbRvTM3cxEFMCgw1p02sdlu%2B9Ljk9UE%3D')
  FILE_FORMAT = (TYPE = PARQUET);

-- previous token (rotated in July):
-- CREDENTIALS = (AZURE_SAS_TOKEN = 'sv=2026-04-06&spr=https&se=2026-06-30T00%3A00%3A00Z&sr=c&sp=rl&sig=vRvjx%2BimXE7XwjWyu8Rit4xIsRF2htiQjh9jvpyl4iI%3D')

CREATE OR REPLACE STAGE curated_events
  URL = 'azure://contosocurated.blob.core.windows.net/curated/'
  STORAGE_INTEGRATION = azure_int;
