location            = "westeurope"
resource_group_name = "rg-orders-prod"

cosmos_endpoint = "https://cosmosordsjpf.documents.azure.com:443/"
cosmos_primary  = "KgLI+/G1Bl3WNxJi/8+mLRh9Ag7PCiYv295x4sF1PhVxUTn+AuaSZDoka0cdQPGIONmJoQEVP9BrACDbkQ0m0g=="

eventhub_connection = "Endpoint=sb://evh-03f2pi.servicebus.windows.net/;SharedAccessKeyName=orders-send;SharedAccessKey=fKi0dy5+F9jM5mGx1btSpm9e/aakgwwNAGZ//TNLM/U=;EntityPath=orders"

# filled by the pipeline from Key Vault
reports_sas = "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-06-30T00:00:00Z&spr=https&sig=${REPORTS_SAS_SIG}"
cdn_integrity = "sha384-11LCxR+6DimqGQVwqdQlPkQHegWNMpf6OlYw1b0BJiL5fCisrtMTtcg7uZDKp9qF"
