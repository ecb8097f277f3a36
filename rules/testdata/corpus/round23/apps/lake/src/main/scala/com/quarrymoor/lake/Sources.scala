package com.quarrymoor.lake

import org.apache.spark.sql.SparkSession

object Sources {
  val rawConn: String =
    """|DefaultEndpointsProtocol=https;
       |AccountName=qmlakespark06;
       |AccountKey=+K54DznoRoyxP1LztxXWAIR+N5AFMtduSTIqQfdbQClF
       |kbfOhxhWxg/94oZIQGz//SzwOElhp0VqTmaq4UEn9A==;
       |EndpointSuffix=core.windows.net""".stripMargin.replaceAll("\n", "")

  def configure(spark: SparkSession): Unit = {
    spark.conf.set("fs.azure.account.key.qmlakespark06.dfs.core.windows.net", rawConn.split("AccountKey=")(1).split(";")(0))
    spark.conf.set("fs.azure.account.key.qmlakecold01.dfs.core.windows.net", dbutils.secrets.get("lake", "cold-key"))
  }
}
