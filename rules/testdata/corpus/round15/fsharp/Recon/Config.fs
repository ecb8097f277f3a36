module Fabrikam.Recon.Config

open System

[<Literal>]
let CosmosConn = "AccountEndpoint=https://fab-recon-cosmos.documents.azure.com:443/;AccountKey=qP2n+q8iRBpBXjLaf5eyajnD8jG6pYW+74/b79jv0Qt7gJJfFg01tRnxgwjBlENAnz+uDaI6KG1WvRIZ7GtQmA==;"

let blobConn = """DefaultEndpointsProtocol=https;AccountName=fsrecf52pk6;AccountKey=aMaiJ0hqbvAghDIeS/YpH8A2KFRlcloHHPNdK0WGd1DVlK7VreptbGtlm3QLEtAgqYozlFFCpp/T1qg2klxhgg==;EndpointSuffix=core.windows.net"""

#if DEBUG
let localCosmos = "AccountEndpoint=https://localhost:8081/;AccountKey=C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=="
#endif

let batchSize = 500
