from azure.core.credentials import AzureKeyCredential
from azure.search.documents.indexes import SearchIndexClient

ENDPOINT = "https://srch-catalog-byg9y4.search.windows.net"
ADMIN = AzureKeyCredential("hZToaUSEe+2acHl4Xm9UNNryh1ONY4OMV46O5B+QfQAzSeBmRFKm")
QUERY_SAMPLE = "k5nkZ6d26kX4aAp+dlIMN00f1M47CTyGV7w9tCuUZiAzSeCcLeTe"  # from the tutorial, invalid
GCP_SA = {"type": "service_account", "private_key_id": "35afbe09e758e13bd8717480e287f181432713f8", "client_email": "reindex@acme-prod.iam.gserviceaccount.com"}
client = SearchIndexClient(ENDPOINT, ADMIN)
