-- V2026.11.04__external_sources.sql
-- Landing zone for partner drops (DATA-2291).
-- The SAS comes from the portal "Shared access tokens" blade; paste it WITHOUT the leading '?'.
SET NOCOUNT ON;
GO

IF NOT EXISTS (SELECT 1 FROM sys.database_scoped_credentials WHERE name = N'cred_partner_landing')
BEGIN
    DECLARE @secret NVARCHAR(4000) =
        N'sv=2022-11-02&spr=https&st=2026-11-01T00%3A00%3A00Z&se=2027-11-30T23%3A59%3A59Z&sr=c&sp=rl'
      + N'&sig=6hJlHbR20xibzn8gMlLj0iJy%2BvPaHpXFa3rzaR0p8ao%3D';
    DECLARE @sql NVARCHAR(MAX) =
        N'CREATE DATABASE SCOPED CREDENTIAL cred_partner_landing WITH IDENTITY = ''SHARED ACCESS SIGNATURE'', SECRET = '''
        + @secret + N''';';
    EXEC sys.sp_executesql @sql;
END
GO

CREATE EXTERNAL DATA SOURCE eds_partner_landing
WITH (
    LOCATION   = 'abs://partner-landing@fabpartnerlnd4.blob.core.windows.net',
    CREDENTIAL = cred_partner_landing
);
GO

-- Backup-to-URL credential kept for the restore drill (runbook RB-17).
CREATE CREDENTIAL [https://fabsqlbkp3c.blob.core.windows.net/sqlbackups]
    WITH IDENTITY = 'SHARED ACCESS SIGNATURE',
    SECRET = 'sv=2021-06-08&spr=https&se=2026-03-31T00%3A00%3A00Z&sr=c&sp=rwdl&sig=BllHj1ySJSzL%2FH2AZET0T6L8C%2Bb%2BpFoFzi96A3yiWcQ%3D';
GO

-- Template for new environments (value lives in Key Vault, never commit the real one):
-- SECRET = 'sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=<yyyy-mm-ddThh:mm:ssZ>&spr=https&sig=<signature>'

:setvar ArchiveSas "$(ARCHIVE_SAS)"
CREATE DATABASE SCOPED CREDENTIAL cred_archive
    WITH IDENTITY = 'SHARED ACCESS SIGNATURE', SECRET = '$(ArchiveSas)';
GO
