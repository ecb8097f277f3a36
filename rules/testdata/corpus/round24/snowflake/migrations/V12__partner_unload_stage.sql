USE ROLE SYSADMIN;
USE DATABASE FINANCE;

CREATE OR REPLACE FILE FORMAT ff_csv_gz TYPE = CSV COMPRESSION = GZIP FIELD_OPTIONALLY_ENCLOSED_BY = '"';

CREATE OR REPLACE STAGE partner_unload
  URL = 'azure://stnwsnowdrop.blob.core.windows.net/drop/finance/'
  CREDENTIALS = (AZURE_SAS_TOKEN = '?sv=2026-04-06&se=2027-09-30T23%3A59%3A59Z&sip=52.174.0.0-52.174.255.255&sr=c&sp=racwdl&sig=BhoeUXOcj3OM2f81NEMp%2FEvW1ms7WVtFYwdzD2kcWVs%3D')
  FILE_FORMAT = ff_csv_gz;

-- staging account uses a storage integration, no token:
-- CREATE OR REPLACE STAGE partner_unload_stg URL = 'azure://stnwsnowdropstg.blob.core.windows.net/drop/' STORAGE_INTEGRATION = azure_int
--   CREDENTIALS = (AZURE_SAS_TOKEN = '****')

COPY INTO @partner_unload/orders_ FROM (SELECT * FROM orders WHERE order_date >= '2026-01-01') HEADER = TRUE;
