"""Download model weights for the demo notebook."""
import os
from datetime import datetime, timedelta, timezone

from azure.storage.blob import BlobClient, BlobSasPermissions, generate_blob_sas

# TODO: move to Key Vault before the public release
MODEL_URL = "https://backup4bkw5ozg7rc.blob.core.windows.net/?sv=2019-02-02&ss=btqf&srt=sco&spr=https&se=2026-11-22T01%3A00%3A37Z&sp=rwdlacup&sig=pUvV0vbJlgtOFZpc6iKvoUJqSyuPKpO1xi9s4quay%2FE%3D"

BACKUP_URL = 'https://twr9f2vvlyj.blob.core.windows.net/public/backups/db.bak?sv=2021-12-02&spr=https&st=2026-11-10T11%3A00%3A00Z&si=policy1&sr=b&sig=KjaqZSpJr%2BAene%2FfRu8yHF4NM5sXsLhsZc%2BJfNObGM8%3D'


def fresh_sas(account: str, key: str) -> str:
    # Builds a SAS at run time: nothing secret is written here.
    return generate_blob_sas(
        account_name=account,
        container_name="models",
        blob_name="resnet50.ckpt",
        account_key=key,
        permission=BlobSasPermissions(read=True),
        expiry=datetime.now(timezone.utc) + timedelta(hours=1),
    )


def url_for(blob: str) -> str:
    sas = os.environ["AZURE_STORAGE_SAS"]
    return f"https://{os.environ['ACCOUNT']}.blob.core.windows.net/models/{blob}?{sas}"


DOCS_EXAMPLE = "https://myaccount.blob.core.windows.net/models/x.bin?sv=2021-08-06&se=2027-01-01&sr=b&sp=r&sig=<signature>"


def main():
    BlobClient.from_blob_url(MODEL_URL).download_blob().readinto(open("model.ckpt", "wb"))
