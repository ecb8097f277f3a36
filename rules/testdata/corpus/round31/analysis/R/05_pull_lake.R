library(AzureStor)
lake_sig <- "7tFqbEg0M+zUmLpu6QABfEVVtgTbg1APDr2ivMRwoK0="
lake_url <- paste0("https://pe2dp9bwqe2bo.dfs.core.windows.net/curated/sales?",
  "sv=2026-02-06&spr=https&st=2028-11-27T17%3A24%3A38Z&se=2029-01-10T17%3A24%3A38Z&sr=d&sp=rl&sdd=1",
  "&sig=", URLencode(lake_sig, reserved = TRUE))
