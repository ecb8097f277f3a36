-- duckdb -ui; ad-hoc checks on the event lake
INSTALL azure;
LOAD azure;

CREATE OR REPLACE SECRET lsf_duck (
    TYPE AZURE,
    CONNECTION_STRING 'DefaultEndpointsProtocol=https;AccountName=stlsfduck07;AccountKey=PT2tbOBcXwHnPgmthOYuhb8xuOb3YIh5i4eL8/pI6sMGlTMUIMinQO2ON43txCKJcF08n230iFc7nhFby9/rlg==;EndpointSuffix=core.windows.net'
);

-- same account through the emulator when offline
CREATE OR REPLACE SECRET lsf_duck_local (
    TYPE AZURE,
    CONNECTION_STRING 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;'
);

SELECT lane_id, count(*) AS scans, median(latency_s)
FROM read_parquet('az://events/scans/2026/11/*/*.parquet')
GROUP BY ALL
ORDER BY scans DESC
LIMIT 20;
