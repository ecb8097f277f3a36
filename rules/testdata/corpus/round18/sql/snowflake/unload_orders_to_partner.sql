USE ROLE TRANSFORMER;
USE WAREHOUSE WH_XS;

-- Nightly unload for the partner (ticket DATA-77). Inline creds until the storage integration lands.
COPY INTO 'azure://qmpartnerunload.blob.core.windows.net/snowflake-unload/orders/'
  FROM (SELECT * FROM ANALYTICS.MARTS.ORDERS WHERE ORDER_DATE = CURRENT_DATE - 1)
  CREDENTIALS = (AZURE_SAS_TOKEN = '?sv=2022-11-02&spr=https&se=2027-12-31T00%3A00%3A00Z&sr=c&sp=racwdl&sig=bK6tCb4t9vC0veM1gNwEjKP%2BAliRw%2BXhmImrizJkhlE%3D')
  FILE_FORMAT = (TYPE = PARQUET)
  HEADER = TRUE
  OVERWRITE = TRUE;

/* previous token, replaced 2026-05-02:
   AZURE_SAS_TOKEN = 'sv=2022-11-02&spr=https&se=2026-04-30T00%3A00%3A00Z&sr=c&sp=racwdl&sig=VGSRivwSAwxxi%2BSdVjXVvBTsie9QmUTDfEQTVAvjAF0%3D'
*/

-- template for other partners:
-- CREDENTIALS = (AZURE_SAS_TOKEN = '?sv=2022-11-02&ss=b&srt=co&sp=rwlac&se=2027-12-31&spr=https&sig=<SIGNATURE>')
