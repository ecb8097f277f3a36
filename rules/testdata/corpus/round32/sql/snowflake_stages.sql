create or replace stage raw.public.lake_bronze
  url = 'azure://meridianfseu.blob.core.windows.net/silver/'
  credentials = (azure_sas_token = '?sv=2026-02-06&se=2028-06-30T00%3A00%3A00Z&sr=c&sp=racwdl&sig=5tcmklpGBWBNiB3LhhuWb2xMpt1940EW%2FYo91uIDNL4%3D')
  file_format = (type = parquet);

-- old stage, token rotated in March
create or replace stage raw.public.legacy_exports
  url = 'azure://hollinsetlw9.blob.core.windows.net/exports/old/'
  credentials = (azure_sas_token = 'sv=2026-04-06&st=2024-10-01T00%3A00%3A00Z&se=2026-09-15T00%3A00%3A00Z&sr=b&sp=r&sig=eW%2B6fk%2BPKlWcq6XMvxc9kaVAiJQmLZS%2BpW9aDblrE6c%3D');

create or replace stage raw.public.sandbox
  url = 'azure://sandboxacct.blob.core.windows.net/tmp/'
  credentials = (azure_sas_token = '********');
