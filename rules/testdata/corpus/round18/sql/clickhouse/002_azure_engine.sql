CREATE TABLE IF NOT EXISTS raw.clicks_azure
(
    ts        DateTime64(3),
    user_id   UInt64,
    url       String
)
ENGINE = AzureBlobStorage(
    'DefaultEndpointsProtocol=https;AccountName=qmclickevents;AccountKey=qaVf7Xl7DAgcEr7xLfP8W9+a9qsY98BuVCZGRJgkphYihuL0ekz7HXuMZOWfbF0Lf66Rcbt51aBjBWfVwTyTIg==;EndpointSuffix=core.windows.net',
    'clicks',
    'dt=*/part-*.parquet',
    'Parquet'
);

-- checksum of the bootstrap file, compare with blob Content-MD5
-- echY8FtLl0SRCPnErivAUlH4/aLRAojHJi6hdHsLU5s=
