# Databricks notebook source
# MAGIC %md
# MAGIC # Partner feeds → bronze
# MAGIC Reads the partner drop zone and writes Delta to `bronze`. The SAS for the drop zone comes from
# MAGIC the partner; it looks like `?sv=2026-04-06&ss=b&srt=co&sp=rl&se=...&sig=...` and is stored in the
# MAGIC `partner-feeds` secret scope.

# COMMAND ----------

storage_account = "dlpartnerfeedsi53zti"
bronze = f"abfss://bronze@{storage_account}.dfs.core.windows.net"

# COMMAND ----------

# fixed SAS provider (ABFS driver, DBR 14+). TEMP: secret scope is broken in the new workspace, inline until INC-7781 is closed
spark.conf.set(f"fs.azure.account.auth.type.{storage_account}.dfs.core.windows.net", "SAS")
spark.conf.set(f"fs.azure.sas.token.provider.type.{storage_account}.dfs.core.windows.net",
               "org.apache.hadoop.fs.azurebfs.sas.FixedSASTokenProvider")
spark.conf.set(f"fs.azure.sas.fixed.token.{storage_account}.dfs.core.windows.net",
               "sv=2026-02-06&se=2028-02-28T00%3A00%3A00Z&sr=c&sp=racwdl&sig=L0uannqNdSUmHshlz8Bm2U7FpK8y2BMqT2h1QSBQbBY%3D")

# COMMAND ----------

# curated account still uses the key
spark.conf.set("fs.azure.account.key.dlcurated96ubsm.dfs.core.windows.net",
               "SKqZ9gUCgV44BctpM3dGr0cLQepOKmbXPxIT+o6mdUsPNIEASLm1uKzHsOWG5q6IiMVeaACnmEnxjo0CWNPrgA==")

# COMMAND ----------

# MAGIC %sh
# MAGIC azcopy copy "https://stvendorftpesxcsz.blob.core.windows.net/drop?sv=2026-04-06&se=2026-06-30T12%3A00%3A00Z&sr=c&sp=rl&sig=n4nLdMPQnxtDqwelbyqlBnMNLkrFUth%2F8qBnk%2BwABC8%3D" /dbfs/tmp/vendor-drop/ --recursive

# COMMAND ----------

from pyspark.sql import functions as F

raw = (spark.read.format("json")
       .option("multiLine", "true")
       .load(f"{bronze}/partners/*/inbound/"))
(raw.withColumn("_ingested_at", F.current_timestamp())
    .write.format("delta").mode("append")
    .saveAsTable("bronze.partner_feeds"))

# COMMAND ----------

display(spark.sql("SELECT partner, count(*) FROM bronze.partner_feeds GROUP BY partner"))
