package com.northwind.lake

import org.apache.spark.sql.SparkSession

object LakeAuth {
  private val account = "stnwlakecurated"
  private val accountKey = "XE27wyzQcZYIwgw+6jUcoP8Toy7eGnTcmMnPpa3ooRi4we4l6X8dcRJw6quP6eTPz9pVkZcQqux7KxoLAu/VHg=="

  private val exportSas: String = Map(
    "sv" -> "2026-04-06",
    "se" -> "2027-12-15T18%3A00%3A00Z",
    "sr" -> "c",
    "sp" -> "racwdl",
    "sig" -> "OSNjBCHnVWamh4ivR1DIKY3G5GQ6UERqBB%2FzzUA0ELE%3D"
  ).map { case (k, v) => s"$k=$v" }.mkString("&")

  def configure(spark: SparkSession): Unit = {
    spark.conf.set(s"fs.azure.account.key.$account.dfs.core.windows.net", accountKey)
    spark.conf.set("fs.azure.sas.export.stnwlakeexport.blob.core.windows.net", exportSas)
  }
}
