COPY INTO dbo.Trips
FROM 'https://stxdbsyln80s.blob.core.windows.net/nyctaxi/2026/*.parquet'
WITH (
    FILE_TYPE = 'PARQUET',
    CREDENTIAL = (IDENTITY = 'Storage Account Key', SECRET = 'm9BBoQmTX6HHTEMhCSFaQjdfo9d/4VkVtmhYY30RGI29VIKofBzoYQIsH23CC1kXCjIQx6i+MS9Y4ygpTSPOlQ==')
);
