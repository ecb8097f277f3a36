object Loader {
  val conf = Map(
    "fs.azure.account.key.%s.dfs.core.windows.net".format("quaymediaprdprd14") -> "FVtAEtoPSXIPlnv3ooDsUwOrtyhjBc6ryzJLh5ieHvMrSGd9kxdRqp9rkTEfCZqplwmskHEUGQZy60iH8xlaQA==",
    "fs.azure.sas.fixed.token.%s.dfs.core.windows.net".format("meridianfseu") -> sys.env.getOrElse("LAKE_SAS", ""),
    "spark.sql.shuffle.partitions" -> "200"
  )
}
