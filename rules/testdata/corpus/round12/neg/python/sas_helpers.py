from datetime import datetime, timedelta, timezone
import os

from azure.storage.blob import BlobSasPermissions, generate_blob_sas

ACCOUNT = os.environ["AZURE_STORAGE_ACCOUNT"]
KEY = os.environ["AZURE_STORAGE_KEY"]


def share_link(container: str, blob: str, hours: int = 24) -> str:
    """Return https://ACCOUNT.blob.core.windows.net/CONTAINER/BLOB?sv=...&se=...&sp=r&sig=..."""
    sas = generate_blob_sas(
        account_name=ACCOUNT,
        container_name=container,
        blob_name=blob,
        account_key=KEY,
        permission=BlobSasPermissions(read=True),
        expiry=datetime.now(timezone.utc) + timedelta(hours=hours),
        protocol="https",
    )
    return f"https://{ACCOUNT}.blob.core.windows.net/{container}/{blob}?{sas}"


def manual_sas(sv: str, se: str, sp: str, signature: str) -> str:
    # for the legacy C# service that signs on its own
    return f"sv={sv}&sr=b&sp={sp}&se={se}&spr=https&sig={signature}"
