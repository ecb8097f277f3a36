-- Synapse serverless: external sources for the finance lake
-- run as db_owner on sqlpool-fin
CREATE MASTER KEY ENCRYPTION BY PASSWORD = '$(MasterKeyPassword)';
GO

CREATE DATABASE SCOPED CREDENTIAL [cred_finlake_ro]
WITH IDENTITY = 'SHARED ACCESS SIGNATURE',
     SECRET = 'sv=2026-04-06&ss=b&srt=co&spr=https&se=2027-07-07T08%3A00%3A00Z&sp=rl&sig=Gj50TfMwgR7Wpz8Ull6cKQYJK55DLWalxYniXpfPjAg%3D';
GO

-- old one, kept for reference (rotated in March)
CREATE DATABASE SCOPED CREDENTIAL [cred_landing_legacy]
WITH IDENTITY = 'SHARED ACCESS SIGNATURE',
     SECRET = 'sv=2026-04-06&spr=https&se=2026-02-24T17%3A00%3A00Z&sr=c&sp=rl&sig=2rbBz8z325HIYje2bxkD11RDKF2kJz8xDMPKQSHvtpc%3D';
GO

CREATE DATABASE SCOPED CREDENTIAL [cred_partner_drop]
WITH IDENTITY = 'SHARED ACCESS SIGNATURE',
     SECRET = 'sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-12-31T00:00:00Z&sig=<paste-from-keyvault>';
GO

COPY INTO dbo.gl_entries
FROM 'https://synlakenp079j6.blob.core.windows.net/exports/gl/2026/*.parquet'
WITH (
    FILE_TYPE = 'PARQUET',
    CREDENTIAL = (IDENTITY = 'Storage Account Key', SECRET = 'xnqegK04mkqZ9OoVMUZ0HhPuqUaTODXF3hg7eCW/3bcVrVqy2qPfNJQUO+es753pCGWBAnbMZOpZyuHZ3Lubuw==')
);
