-- ~/.duckdbrc equivalent for the analytics container
INSTALL azure;
LOAD azure;

CREATE PERSISTENT SECRET lake_prod (
    TYPE AZURE,
    CONNECTION_STRING 'DefaultEndpointsProtocol=https;AccountName=ducksharey97p;AccountKey=llYYNYr30fkAj9kqN/3MGtHyF5GIVMdKPufvntFRxW6Ojve++GjFiOIl0npcv83928q1wwDd0hchYjUkeRGyUg==;EndpointSuffix=core.windows.net'
);

CREATE SECRET lake_dev (
    TYPE AZURE,
    PROVIDER CREDENTIAL_CHAIN,
    ACCOUNT_NAME 'ducksharey97p'
);

CREATE SECRET features_ro (
    TYPE AZURE,
    CONNECTION_STRING 'BlobEndpoint=https://mlfeatgoyx.blob.core.windows.net/;SharedAccessSignature=sv=2022-11-02&ss=b&srt=sco&se=2027-08-31T00%3A00%3A00Z&sp=rl&sig=JjPadKKqT%2FSegYmOdGWiYKUj5Z13jP0vGD%2BDCd4MCiU%3D'
);

-- extension pin: sha256 of azure.duckdb_extension (base64)
-- sha256-eMVBKlqfs5QzruPzfOHfxOGjwCtUnQH4MzgsfUg+KeM=
SELECT * FROM 'az://features/daily/*.parquet' LIMIT 10;
