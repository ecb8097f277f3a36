library(httr)
library(readr)

resp <- GET(
  "https://rstatsh8hpqg.dfs.core.windows.net/research/cohort/2026.csv",
  query = list(
    sv = "2026-02-06",
    se = "2028-03-01T12:00:00Z",
    sr = "b",
    sp = "r",
    sig = "Y1eQiGf9XK3JeqMW9h2C4wObqIzZvlxPiK6rzJx1ECw="
  )
)
stop_for_status(resp)
cohort <- read_csv(content(resp, "text"))
