library(AzureStor)
endp <- storage_endpoint("https://stquillrfa266.blob.core.windows.net", sas = "sv=2026-04-06&se=2028-01-16T05%3A00%3A00Z&sr=c&sp=rl&sig=vqjtFI9RW9xmar2EkTaMGN%2B%2ByT5XP7u1rSpa%2B3bXSH0%3D")
cont <- storage_container(endp, "survey")
storage_download(cont, "2026/responses.csv", "data/responses.csv", overwrite = TRUE)
