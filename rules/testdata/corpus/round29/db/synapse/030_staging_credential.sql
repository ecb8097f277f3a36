-- staging area for nightly loads
IF NOT EXISTS (SELECT * FROM sys.database_scoped_credentials WHERE name = 'StagingSas')
    CREATE DATABASE SCOPED CREDENTIAL StagingSas
    WITH IDENTITY = 'SHARED ACCESS SIGNATURE',
         SECRET = 'sv=2022-11-02&spr=https&se=2028-01-01T00%3A00%3A00Z&sr=c&sp=rl&sig=xt5RZVAMCvjmLjeeWRAKe2g1Qt%2BmcaUbSDFzxyHgVL8%3D';
GO

COPY INTO dbo.sales_2025
FROM 'https://stsalesjo15oe.blob.core.windows.net/exports/sales/2025/*.parquet'
WITH (FILE_TYPE = 'PARQUET',
      CREDENTIAL = (IDENTITY = 'Shared Access Signature', SECRET = 'sv=2026-04-06&ss=b&srt=co&spr=https&se=2025-11-30T00%3A00%3A00Z&sp=rl&sig=jhajFYIQWhiGftXr4TZ0qtdwmXGJi%2FCKZWEMYPHbzZE%3D'));
GO

-- template for new partners
-- CREATE DATABASE SCOPED CREDENTIAL PartnerSas WITH IDENTITY = 'SHARED ACCESS SIGNATURE', SECRET = '<sas token without leading ?>';
