from datetime import datetime, timedelta, timezone
from azure.storage.blob import (
    AccountSasPermissions, BlobSasPermissions, ResourceTypes, generate_account_sas, generate_blob_sas,
)


def account_sas(name, key):
    return generate_account_sas(
        account_name=name,
        account_key=key,
        resource_types=ResourceTypes(container=True, object=True),
        permission=AccountSasPermissions(read=True, list=True),
        expiry=datetime.now(timezone.utc) + timedelta(hours=1),
    )


def sas_url(name, container, blob, sas):
    return f"https://{name}.blob.core.windows.net/{container}/{blob}?{sas}"


def signed(name, blob, sv, se, sig):
    return "https://%s.blob.core.windows.net/c/%s?sv=%s&se=%s&sr=b&sp=r&sig=%s" % (name, blob, sv, se, sig)


SIG_RE = r"[?&]sig=([A-Za-z0-9%+/]+)"
