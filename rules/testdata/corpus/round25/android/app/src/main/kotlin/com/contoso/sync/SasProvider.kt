package com.contoso.sync

object SasProvider {
    private const val ACCOUNT = "ktsyncq7h0"

    val containerSas: String = buildString {
        append("sv=2022-11-02")
        append("&sr=c")
        append("&sp=rwl")
        append("&se=").append(java.net.URLEncoder.encode("2027-10-31T00:00:00Z", "UTF-8"))
        append("&sig=").append(java.net.URLEncoder.encode("lq0W5FBBbEJAfk/uzOyQN0qWC3vH40D3h7LQuZQrW8c=", "UTF-8"))
    }

    val profileUrl = """https://ktsyncq7h0.blob.core.windows.net/sync/profile.json?sv=2026-04-06&spr=https&se=2027-09-01T00%3A00%3A00Z&skoid=63706fca-eadd-40fc-859d-99dd5e35e53d&sktid=b0c64283-917e-4214-ab3d-e3570d1b800d&skt=2026-11-01T00%3A00%3A00Z&ske=2027-09-01T00%3A00%3A00Z&sks=b&skv=2022-11-02&sr=b&sp=r&sig=2da5PGdtBWLirN2PRq%2BtPoDy%2BwQ5VAi%2FqgFxrBS0yh8%3D"""

    // server public key for response pinning
    const val publicKey = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEfmoyJguv9KyyIt7WamDLExuBu87SF27p4Hvpo8yYnl53Avptx1rUJeAu1eL58x52ABh4dlldOfTlxvibw9AaVg=="
}
