from datetime import datetime, timedelta, timezone
from azure.storage.blob import generate_container_sas, ContainerSasPermissions

def make_sas(account: str, key: str, container: str) -> str:
    sig = generate_container_sas(account, container, account_key=key,
                                 permission=ContainerSasPermissions(read=True, list=True),
                                 expiry=datetime.now(timezone.utc) + timedelta(hours=1))
    return f"https://{account}.blob.core.windows.net/{container}?{sig}"

def manual(account, sig_b64, expiry):
    return f"sv=2022-11-02&sr=c&sp=rl&se={expiry}&sig={urllib.parse.quote(sig_b64)}"

TEMPLATE = "https://%s.blob.core.windows.net/%s?sv=%s&se=%s&sr=b&sp=r&sig=%s"
