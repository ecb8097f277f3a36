-- ClickHouse: read parquet from Azure
SELECT count()
FROM azureBlobStorage(
    'https://finxnconi.blob.core.windows.net',
    'clickhouse',
    'events/2026/*.parquet',
    'finxnconi',
    'Ctu2miyTmP04OiLg1jRl8o6S2pv7Nk3tPAefay8y3sma+JzAt0l63/sZ1DDBzMoD9OidsTMcK/aebOEYaRDQ4g==');

SELECT * FROM azureBlobStorage('https://logsb12t7optiorrb.blob.core.windows.net/clickhouse?sv=2026-04-06&spr=https&se=2028-03-31T00%3A00%3A00Z&sr=c&sp=rl&sig=ySL0kOGKlVSGyzXPusMcvAykV4i45AXgj1WW%2BxyGt7M%3D', 'clickhouse', 'dims/*.parquet') LIMIT 10;

-- local testing against azurite
SELECT * FROM azureBlobStorage('http://127.0.0.1:10000/devstoreaccount1', 'test', 'x.csv', 'devstoreaccount1', 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==');
