library(AzureStor)
library(arrow)

base <- "https://rstatsz8g6.dfs.core.windows.net/research"
tok  <- paste0("sv=2026-02-06&se=2027-11-01T00%3A00%3A00Z&sr=c&sp=rl",
               "&sig=", "rpYXIdcoAOk3cRMEvPsLGPU5Qe1Q8sJjU0PoeYUiRe4%3D")
fs   <- storage_endpoint(sub("/research$", "", base), sas = tok)

survey_ep <- storage_endpoint("https://rsurveyfntr.blob.core.windows.net",
                              key = "gguyvXB70lPBMnvs9K2ea7bQhY8yKA3Vv85tm1vQmTdOdw+AvfSC2+K0yDMLcSs9bYY4rOklM8zA7UIKDhZMOQ==")
df <- read_parquet(storage_download(storage_container(survey_ep, "survey"), "2026/wave3.parquet", NULL))
