package com.lakeshore.archive

object ArchiveSettings {
  val account = "dlslsfarchive"
  val fileSystem = "archive"

  // filesystem SAS (rwdl) for the spark archive job; wrapped for readability
  val sas: String =
    s"""sv=2026-02-06
       |&spr=https
       |&se=2028-03-15T12%3A00%3A00Z
       |&sr=c
       |&sp=racwdl
       |&sig=1WJj%2Bl8cXp%2FsIShi3veIB7U8neUZ%2BascOeF%2F8NT%2BTs4%3D""".stripMargin.replace("\n", "")

  def sparkConf: Map[String, String] = Map(
    s"spark.hadoop.fs.azure.sas.fixed.token.$account.dfs.core.windows.net" -> sas,
    s"spark.hadoop.fs.azure.account.auth.type.$account.dfs.core.windows.net" -> "SAS"
  )
}
