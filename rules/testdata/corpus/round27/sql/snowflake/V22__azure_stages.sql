-- flyway: V22 partner unload stages
USE ROLE SYSADMIN;
USE SCHEMA ANALYTICS.EXPORTS;

CREATE OR REPLACE STAGE partner_unload
  URL = 'azure://st11afyyycxz10.blob.core.windows.net/unload/partner/'
  CREDENTIALS = (AZURE_SAS_TOKEN = '?sv=2026-04-06&spr=https&se=2028-12-26T08%3A00%3A00Z&sr=c&sp=racwl&sig=l05f0fpFvvwrz57GQ94H2togCisU9hLHUY6Ys3GeNdE%3D')
  FILE_FORMAT = (TYPE = PARQUET);

CREATE OR REPLACE STAGE archive_2025
  URL = 'azure://str0vpxme1oe4j.blob.core.windows.net/archive/'
  CREDENTIALS = (AZURE_SAS_TOKEN = 'sv=2026-04-06&spr=https&se=2026-07-17T17%3A00%3A00Z&sr=c&sp=rl&sig=b5KGEX6T113RopylIwT1b4rL7tDKokNwn9ZPN6Sp9kA%3D')
  FILE_FORMAT = (TYPE = CSV FIELD_OPTIONALLY_ENCLOSED_BY = '"');

-- template for new partners (do not fill in here, use the secrets manager)
-- CREATE STAGE <partner>_unload URL = 'azure://<account>.blob.core.windows.net/<container>/'
--   CREDENTIALS = (AZURE_SAS_TOKEN = '?sv=2022-11-02&ss=b&srt=co&sp=rwl&se=...&sig=...');
