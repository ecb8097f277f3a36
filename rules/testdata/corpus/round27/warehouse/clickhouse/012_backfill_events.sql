-- backfill events from blob storage into clickhouse
INSERT INTO events_raw
SELECT *
FROM azureBlobStorage(
    'https://chbackfillw5bd.blob.core.windows.net',
    'events',
    'year=2026/month=10/*.parquet',
    'chbackfillw5bd',
    'bdtoxc4f/zLlHSaAGGL5IJf+DbwpLV2CgFym12xxQX5MPWBd9Oda4nn9NnwaW27Ar0viUtdnVY+qLvzcKLp6dQ==',
    'Parquet'
);

INSERT INTO events_raw
SELECT * FROM azureBlobStorage(
    'BlobEndpoint=https://stabu8nd45nksg.blob.core.windows.net/;SharedAccessSignature=sv=2026-04-06&spr=https&se=2027-07-17T08%3A00%3A00Z&sip=20.61.14.0-20.61.14.255&sr=c&sp=rl&sig=uvMBUKEJj1PF9NSgJUePeg1BA99mdWKUFb%2FEaQRiR2o%3D',
    'events', 'year=2026/month=11/*.parquet', 'Parquet');

-- checksum of the source manifest, for the audit table
-- sha256: BbOr8leaXrZkA814vlV/2GBjOh/iEDx2QgMN7+MsZX8=
