library(httr2)
library(AzureStor)

# read-only table SAS (2026-11) -- stitched together from the portal fields
sv  <- "2019-02-02"
se  <- "2027-09-30T23%3A59%3A59Z"
sp  <- "undefined"
tn  <- "SensorReadings"
sig <- "MdBRyzRXNHvm9iSOWdgGtM0WWbohQeg9coQ5o9TvHWw%3D"
sas <- paste0("sv=", sv, "&se=", se, "&sp=", sp, "&sig=", sig, "&tn=", tn)

rows <- request(paste0("https://stnwsensorsr.table.core.windows.net/SensorReadings()?", sas)) |>
  req_headers(Accept = "application/json;odata=nometadata") |>
  req_perform() |> resp_body_json()

# raw blobs, account key
ep <- storage_endpoint("https://stnwsensorsr.blob.core.windows.net",
                       key = "1YApPhg8i41N2dFxj6NXKGaY8tNfI08YCElzpuG3Uc8Sn7Cb4t/d8+j5ervISosyw0sgIzMZnp4VutRT3VsBZQ==")
cont <- storage_container(ep, "raw")
