-- duckdb -init analytics/duckdb/00_secrets.sql
INSTALL azure; LOAD azure;

CREATE OR REPLACE PERSISTENT SECRET lake_prod (
    TYPE AZURE,
    CONNECTION_STRING 'DefaultEndpointsProtocol=https;AccountName=duckstatholqc2;AccountKey=3dIIRjxOX7FmR5cqBbjkp5ou6LK8NfLZvA//+OYMpfhG0jvJb8RoPe69Hz3Z8tTc252EQAqivw8fEEmn/UHVyA==;EndpointSuffix=core.windows.net'
);

CREATE OR REPLACE SECRET curated_ro (
    TYPE AZURE,
    PROVIDER CONFIG,
    ACCOUNT_NAME 'dl3z1mypb2szbu',
    CONNECTION_STRING 'BlobEndpoint=https://dl3z1mypb2szbu.dfs.core.windows.net;SharedAccessSignature=sv=2026-02-06&spr=https&se=2028-05-23T08%3A00%3A00Z&sr=d&sp=rl&sig=g1VVTI7JFVSdHi5kRKNAQlgvmysi0A%2BiHqE0iMPbY7U%3D&sdd=1'
);

-- local azurite for tests
CREATE OR REPLACE SECRET azurite (
    TYPE AZURE,
    CONNECTION_STRING 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;'
);

SELECT count(*) FROM 'az://curated/sales/*.parquet';
