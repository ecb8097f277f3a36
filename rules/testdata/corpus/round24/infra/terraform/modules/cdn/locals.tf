locals {
  origin_host = "stnwcdnmedia.blob.core.windows.net"

  origin_sas = join("&", [
    "sv=2026-04-06",
    "spr=https",
    "se=2027-12-15T18%3A00%3A00Z",
    "sr=c",
    "sp=rl",
    "sig=PpnKrGgubWEBAeyG2Q3PVY5nu4xe%2BROfEtKALrSc5OY%3D",
  ])

  origin_url = format("https://%s/%s?%s", local.origin_host, "media", local.origin_sas)

  # staging reads the token from Key Vault
  staging_origin_sas = join("&", ["sv=2026-04-06", "sr=c", "sp=rl", "sig=${data.azurerm_key_vault_secret.cdn_sig.value}"])
}
