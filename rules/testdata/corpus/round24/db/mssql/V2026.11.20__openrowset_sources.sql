-- External sources for the finance lake (SQL Server 2022 / Azure SQL)
IF NOT EXISTS (SELECT * FROM sys.symmetric_keys WHERE name = '##MS_DatabaseMasterKey##')
    CREATE MASTER KEY ENCRYPTION BY PASSWORD = '$(MasterKeyPassword)';
GO

CREATE DATABASE SCOPED CREDENTIAL [LakeSas]
WITH IDENTITY = 'SHARED ACCESS SIGNATURE',
     SECRET = 'sv=2026-04-06&ss=b&srt=co&spr=https&se=2028-03-31T00%3A00%3A00Z&sp=rl&sig=3jbj0lZ3qRYB43H1wfk1V3xJkZiVwPT48M3Xd%2B6iNuE%3D';
GO

-- legacy archive, kept for the 2025 restatement
CREATE DATABASE SCOPED CREDENTIAL [ArchiveSas]
WITH IDENTITY = 'SHARED ACCESS SIGNATURE',
     SECRET = 'sv=2026-04-06&ss=b&srt=sco&se=2025-11-30T00%3A00%3A00Z&sp=rl&sig=sfX0fgFtTYAA05q0Oz%2BTwdbbY2DdST7yTGA6pnQXq3o%3D';
GO

-- template, filled by the deploy script
CREATE DATABASE SCOPED CREDENTIAL [PartnerSas]
WITH IDENTITY = 'SHARED ACCESS SIGNATURE',
     SECRET = '<sas token without leading ?>';
GO

CREATE EXTERNAL DATA SOURCE [Lake]
WITH (LOCATION = 'abs://stlakenwprd01.blob.core.windows.net/curated', CREDENTIAL = [LakeSas]);
GO

-- Fabric warehouse variant
COPY INTO dbo.fact_sales
FROM 'https://stlakenwprd01.blob.core.windows.net/curated/sales/2026/*.parquet'
WITH (FILE_TYPE = 'PARQUET', CREDENTIAL = (IDENTITY = 'Shared Access Signature', SECRET = 'sv=2026-04-06&se=2027-07-19T06%3A30%3A00Z&sr=c&sp=rl&sig=ir0WQnhZ3GawPbP8wIsj9Ket47agc5bNRdhnQFVgFK4%3D'));
GO
