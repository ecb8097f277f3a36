# Dock scan throughput, Nov 2026
library(AzureStor)
library(dplyr)

cont <- blob_container(
  "https://stlsfdock.blob.core.windows.net/scans",
  sas = paste0(
    "sv=2026-04-06&se=2027-08-31T23%3A59%3A59Z",
    "&sr=c&sp=rl",
    "&sig=VK1%2F%2FAmJ2MZfUM4ARPcmPNlflf6qxOCcUfuenuLm3og%3D"
  )
)

files <- list_blobs(cont, prefix = "2026/11/", info = "name")
scans <- bind_rows(lapply(files, function(f) read.csv(textConnection(rawToChar(download_blob(cont, f, dest = NULL))))))
scans %>% group_by(dock) %>% summarise(n = n(), p50 = median(dwell_s))
