-- backfill gate events from the blob export into ClickHouse
INSERT INTO lsf.gate_events
SELECT *
FROM azureBlobStorage(
    'https://stlsfevents04.blob.core.windows.net',
    'gate-events',
    'export/2026/11/*.parquet',
    'stlsfevents04',
    'a/NKXGhzkhy0BTD+6NGBhUZmaolBHWRFswDD+9oNL120cmjSdK/aJGmD5ndZS4IV2rlp8/Eea6Rb6+f7s+dejg==',
    'Parquet'
);

-- the S3 mirror used by the analytics vendor
INSERT INTO lsf.gate_events
SELECT *
FROM s3(
    'https://lsf-vendor-mirror.s3.eu-west-1.amazonaws.com/gate-events/2026/11/*.parquet',
    'AKIA4LSFMIRRORQ7XZ2K',
    'q8Zr1Lw0n3Vb6Xc9Tp2Ys5Ke7Hd4Jf1Mg0Ua3Ri6',
    'Parquet'
);
