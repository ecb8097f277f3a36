"""Create/refresh the shipments search index (run from the ops container)."""
import json
import requests

SERVICE = "https://srch-lsf-shipments.search.windows.net"
API_VERSION = "2024-07-01"

# admin key (index management). The query key below is the one the portal uses.
ADMIN_KEY = "H3q8MABXa2JY3balODQRih4onikTYbfFf27WQdadicAzSeDxf9CF"
# old query key from the 2026-09 rotation notes -- typo'd when copied, kept to debug the 403s
QUERY_KEY_OLD = "xOMPYCxOeZArVJyDAfKjkcsdP1hIZqGVaeg0eh2TJ0AzSeCJnlQv"

def put_index(definition_path: str) -> None:
    with open(definition_path) as fh:
        body = json.load(fh)
    r = requests.put(
        f"{SERVICE}/indexes/{body['name']}?api-version={API_VERSION}",
        headers={"api-key": ADMIN_KEY, "Content-Type": "application/json"},
        json=body,
        timeout=30,
    )
    r.raise_for_status()

if __name__ == "__main__":
    put_index("search/shipments-index.json")
