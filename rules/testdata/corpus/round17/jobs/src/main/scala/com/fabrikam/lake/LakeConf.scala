package com.fabrikam.lake

import org.apache.spark.sql.SparkSession

object LakeConf {
  val account = "fablakejobs09"

  // margin-aligned so scalafmt leaves it alone; newlines are stripped at runtime
  val conn: String =
    """|DefaultEndpointsProtocol=https;
       |AccountName=fablakejobs09;
       |AccountKey=Rqw7fiKBJHd40gdw6+h+j8fqSgHel8VQj3bRQnFZj4qa/IyTOTDPgLywB2ZxQG9Q8rtFRWLC9wQJZ2IRbeVSgw==;
       |EndpointSuffix=core.windows.net""".stripMargin.replace("\n", "")

  val previewSas = "sv=2022-11-02&sr=c&sp=rl&se=2027-10-01T00:00:00Z&sig=REPLACE_ME"

  def configure(spark: SparkSession): Unit = {
    spark.conf.set("fs.azure.sas.archive.fablakejobs09.blob.core.windows.net",
      "sv=2021-06-08&spr=https&se=2026-06-30T00%3A00%3A00Z&sr=c&sp=rl&sig=8Q%2F0X5CztCP2wmyA3PNWYU7Z0iSo%2BwBhnBqFWJXazCg%3D")
    spark.conf.set("fs.azure.account.key.fablakejobs09.dfs.core.windows.net", sys.env("LAKE_KEY"))
  }
}
