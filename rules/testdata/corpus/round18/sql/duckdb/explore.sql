-- duckdb -init sql/duckdb/explore.sql
INSTALL azure;
LOAD azure;

SET azure_storage_connection_string = 'DefaultEndpointsProtocol=https;AccountName=qmduckdblake;AccountKey=QCHbVqazAs8d//PQosb61QC90Q2k+wow2OsR+zuyl2KBl1QV6B16KXTnHWwgezLV0aIkHuPHHqCOKhPjMlKCTA==;EndpointSuffix=core.windows.net';

-- read-only alternative (what we should use)
-- SET azure_storage_connection_string = 'BlobEndpoint=https://qmduckdblake.blob.core.windows.net;SharedAccessSignature=sv=2022-11-02&ss=b&srt=co&spr=https&se=2027-06-15T00%3A00%3A00Z&sp=rl&sig=44s92xwPy6KbGs0CK5vKFEgkSM0%2BrqIXZhSunsU1yRk%3D';

SELECT count(*), min(ts), max(ts)
FROM read_parquet('az://events/2026/11/*/*.parquet', hive_partitioning = true);

-- local
CREATE SECRET azurite (TYPE AZURE, CONNECTION_STRING 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;');
