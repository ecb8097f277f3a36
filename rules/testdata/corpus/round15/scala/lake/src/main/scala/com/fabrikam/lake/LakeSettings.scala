package com.fabrikam.lake

import org.apache.spark.sql.SparkSession

object LakeSettings {
  private val rawAccount = "fabrawi47zqm"
  private val rawAccountKey = "2EV7ZEc+rHPrOPnXCEWpP44ZdOi3R0hI3ja1AEue/2cjR+UqT62wvFmi54ADMYQZ3wBDAjKpVO8BrlypfTfWIw=="

  val rawConn = s"DefaultEndpointsProtocol=https;AccountName=$rawAccount;AccountKey=$rawAccountKey;EndpointSuffix=core.windows.net"

  def configure(spark: SparkSession): Unit = {
    val conf = spark.sparkContext.hadoopConfiguration
    conf.set("fs.azure.account.auth.type.fablake0ketht.dfs.core.windows.net", "SAS")
    conf.set("fs.azure.sas.token.provider.type.fablake0ketht.dfs.core.windows.net",
      "org.apache.hadoop.fs.azurebfs.sas.FixedSASTokenProvider")
    conf.set("fs.azure.sas.fixed.token.fablake0ketht.dfs.core.windows.net", "sv=2026-02-06&spr=https&se=2028-09-30T18%3A30%3A00Z&sr=c&sp=rl&sig=j%2FjVUScaIJzDBLyrdy6j8J4LwCK6HPKLOaskvDm1V80%3D")
    conf.set("fs.azure.account.key.fabrawi47zqm.dfs.core.windows.net", sys.env("RAW_LAKE_KEY"))
  }
}
