-- SQL Server backup to URL (SAS credential named after the container URL)
IF EXISTS (SELECT * FROM sys.credentials WHERE name = 'https://str42ndydpkv.blob.core.windows.net/sqlbackups')
    DROP CREDENTIAL [https://str42ndydpkv.blob.core.windows.net/sqlbackups];
GO
CREATE CREDENTIAL [https://str42ndydpkv.blob.core.windows.net/sqlbackups]
    WITH IDENTITY = 'SHARED ACCESS SIGNATURE',
    SECRET = 'sv=2026-04-06&se=2051-10-06T00%3A00%3A00Z&sr=c&sp=rwdl&sig=SEC502k70rCQ87vj%2FxUqlufVPkTwa1mCffC2SG8oQTA%3D';
GO
-- old one, kept for reference
-- CREATE CREDENTIAL [https://stvdmdr3pitv.blob.core.windows.net/sqlbackups] WITH IDENTITY = 'SHARED ACCESS SIGNATURE', SECRET = 'sv=2026-04-06&se=2024-01-15T00%3A00%3A00Z&sr=c&sp=rwl&sig=nhdI%2BmEpxxjGKIMzZPEN9my5GyHOPCN3ZooPjUAZdys%3D';
BACKUP DATABASE Sales TO URL = 'https://str42ndydpkv.blob.core.windows.net/sqlbackups/Sales.bak' WITH COMPRESSION;
