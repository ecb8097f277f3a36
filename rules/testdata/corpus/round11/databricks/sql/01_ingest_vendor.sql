-- Databricks notebook source
-- MAGIC %md
-- MAGIC ### Vendor drop ingest

-- COMMAND ----------
SET fs.azure.account.key.str8127iulmb.dfs.core.windows.net = 3jsAtiBV0hUxBPkQn0Eh9mCL0TdNOOxMcbpqiHJwJZCRvBbJGYWUbyKLLclY5six8ztXX/uqoi6plAJjnxMJyA==;

-- COMMAND ----------
COPY INTO bronze.vendor_orders
FROM 'abfss://vendor-drop@sti2yq7w5i4p.dfs.core.windows.net/orders/'
WITH (CREDENTIAL (AZURE_SAS_TOKEN = 'sv=2026-04-06&se=2030-01-01T00%3A00%3A00Z&sr=c&sp=rl&sig=hlQvgEkS2VM53HCdARnbyviajFCkQz6ZKdhDmpGPscg%3D'))
FILEFORMAT = CSV
FORMAT_OPTIONS ('header' = 'true', 'inferSchema' = 'true')
COPY_OPTIONS ('mergeSchema' = 'true');

-- COMMAND ----------
-- the right way (Unity Catalog):
-- CREATE EXTERNAL LOCATION vendor_drop URL 'abfss://vendor-drop@stvendor.dfs.core.windows.net/' WITH (STORAGE CREDENTIAL mi_vendor);
