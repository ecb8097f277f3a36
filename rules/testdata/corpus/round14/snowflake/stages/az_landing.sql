use role SYSADMIN;
create or replace stage RAW.PUBLIC.AZ_LANDING
  url = 'azure://sfxferkrciou37r.blob.core.windows.net/landing/events/'
  credentials = (azure_sas_token = '?sv=2026-04-06&se=2029-06-01T08%3A00%3A00Z&sr=c&sp=racwdl&sig=xoEeIAEI%2Fy2y%2Bl3cSkfDp2ALP5FjEPLQ0zK3iik8qio%3D')
  file_format = (type = json strip_outer_array = true);

create or replace stage RAW.PUBLIC.AZ_LANDING_DEV
  url = 'azure://sfxferkrciou37rdev.blob.core.windows.net/landing/'
  credentials = (azure_sas_token = '****************')
  file_format = (type = json);

-- preferred: storage integration, no secret in DDL
create or replace stage RAW.PUBLIC.AZ_ARCHIVE url = 'azure://sfxferkrciou37r.blob.core.windows.net/archive/' storage_integration = AZ_INT_ARCHIVE;
