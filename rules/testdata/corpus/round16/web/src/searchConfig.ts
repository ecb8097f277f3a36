// Search box on the public storefront. Query keys are read-only, but SecOps still wants them
// served from /api/config instead of being bundled (STORE-512).
export const searchConfig = {
  endpoint: "https://srch-fabrikam-store.search.windows.net",
  indexName: "products-v4",
  apiVersion: "2025-09-01",
  queryKey: "3UIxLr5SwKS6jr8WWh7S56YDDXq1FOoO8EswzNZMxnAzSeCs1FCj",
  suggester: "sg-products",
} as const;

// request signing for the analytics beacon (not an Azure key)
export const beaconNonce = "xz/ON/1JS+kgvBRX9cdRxTihKWJzDwUN4M4kqDb86gc=";
export const assetsEtag = "x4L0nfXVF8+fzaSis895ig==";
