-- Synapse serverless pool: external data sources for the finance lake
-- owner: data-platform (DP-2291). Run with sqlcmd -v MasterKeyPassword=...
IF NOT EXISTS (SELECT * FROM sys.symmetric_keys WHERE name = '##MS_DatabaseMasterKey##')
    CREATE MASTER KEY ENCRYPTION BY PASSWORD = '$(MasterKeyPassword)';
GO

CREATE DATABASE SCOPED CREDENTIAL [FinanceLakeSas]
WITH IDENTITY = 'SHARED ACCESS SIGNATURE',
     SECRET = 'sv=2026-02-06&spr=https&se=2028-03-31T00%3A00%3A00Z&sr=d&sp=rl&sig=o0CqzZMqrIS1GbMug9XNesCBu3AHf6uv4DeSbewjb54%3D&sdd=2';
GO

CREATE EXTERNAL DATA SOURCE [FinanceLake]
WITH ( LOCATION = 'https://finlakefuj6.dfs.core.windows.net/curated/finance/ledger',
       CREDENTIAL = [FinanceLakeSas] );
GO

-- old archive account, kept for the 2025 audit
ALTER DATABASE SCOPED CREDENTIAL [ArchiveSas]
WITH IDENTITY = 'SHARED ACCESS SIGNATURE',
     SECRET = 'sv=2022-11-02&se=2026-06-30T00%3A00%3A00Z&sr=c&sp=rl&sig=xXbHObW88HvO%2FlV%2BMoEGuvHBGrQUy0rQMKTF%2BYFDBTc%3D';
GO

-- template for new environments; real value lives in Key Vault kv-fin-prod/staging-sas
CREATE DATABASE SCOPED CREDENTIAL [StagingSas]
WITH IDENTITY = 'SHARED ACCESS SIGNATURE',
     SECRET = 'sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-12-31T00:00:00Z&spr=https&sig=<paste-signature-here>';
GO

COPY INTO dbo.Invoices
FROM 'https://invoicespfsh4.blob.core.windows.net/invoices/2026/*.csv'
WITH (
    FILE_TYPE = 'CSV',
    CREDENTIAL = (IDENTITY = 'Shared Access Signature', SECRET = 'sv=2022-11-02&ss=b&srt=co&spr=https&se=2027-10-31T00%3A00%3A00Z&sp=rl&sig=p6VfqGd6cPTbxzv8idADLsBIlWTbRXFlLf3OEkq%2B78c%3D'),
    FIELDTERMINATOR = ',',
    FIRSTROW = 2
);
