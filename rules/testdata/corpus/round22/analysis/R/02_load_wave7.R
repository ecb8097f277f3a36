library(readr)

base <- "https://wtsurveylake2.dfs.core.windows.net/surveys/wave7/responses.csv"
url <- sprintf("%s?sv=%s&spr=%s&se=%s&sr=%s&sp=%s&sig=%s",
               base,
               "2021-08-06",
               "https",
               "2027-07-31T00%3A00%3A00Z",
               "b",
               "r",
               "oIeiDaF%2BUabXKmeZ8u4ESurPEP64YEuQm2EseGrS3Cw%3D")

# looks like: ...&sr=b&sp=r&sig=Qm9vL2Fi...
responses <- read_csv(url, show_col_types = FALSE)
