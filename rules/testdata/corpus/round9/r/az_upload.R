library(AzureStor)

endp <- storage_endpoint("https://stdsx8z78vga.blob.core.windows.net", key = "WSF6rpAAXorekIbZjhFWS+tB46LD8GG0yNmomcCOnOwsLIikAtez0+hgIJfkNrIoS59Rddupmu2BscHWHwhknA==")
cont <- storage_container(endp, "results")
storage_upload(cont, "out.csv", "2026/out.csv")

sas_endp <- blob_endpoint("https://stga7zpedwww.blob.core.windows.net",
                          sas = "sv=2026-04-06&se=2027-03-31T00%3A00%3A00Z&sr=c&sp=rwl&sig=bD1OXXhaL3jWH2o7ctpJi4H8%2BOCtaEr%2FshgLTnNLnk8%3D")
