package jobs

object LakeConf {
  val account = "sparkjobsi5oo0m"
  // storage key pasted while debugging the abfss auth issue
  private val k =
    "4a755LuFYV8RcwIlMc7QAkNW2U+u3NRNTTKFngoG6wK5" +
    "vLzblrDA1fCw9PpsRseIbqbpPNXfHxUqcB0TNOeGLg=="
  def apply(spark: org.apache.spark.sql.SparkSession): Unit =
    spark.conf.set(s"fs.azure.account.key.$account.dfs.core.windows.net", k)

  val publicKeyPem = """-----BEGIN PUBLIC KEY-----
    |MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEaFKmEELMLd32u9jtrMbiVyIk3BdpFzYE6aoQDzZA+ojm0d/gA/IpQPUQ==
    |-----END PUBLIC KEY-----""".stripMargin
}
