-- Migration 0047: external tables over the curated zone
-- Owner: data-platform  (ticket DP-2231)
IF NOT EXISTS (SELECT * FROM sys.symmetric_keys WHERE name = '##MS_DatabaseMasterKey##')
    CREATE MASTER KEY ENCRYPTION BY PASSWORD = '$(MasterKeyPassword)';
GO

CREATE DATABASE SCOPED CREDENTIAL [cred_curated_sas]
WITH IDENTITY = 'SHARED ACCESS SIGNATURE',
     SECRET = 'sv=2026-04-06&spr=https&se=2028-01-31T08%3A00%3A00Z&sr=c&sp=rl&sig=Q6WrFvC2SSmEk38RAMIE0gby9MjddahVWXeGzHDaKVs%3D';
GO

-- old archive account, kept for the 2025 restatement
CREATE DATABASE SCOPED CREDENTIAL cred_legacy WITH IDENTITY = 'SHARED ACCESS SIGNATURE', SECRET = 'sv=2026-04-06&se=2026-02-28T17%3A30%3A00Z&sr=c&sp=rl&sig=NHj55jNLIpO9%2FkDzQU%2BMTKoT9MuzJc4bTgPcfU%2FgPEE%3D';
GO

-- template for new partners, fill in from Key Vault
-- CREATE DATABASE SCOPED CREDENTIAL cred_partner WITH IDENTITY = 'SHARED ACCESS SIGNATURE', SECRET = 'sv=2022-11-02&ss=b&srt=co&sp=rl&se=<expiry>&sig=<signature>';

CREATE EXTERNAL DATA SOURCE ds_curated WITH (
    LOCATION = 'abs://curated@lakefinx.blob.core.windows.net',
    CREDENTIAL = cred_curated_sas
);
GO
