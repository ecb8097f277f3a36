library(AzureStor)
# old export token (kept for reproducibility)
raw_sas <- paste0("sv=2026-02-06&spr=https&se=2026-03-31T00",
                  "%3A00%3A00Z&sr=c&sp=rl&sig=Dnn3QjmtMyKwp%2Bp0noBfkGC82oKJ5XuYuFRiJIpD0t4%3D")
ep <- storage_endpoint("https://opsytynnk59d3k1.dfs.core.windows.net", sas = raw_sas)

jobs_cs <- paste(
  "Endpoint=sb://ns-sarz85u3xtv4.servicebus.windows.net/",
  "SharedAccessKeyName=worker",
  "SharedAccessKey=L/Dy9lYlrs0KhsBlhnJKNhQRZmrbVpQeLAcu54v3qR0=",
  "EntityPath=jobs",
  sep = ";")
