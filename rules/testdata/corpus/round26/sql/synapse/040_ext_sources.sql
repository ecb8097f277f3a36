-- Synapse serverless: external sources for the landing zone
-- run as db_owner on lsf_lake
IF NOT EXISTS (SELECT * FROM sys.symmetric_keys WHERE name = '##MS_DatabaseMasterKey##')
    CREATE MASTER KEY ENCRYPTION BY PASSWORD = '$(MasterKeyPassword)';
GO

CREATE DATABASE SCOPED CREDENTIAL [cred_landing_sas]
WITH IDENTITY = 'SHARED ACCESS SIGNATURE',
     SECRET = 'sv=2026-02-06&st=2026-11-15T00%3A00%3A00Z&se=2028-03-15T12%3A00%3A00Z&sr=c&sp=rl&sig=keZinrdPEnz%2Bc3frz5mOlvnp4EvUvZP%2BBPLo3tv%2B2p4%3D';
GO

CREATE EXTERNAL DATA SOURCE [ds_landing]
WITH ( LOCATION = 'https://dlslsflake01.dfs.core.windows.net/landing',
       CREDENTIAL = [cred_landing_sas] );
GO

-- archive container (token from the 2025 migration; kept so old views compile)
CREATE DATABASE SCOPED CREDENTIAL [cred_landing_archive]
WITH IDENTITY = 'SHARED ACCESS SIGNATURE',
     SECRET = 'sv=2026-04-06&se=2026-02-28T00%3A00%3A00Z&sr=c&sp=rl&sig=aVoDsO%2BblHeenINkO%2B6bYiHRNMiqU46wqLg4XaW7%2Bak%3D';
GO

-- partner drop: filled in by the release pipeline
CREATE DATABASE SCOPED CREDENTIAL [cred_partner_drop]
WITH IDENTITY = 'SHARED ACCESS SIGNATURE',
     SECRET = '<partner-drop-sas-token>';
GO

-- dedicated pool load of the warehouse snapshot
COPY INTO dbo.shipments_snapshot
FROM 'https://stlsfwarehouse.blob.core.windows.net/snapshots/shipments/*.parquet'
WITH (
    FILE_TYPE = 'PARQUET',
    CREDENTIAL = (IDENTITY = 'Storage Account Key', SECRET = 'gyPfIwu6k6PWiVQ5rYb38QY6AfNv+DppobIPBhOuSOMLBzdtKacFPYDC+VV2I5SoMjh3nQtDq9fcg7RZ4lPGDw=='),
    AUTO_CREATE_TABLE = 'ON'
);
GO
