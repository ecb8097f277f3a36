variable "TAG" {
  default = "dev"
}

variable "REGISTRY" {
  default = "wingtipcr.azurecr.io"
}

# build cache lives in blob storage (type=azblob); token issued for the build agents
variable "CACHE_ACCOUNT_URL" {
  default = "https://wtbuildcache07.blob.core.windows.net"
}
variable "CACHE_SAS" {
  default = "sv=2022-11-02&ss=b&srt=co&spr=https&st=2026-11-10T00%3A00%3A00Z&se=2027-11-10T00%3A00%3A00Z&sp=rwl&sig=ZaraqinE23BY4J7V0SWK%2B3dm6CZCagJJI3YJJ%2BaW9%2Bg%3D"
}

variable "CACHE_KEY_SALT" {
  default = "2XPVbBtO6GFe6jSZ3cyjCeAykKMTJLdE7se68l1S8po="
}

target "api" {
  context    = "."
  dockerfile = "src/Api/Dockerfile"
  tags       = ["${REGISTRY}/wingtip/api:${TAG}"]
  cache-from = ["type=azblob,account_url=${CACHE_ACCOUNT_URL},name=api-cache,secret_access_key=${CACHE_SAS}"]
  cache-to   = ["type=azblob,account_url=${CACHE_ACCOUNT_URL},name=api-cache,mode=max"]
}
