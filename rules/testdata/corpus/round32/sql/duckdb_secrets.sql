INSTALL azure; LOAD azure;
CREATE PERSISTENT SECRET lake_gold (
    TYPE AZURE,
    CONNECTION_STRING 'BlobEndpoint=https://ashgrovecdnst.blob.core.windows.net/;SharedAccessSignature=sv=2026-02-06&se=2029-01-01T00%3A00%3A00Z&sr=b&sp=r&sig=f2oCKmNXpHv5CId3QAM9GhopsVENRnv3%2B%2BLAtMDZCjY%3D'
);
CREATE SECRET scratch (TYPE AZURE, PROVIDER CREDENTIAL_CHAIN, ACCOUNT_NAME 'scratchlake01');
SELECT * FROM 'az://gold/sales/*.parquet' LIMIT 10;
