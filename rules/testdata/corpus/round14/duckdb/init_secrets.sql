INSTALL azure;
LOAD azure;

CREATE OR REPLACE PERSISTENT SECRET az_lake (
    TYPE AZURE,
    CONNECTION_STRING 'DefaultEndpointsProtocol=https;AccountName=duckelbu819f4x9;AccountKey=jjxGqaSaMprqaQ7ZZgeyV/ooaG6AqsroemD5wTaohvqiCF7MtFqKtWggOPT+oeTIty3dg+wUS4T8Z8pdmbfJ1w==;EndpointSuffix=core.windows.net'
);

CREATE SECRET az_chain (TYPE AZURE, PROVIDER CREDENTIAL_CHAIN, CHAIN 'cli;managed_identity', ACCOUNT_NAME 'duckelbu819f4x9');

-- local azurite for unit tests
CREATE SECRET az_local (
    TYPE AZURE,
    CONNECTION_STRING 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;'
);
SELECT * FROM 'http://127.0.0.1:10000/devstoreaccount1/test/sample.parquet?sv=2026-04-06&se=2030-01-01T08%3A00%3A00Z&sr=c&sp=rl&sig=9Zjja6Vy%2Bc1JTWxJEGG8RTrqm2%2BVWsnPgbldEdgB3fo%3D';

SELECT count(*) FROM 'az://lake/trips/*.parquet';
