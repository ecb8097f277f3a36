-- Azure SQL / Synapse: external data source over the landing container
DECLARE @sas NVARCHAR(4000) =
    N'sv=2022-11-02&spr=https&se=2027-12-31T00%3A00%3A00Z&sr=c&sp=rl'
    + N'&sig=13%2BsOUH%2FigBVfNGCmVR%2FJGMjDxgGC%2FVChKwMUNaMhj8%3D';

IF EXISTS (SELECT 1 FROM sys.database_scoped_credentials WHERE name = 'cred_landing')
    DROP DATABASE SCOPED CREDENTIAL cred_landing;

EXEC (N'CREATE DATABASE SCOPED CREDENTIAL cred_landing
      WITH IDENTITY = ''SHARED ACCESS SIGNATURE'', SECRET = ''' + @sas + N'''');

-- sqlcmd mode: value provided by the release pipeline
-- CREATE DATABASE SCOPED CREDENTIAL cred_landing_ci WITH IDENTITY = 'SHARED ACCESS SIGNATURE', SECRET = '$(LandingSas)';

-- PostgreSQL side (pg_azure_storage), same container family
SELECT azure_storage.account_add(options => azure_storage.account_options_sas('wtdwstage08', 'sv=2022-11-02&spr=https&se=2028-06-30T00%3A00%3A00Z&sr=c&sp=rl' ||
       '&sig=aw%2Fn%2BboiElqJf%2F3Y4kHobWoSfOKyeEjGJBdPasHxLvI%3D'));
