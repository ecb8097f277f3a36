package io.harborline.etl

import org.apache.spark.sql.SparkSession

object EnrichClicks {
  def main(args: Array[String]): Unit = {
    val spark = SparkSession.builder.appName("enrich-clicks").getOrCreate()
    val hc = spark.sparkContext.hadoopConfiguration

    // raw clicks (wasbs, container SAS)
    hc.set("fs.azure.sas.clicks.hlsparkraw.blob.core.windows.net", "sv=2022-11-02&spr=https&se=2027-09-30T00%3A00%3A00Z&sr=c&sp=rl&sig=vAAKdXqRhN2BNoUaxUJtdsxwVovZzsGWbTyqX%2Fn6%2FGM%3D")
    // curated (abfss)
    spark.conf.set("fs.azure.account.key.hlsparkcurated.dfs.core.windows.net", "QTJsGnLUvdewruuAWPXRtC4SP1nFwlZBS0xy3G3SBnG/CzmFukXeEqYQnhlrkReco8ctjvkyUTDRZWS6HI1CcQ==")
    spark.conf.set("fs.azure.account.auth.type.hlsparkcurated.dfs.core.windows.net", "SAS")
    spark.conf.set("fs.azure.sas.token.provider.type.hlsparkcurated.dfs.core.windows.net",
      "org.apache.hadoop.fs.azurebfs.sas.FixedSASTokenProvider")
    spark.conf.set("fs.azure.sas.fixed.token.hlsparkcurated.dfs.core.windows.net",
      "sv=2021-08-06&spr=https&se=2027-09-30T00%3A00%3A00Z&sr=c&sp=racwl&sig=J55dGOKJ%2FtkrWKxvyjUS2tP1WEJX6PazpIG%2BeLW8CaI%3D")

    val clicks = spark.read.json("wasbs://clicks@hlsparkraw.blob.core.windows.net/2026/11/*/")
    clicks.write.mode("overwrite").parquet("abfss://gold@hlsparkcurated.dfs.core.windows.net/clicks_enriched/")
  }
}
