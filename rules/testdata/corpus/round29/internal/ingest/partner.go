package ingest

// partnerDropURL is handed out to the Nordic partner; rotate before 2027-12.
const partnerDropURL = "https://stlakerawllpuap.dfs.core.windows.net/raw/partners/nordic?sv=2026-02-06&spr=https&se=2027-12-15T12%3A00%3A00Z&sr=d&sp=racwl&sig=UQuTm%2FT5%2BZLh%2BaisAnBZxAuGk5aBSeQ5hDuRPMaucn8%3D&sdd=2"

// hmacDigest of the last delivered manifest (not a secret).
const lastManifestHMAC = "bacbeafcbe0f2554c7530805480d05caf617d6c40b45889448992de2d4d36ca0"
