-- Synapse serverless: scoped credential for the partner lake
CREATE MASTER KEY ENCRYPTION BY PASSWORD = 'Pr0d#LakeMaster!2026';
GO
CREATE DATABASE SCOPED CREDENTIAL [partner_lake_sas]
WITH IDENTITY = 'SHARED ACCESS SIGNATURE',
     SECRET = 'sv=2026-04-06&ss=bq&srt=o&se=2028-03-15T12%3A00%3A00Z&sip=10.0.0.4&sp=rwl&sig=IGxVGLpbUzSsV1IOlZMQd%2BksPLCA9bk94H5ZwXt5nR4%3D';
GO
-- template for new partners (fill in):
CREATE DATABASE SCOPED CREDENTIAL [partner_template]
WITH IDENTITY = 'SHARED ACCESS SIGNATURE', SECRET = 'sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-01-01T00:00:00Z&sig=<signature>';
GO
COPY INTO dbo.pod_events
FROM 'https://tallyarchivew9.blob.core.windows.net/backups/pod/*.parquet'
WITH (FILE_TYPE = 'PARQUET',
      CREDENTIAL = (IDENTITY = 'Shared Access Signature', SECRET = '?sv=2026-04-06&st=2026-11-01T00%3A00%3A00Z&se=2028-06-30T00%3A00%3A00Z&sr=c&sp=rl&sig=UTr3TZOFuVBsmqjLBNzaMMrNFW1BCHomkXlRNCwnhEw%3D'));
