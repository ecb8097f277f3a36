library(arrow)
library(AzureStor)

# expired link kept for reproducibility of the Q1 report
old_url <- paste0("https://st8sbjmd2n6wld.blob.core.windows.net/sensors/daily/2026-11.parquet?",
                  "sv=2026-04-06&spr=https&se=2025-03-15T17%3A00%3A00Z&sr=b&sp=r",
                  "&sig=6Ty7GV6EamrOlGwI1zvW6afCgTQGbUHY2GmJ179WVw8%3D")

cont <- blob_container("https://stk1o0x6izk7h1.blob.core.windows.net/sensors",
                       sas = paste("sv=2026-04-06", "spr=https", "se=2028-09-22T08%3A00%3A00Z", "sr=c", "sp=rl",
                                   "sig=gMJ6MEoDDl2yEJzoWPUTUha9cxsWrzEwZx8l18UnDnE%3D", sep = "&"))
df <- read_parquet(storage_download(cont, "daily/2026-11.parquet", NULL))
