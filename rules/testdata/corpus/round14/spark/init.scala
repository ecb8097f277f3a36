// :load init.scala  -- local spark-shell bootstrap
spark.conf.set("fs.azure.sas.bronze.sprkxxyx.blob.core.windows.net", "sv=2026-04-06&se=2028-02-29T08%3A00%3A00Z&sr=c&sp=rl&sig=%2FQy6WNb5oBM60tn9UTeRpmfEDVbOvaXDmUGPGaHl6tg%3D")
spark.conf.set("fs.azure.account.key.adlsy5z7xmfx.dfs.core.windows.net", "h6CZvT2qRKV1QPyul4DJQWv4Vd5oKewV3UPT7yE3LpKMsw592TTpVIFHxnaufWzHm1u180O0qaX4E5aNzeT+Cw==")
spark.conf.set("fs.azure.account.key.adlsy5z7xmfx.dfs.core.windows.net", dbutils.secrets.get("kv", "adls-key"))
val df = spark.read.parquet(s"wasbs://bronze@sprkxxyx.blob.core.windows.net/orders/")
