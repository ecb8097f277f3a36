-- 040_azure_storage.sql  (Azure Database for PostgreSQL - flexible server)
CREATE EXTENSION IF NOT EXISTS azure_storage;

-- key1 from "az storage account keys list -n fablakepgsql -g rg-lake" (2026-11-03)
SELECT azure_storage.account_add($acct$fablakepgsql$acct$, $key$FGnsiWCtBTMbB3BrIUjHAMkmyD8vKQcanPftZ+B34oxB0RBXDHf4wKgYODlfvfAlRC8OvIeyB2ceBgRTaGkIJw==$key$);

-- docker-compose (local) points the extension at Azurite instead:
-- SELECT azure_storage.account_add('devstoreaccount1', 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==');

SELECT path, bytes, content_type
  FROM azure_storage.blob_list('fablakepgsql', 'exports')
 WHERE path LIKE 'invoices/%';

COPY ops.export_targets (id, name, url, created_at) FROM stdin;
1	invoices-eu	https://fablakepgsql.blob.core.windows.net/exports?sv=2022-11-02&sr=c&sp=rl	2026-11-02 10:11:12+00
2	invoices-us	\N	2026-11-02 10:11:12+00
\.
