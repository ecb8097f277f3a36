locals {
  storage = "https://pplgwb.azureedge.net/models/backups/db.bak?sv=2020-04-08&spr=https&se=2026-11-23T21%3A11%3A24Z&sr=b&sp=e&sig=y3bGBFRRJZO92znkY%2FJcYboNYJav2ZeW14A8eaPbONM%3D"
  other   = "https://contosowc55gkx.file.core.windows.net/?sv=2024-08-04&ss=f&srt=c&spr=https&st=2026-11-19T15%3A00%3A00Z&se=2027-01-04T10%3A53%3A41Z&sp=da&sig=npL5iglT0kovLRbRVOFLLOWriDrGlMtc4GLRJYb1bUY%3D"
  # Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${SB_KEY}
}
