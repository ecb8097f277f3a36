-- StarRocks 3.3: load clickstream parquet from Azure Blob
INSERT INTO analytics.clicks
SELECT * FROM FILES(
    "path" = "wasbs://clicks@qmstarrocks01.blob.core.windows.net/2026/11/*.parquet",
    "format" = "parquet",
    "azure.blob.storage_account" = "qmstarrocks01",
    "azure.blob.shared_key" = "JpuvvLHnn619cGG7koYKuSGEKZWWbcccctnUqK0T+nw2Actxyku24W7xVq9WPyt61cXh7eZR3JkR+bA2XkgaCg=="
);

-- partner container (SAS only)
INSERT INTO analytics.partner_clicks
SELECT * FROM FILES(
    "path" = "wasbs://clicks@qmstarrocks02.blob.core.windows.net/partner/*.parquet",
    "format" = "parquet",
    "azure.blob.storage_account" = "qmstarrocks02",
    "azure.blob.container" = "clicks",
    "azure.blob.sas_token" = "sv=2022-11-02&spr=https&se=2028-02-29T00%3A00%3A00Z&sr=c&sp=rl&sig=VzoGlYZ9X0cJwbPvQGeSFhXrvuffY1Q8bw3%2FeHqDr3w%3D"
);

-- template for other environments
-- SELECT * FROM FILES("path" = "wasbs://clicks@<account>.blob.core.windows.net/...", "format" = "parquet",
--     "azure.blob.storage_account" = "<account>", "azure.blob.shared_key" = "<shared_key>");
