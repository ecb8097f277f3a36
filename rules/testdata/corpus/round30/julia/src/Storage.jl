module Storage
using HTTP

const ACCOUNT = "juliasim4uu8ou"
const SAS = join([
    "sv=2026-04-06",
    "ss=bq",
    "srt=sco",
    "se=2027-09-30T00%3A00%3A00Z",
    "sp=rwl",
    "sig=mg3DOys3%2BEcaeYvwQDjgy8sRAdrCAQJc%2Bdbz%2BYk0BKo%3D"
], "&")

const OLD_SAS = "sv=2026-04-06&ss=b&srt=o&se=2024-12-31T23%3A59%3A00Z&sp=r&sig=ECYfqzXH%2FxMyPsAEdDjkdn4xwWhbvRxOdOt0jZ98lzE%3D"   # 2024 benchmark runs

download(path) = HTTP.get("https://$(ACCOUNT).blob.core.windows.net/$(path)?$(SAS)")
end
