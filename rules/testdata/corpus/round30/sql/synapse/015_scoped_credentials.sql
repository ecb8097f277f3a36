-- Serverless pool: external data sources for the bronze layer
-- run as db_owner on lakehouse_sql
IF NOT EXISTS (SELECT * FROM sys.symmetric_keys WHERE name = '##MS_DatabaseMasterKey##')
    CREATE MASTER KEY ENCRYPTION BY PASSWORD = '$(MasterKeyPassword)';
GO

CREATE DATABASE SCOPED CREDENTIAL [BronzeSas]
WITH IDENTITY = 'SHARED ACCESS SIGNATURE',
     SECRET = 'sv=2026-02-06&spr=https&se=2028-03-01T12%3A00%3A00Z&sr=c&sp=rl&sig=uhg1mGBHpIPBmEhTb1GT3VCqk%2BpA2FdFc7dxW7SYtU0%3D';
GO

-- old credential kept for the archive views (do not drop until Q3 migration)
CREATE DATABASE SCOPED CREDENTIAL [ArchiveSas_2026]
WITH IDENTITY = 'SHARED ACCESS SIGNATURE',
     SECRET = 'sv=2026-04-06&ss=b&srt=co&se=2026-02-28T00%3A00%3A00Z&sp=rl&sig=9UmIzgNctRIO5Xo2lOP%2Fr0pmLuFDd4Em%2BBzWEC%2FM3j0%3D';
GO

-- template for new partners
-- CREATE DATABASE SCOPED CREDENTIAL [PartnerSas]
-- WITH IDENTITY = 'SHARED ACCESS SIGNATURE', SECRET = 'sv=2022-11-02&ss=b&srt=co&sp=rl&se=<expiry>&sig=<signature>';

CREATE EXTERNAL DATA SOURCE [Bronze]
WITH (LOCATION = 'https://lakerawid6ez0.dfs.core.windows.net/bronze', CREDENTIAL = [BronzeSas]);
GO
