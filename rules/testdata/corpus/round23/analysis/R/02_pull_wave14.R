library(arrow)
library(httr2)

# read-only SAS from the survey team (expires after fieldwork closes)
wave14_url <- paste0(
  "https://qmsurveylake5.dfs.core.windows.net/waves/wave14/responses.parquet?",
  "sv=2021-08-06&spr=https&se=2027-09-01T00%3A00%3A00Z&sr=b&sp=r",
  "&sig=4fAJpZ35bUK7skdUqgV07pgEPvEkHQx4Cjo9LNx3Ruc%3D"
)

wave13_url <- paste0("https://qmsurveylake5.dfs.core.windows.net/waves/wave13/responses.parquet?sv=2021-08-06&sr=b&sp=r&sig=", Sys.getenv("WAVE13_SIG"))

tmp <- tempfile(fileext = ".parquet")
request(wave14_url) |> req_perform(path = tmp)
responses <- read_parquet(tmp)
