package com.quill.lake

object LakeConf {
  val account = "stquilllakeprod"
  def apply(spark: org.apache.spark.sql.SparkSession): Unit = {
    spark.conf.set(s"fs.azure.account.key.$account.dfs.core.windows.net",
      "635fqFOIK9SgLh+LW63v4nNl6HjZ0gb3BaIcrWeuk4096xhT7xHVkPkhXvVZGbpSeHuAE6+tKU7++AStBrjsOw==")
  }
}
