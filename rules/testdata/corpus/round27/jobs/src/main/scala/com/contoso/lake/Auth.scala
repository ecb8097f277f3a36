package com.contoso.lake

import org.apache.spark.sql.SparkSession

object Auth {
  private val silverSas = Map(
    "sv" -> "2026-02-06",
    "spr" -> "https",
    "se" -> "2028-03-01T08%3A00%3A00Z",
    "sr" -> "d",
    "sp" -> "rl",
    "sig" -> "et73L4sTDT1h2hCmC94Ri9UZfUCHaMbtjSSUv20a8Ow%3D",
    "sdd" -> "1"
  ).map { case (k, v) => s"$k=$v" }.mkString("&")

  def configure(spark: SparkSession): Unit = {
    val conf = spark.sparkContext.hadoopConfiguration
    conf.set("fs.azure.sas.fixed.token.dlpib5wihqmsqn.dfs.core.windows.net", silverSas)
    conf.set("fs.azure.account.key.adlsgoldfklybz.dfs.core.windows.net",
      "L5cyUGJ8bDfOIuqCk+wAoR3taw4LKMQyvHsIWpvfBer2N+h+EFaJEvSL88gHYZw9yXPbiQDgDfsFK6mdPmbJ8A==")
  }
}
