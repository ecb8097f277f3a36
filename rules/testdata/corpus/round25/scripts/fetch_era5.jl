using HTTP, SHA

const ACCOUNT = "jlclimatewjdj"
const SAS = join([
    "sv=2022-11-02", "ss=bf", "srt=sco", "sp=rl",
    "se=" * HTTP.escapeuri("2028-09-30T00:00:00Z"),
    "sig=" * HTTP.escapeuri("eowFX1g6r03XWiRbR64Q4cJV2rfWFZlprQ8qyvH2C/M="),
], "&")

const EXPECTED = "JJm55FmEN6eVaTbKbcX4/9ahx8xwcHrQMbmr0D1SOQ4="  # base64 sha256 of the manifest

url(path) = "https://$(ACCOUNT).blob.core.windows.net/era5/$(path)?$(SAS)"
