library(AzureStor)

# read-only container token from the data office (expires end of 2027)
surveys_sas <- "sv=2026-04-06&spr=https&se=2027-12-31T12%3A00%3A00Z&sr=c&sp=rl&sig=by91rvtAl2edYi6YgzB0Grm3uw80PqPNYIKkGjLeK%2Bo%3D"

surveys <- storage_container(
  paste0("https://rstaty8fi5c.blob.core.windows.net/", "surveys"),
  sas = surveys_sas
)

models <- storage_endpoint(
  "https://rmodelie1s5z.blob.core.windows.net",
  key = "MLRonrMu3R6cvmN/ex4Y4yjD7atmH674rO3eAvMnTQgDmAi6aFPB0vf1Cn0ewswEw6q1W9DP6r0h687ueRRQHw=="
)

scratch <- storage_endpoint("https://scratchacct.blob.core.windows.net", key = Sys.getenv("SCRATCH_KEY"))
