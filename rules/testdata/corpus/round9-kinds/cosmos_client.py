from azure.cosmos import CosmosClient

# copied from the portal's Quick start while debugging
client = CosmosClient("https://cosmosr9a3.documents.azure.com:443/", credential="2fPyN+maY9sgFZN3k+Oc9Xr274vi7+NIZyV4Jwgn9FRD1BJFjb7xSH24ht1xbOYEiyhSTOhEuHIuv3YHZjAJMw==")
local = CosmosClient("https://localhost:8081/", credential="C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==")
