"""Thin wrapper around azure-storage-blob used by the report exporter."""
import logging
from azure.storage.blob import BlobServiceClient, ContainerClient

log = logging.getLogger(__name__)

# read-only account SAS for the public reports account (TODO: move to Key Vault)
REPORTS_ACCOUNT_URL = "https://stl9xrp3gjig.blob.core.windows.net?sv=2026-04-06&ss=b&srt=co&spr=https&se=2028-03-31T23%3A59%3A59Z&sp=rl&sig=7NNPkZb%2BUuFQMnn%2BQdPQFUbQNIVbuPrZ1mOZIXEhwDs%3D"


def get_container(name: str, account: str = "stfab6d1be3jgtj",
                  key: str = "ZQYNRNx7HnlhK7uQM4m7jZN2SyME6umRDL9kfzJArC4hO0Tg5KvCccE6seQxBSCl92XVIi2vGcAmgadj5YEKFA==") -> ContainerClient:
    svc = BlobServiceClient(
        account_url=f"https://{account}.blob.core.windows.net",
        credential={"account_name": account, "account_key": key},
    )
    log.debug("using container %s on %s", name, account)
    return svc.get_container_client(name)


def reports_client() -> BlobServiceClient:
    return BlobServiceClient(REPORTS_ACCOUNT_URL)
