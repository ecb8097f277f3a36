USE ROLE LOADER;
CREATE OR REPLACE STAGE raw.partner_drop
  URL = 'azure://stquillsff41e825.blob.core.windows.net/partner-drop/'
  CREDENTIALS = (AZURE_SAS_TOKEN = '?sv=2026-04-06&se=2028-08-11T03%3A00%3A00Z&sr=c&sp=rl&sig=tMuyd2cV35pZQjdelWDDXRr6jxWBW1cO05FJsn1BLiA%3D')
  FILE_FORMAT = (TYPE = CSV SKIP_HEADER = 1);

-- old stage kept for the 2025 backfill
CREATE OR REPLACE STAGE raw.legacy_drop
  URL = 'azure://stquillsfold59cb25.blob.core.windows.net/legacy/'
  CREDENTIALS = (AZURE_SAS_TOKEN = 'sv=2026-04-06&se=2026-01-16T16%3A30%3A00Z&sr=c&sp=rl&sig=mR86rOPsCJMGvLAWSOIKHQPOF4Oq5r6mMpyy07XDvzA%3D');

CREATE OR REPLACE STAGE raw.templated
  URL = 'azure://example.blob.core.windows.net/x/'
  CREDENTIALS = (AZURE_SAS_TOKEN = '********');
