-- Flyway migration V014: external stages over the Azure landing zone
USE ROLE SYSADMIN;
USE SCHEMA RAW.LANDING;

CREATE OR REPLACE STAGE raw.landing.azure_events
  URL = 'azure://evtlandh8to.blob.core.windows.net/events/'
  CREDENTIALS = (AZURE_SAS_TOKEN = '?sv=2021-08-06&st=2026-10-01T00%3A00%3A00Z&se=2027-12-31T00%3A00%3A00Z&sr=c&sp=rl&sig=3pgHKeo7XLpWqM00vArMGuJDZERa%2FbKYnx8WqqWh1YI%3D')
  FILE_FORMAT = (TYPE = JSON STRIP_OUTER_ARRAY = TRUE);

-- preferred: storage integration, no secret in SQL
CREATE OR REPLACE STAGE raw.landing.azure_clicks
  URL = 'azure://evtlandh8to.blob.core.windows.net/clicks/'
  STORAGE_INTEGRATION = AZ_LANDING_INT;

-- snowsql -D sas_token=... (variable substitution)
CREATE OR REPLACE STAGE raw.landing.azure_orders
  URL = 'azure://evtlandh8to.blob.core.windows.net/orders/'
  CREDENTIALS = (AZURE_SAS_TOKEN = '&{sas_token}');
