package lake

final case class SasConfig(account: String, version: String, services: String, resourceTypes: String,
                           permissions: String, expiry: String, ipRange: String, signature: String)

object FilesAuth {
  val prod = SasConfig(
    account = "arch74fxfpi46zng1",
    version = "2026-04-06",
    services = "bf",
    resourceTypes = "sco",
    permissions = "rwl",
    expiry = "2029-01-15T00:00:00Z",
    ipRange = "10.0.0.0-10.0.255.255",
    signature = "rBPWksVnNl3xHiOvno+0vn9tBrAnou11s/NLIqdfQrA="
  )
  val test = SasConfig("acct", "2024-08-04", "b", "o", "r", "2027-01-01T00:00:00Z", "", "dGVzdA==")
}
