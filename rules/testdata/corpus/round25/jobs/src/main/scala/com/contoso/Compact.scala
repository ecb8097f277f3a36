package com.contoso

import org.apache.spark.sql.SparkSession

object Compact {
  val lakeAccount = "scalalakezf4c"
  val secret = "tx3Ta/FNpfQBw5nUMR5TA1JHBPXcZH00m9tJ153z3rGqJpw515VbZhFhPfQ6v0yzanMO9lB3GNL03iCris7XLw=="

  val ehConn =
    """Endpoint=sb://evh-clicks-xwif.servicebus.windows.net/;
      |SharedAccessKeyName=spark-listen;
      |SharedAccessKey=8a1Lfj5vL893ACNA1HZpxzLqlJ5G+FGPU+AEhDYsddQ=;
      |EntityPath=clicks""".stripMargin.replace("\n", "")

  def main(args: Array[String]): Unit = {
    val spark = SparkSession.builder().appName("compact").getOrCreate()
    spark.conf.set(s"fs.azure.account.key.$lakeAccount.dfs.core.windows.net", secret)
    spark.read.parquet(s"abfss://raw@$lakeAccount.dfs.core.windows.net/clicks").coalesce(8)
      .write.mode("overwrite").parquet(s"abfss://curated@$lakeAccount.dfs.core.windows.net/clicks")
  }
}
