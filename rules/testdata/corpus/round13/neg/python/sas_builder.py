from datetime import datetime, timedelta, timezone
from azure.storage.blob import generate_blob_sas, BlobSasPermissions


def share_link(account: str, key: str, container: str, blob: str, hours: int = 1) -> str:
    """Build a read-only link. Never log the result."""
    expiry = datetime.now(timezone.utc) + timedelta(hours=hours)
    sig = generate_blob_sas(account_name=account, account_key=key, container_name=container,
                            blob_name=blob, permission=BlobSasPermissions(read=True), expiry=expiry)
    return f"https://{account}.blob.core.windows.net/{container}/{blob}?{sig}"


def manual_query(sv: str, se: str, sp: str, sig: str) -> str:
    return f"sv={sv}&sr=b&se={se}&sp={sp}&spr=https&sig={sig}"


TEMPLATE = "https://{account}.blob.core.windows.net/{container}?sv=2025-05-05&sr=c&sp=rl&se={expiry}&sig={signature}"
