COPY INTO dbo.FactSales
FROM 'https://synn0n65vuh39.blob.core.windows.net/sales/2026/*.parquet'
WITH (
    FILE_TYPE = 'PARQUET',
    CREDENTIAL = (IDENTITY = 'Shared Access Signature', SECRET = 'sv=2026-04-06&ss=b&srt=co&st=2026-11-01T00%3A00%3A00Z&se=2027-09-30T08%3A00%3A00Z&sp=rl&sig=DhN4KoSVqCIaYK%2FQ%2FHP8LE3ZMurnUZnoC20R1RQm8ko%3D'),
    MAXERRORS = 0
);

COPY INTO dbo.DimStore
FROM 'https://stagelf5bd2bk.dfs.core.windows.net/dims/store/'
WITH (
    FILE_TYPE = 'CSV',
    CREDENTIAL = (IDENTITY = 'Storage Account Key', SECRET = 'FsLcVUSVVYhbbn2gvwNIEmsKcxisVyMWCiM1Jpl+Q5yyi2EsiTd5+1Elnh2HoOkpSZh9Df4Yx64KGWYxzPMAyw=='),
    FIRSTROW = 2
);

COPY INTO dbo.DimDate
FROM 'https://stagelf5bd2bk.dfs.core.windows.net/dims/date/'
WITH (FILE_TYPE = 'CSV', CREDENTIAL = (IDENTITY = 'Managed Identity'));
