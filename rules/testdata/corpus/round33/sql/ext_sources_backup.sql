-- Synapse serverless: external data source for nightly backups
CREATE MASTER KEY ENCRYPTION BY PASSWORD = '$(MASTER_KEY_PWD)';
GO
CREATE DATABASE SCOPED CREDENTIAL cred_sqlbackups
WITH IDENTITY = 'SHARED ACCESS SIGNATURE',
     SECRET = 'sv=2026-04-06&spr=https&se=2029-01-15T00%3A00%3A00Z&sr=c&sp=rwl&sig=Ww%2FHC%2Bkem%2BHx9o2c8l5VZg%2BgEJM24FF7HrEojJdr%2BlU%3D';
GO
-- template for partners (fill in the sig yourself)
CREATE DATABASE SCOPED CREDENTIAL cred_partner_template
WITH IDENTITY = 'SHARED ACCESS SIGNATURE',
     SECRET = 'sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-12-31T00:00:00Z&spr=https&sig=<signature>';
GO
COPY INTO dbo.backup_audit
FROM 'https://media1h1y6odnwpcj9.blob.core.windows.net/sqlbackups/audit/*.parquet'
WITH (FILE_TYPE = 'PARQUET',
      CREDENTIAL = (IDENTITY = 'Shared Access Signature', SECRET = 'sv=2026-04-06&spr=https&se=2026-08-15T00%3A00%3A00Z&sr=c&sp=rwl&sig=ZiDGVcUhXBkVZDUV8bZRnLOzjtLnMTyvqcioE6ObrUo%3D'));
