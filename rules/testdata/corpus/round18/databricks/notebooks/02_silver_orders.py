# Databricks notebook source
# MAGIC %md
# MAGIC ## Silver: orders
# MAGIC Reads bronze JSON, writes Delta to the silver container.

# COMMAND ----------

spark.conf.set("fs.azure.account.auth.type.qmlakehouse7.dfs.core.windows.net", "SAS")
spark.conf.set("fs.azure.sas.token.provider.type.qmlakehouse7.dfs.core.windows.net", "org.apache.hadoop.fs.azurebfs.sas.FixedSASTokenProvider")
spark.conf.set("fs.azure.sas.fixed.token.qmlakehouse7.dfs.core.windows.net", "sv=2021-08-06&spr=https&se=2027-11-01T00%3A00%3A00Z&sr=c&sp=racwdl&sig=BjbvE1d3PGOezmp8n4otmbzJRZpvtHS8wWhyxVyP%2FCs%3D")

# COMMAND ----------

cosmos_cfg = {
    "spark.cosmos.accountEndpoint": "https://qm-orders-cosmos.documents.azure.com:443/",
    "spark.cosmos.accountKey": "CL8rE5J5onc3radsOsbuQAjZc9LvN+a3/YuCIduqwp1qP18u0GqXFLnW0d8vc0wEnsBzLhcorewyQLQx1rIC4g==",
    "spark.cosmos.database": "orders",
    "spark.cosmos.container": "order-lines",
}
eh_conn = dbutils.secrets.get(scope="kv-quill", key="eventhubs-orders")

# COMMAND ----------

df = spark.read.json("abfss://bronze@qmlakehouse7.dfs.core.windows.net/orders/2026/11/")
df.write.format("cosmos.oltp").options(**cosmos_cfg).mode("append").save()
