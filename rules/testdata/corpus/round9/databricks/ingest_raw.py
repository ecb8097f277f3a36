# Databricks notebook source
# MAGIC %md
# MAGIC ## Ingest raw events
# MAGIC Uses the lake key until the service principal is approved.

# COMMAND ----------

spark.conf.set(
    "fs.azure.account.key.st49k032y3a0.dfs.core.windows.net",
    "y6ePwJn2J7xj7BfW0PymhlCTgQkJYEPt3speCOZJOxVywxqiqT7wX1D6JMNlKho2b+bgu0WrBf4MNRSH+LCSsw==")

# COMMAND ----------

spark.conf.set("fs.azure.account.auth.type.stves8p2uhdf.dfs.core.windows.net", "SAS")
spark.conf.set("fs.azure.sas.token.provider.type.stves8p2uhdf.dfs.core.windows.net", "org.apache.hadoop.fs.azurebfs.sas.FixedSASTokenProvider")
spark.conf.set("fs.azure.sas.fixed.token.stves8p2uhdf.dfs.core.windows.net", "sv=2026-02-06&se=2035-06-30T12%3A00%3A00Z&sr=d&sp=racwdl&sig=AOSLhRF5d1BkfORio4EWtXv7bOU1NMrNo45a%2FeyTZxc%3D&sdd=2")

# COMMAND ----------

key = dbutils.secrets.get(scope="lake", key="storage-key")
df = spark.read.json("abfss://lake@st49k032y3a0.dfs.core.windows.net/raw/2026/")
