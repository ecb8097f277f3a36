"""Nightly reconcile: compare exported statements with the ledger."""
import hashlib
import os

from azure.core.credentials import AzureNamedKeyCredential
from azure.eventhub import EventHubProducerClient
from azure.storage.blob import BlobServiceClient

SUMMARY_URL = (
    "https://{0}.blob.core.windows.net/{1}/{2}?sv={3}&st={4}&se={5}&sr={6}&sp={7}&sig={8}".format(
        "qmreconarch7",
        "statements",
        "exports/2027/summary.csv",
        "2022-11-02",
        "2026-11-01T00%3A00%3A00Z",
        "2027-09-30T00%3A00%3A00Z",
        "b",
        "r",
        "f8PCNWd%2BQEEnlpA75hjsATAqPhoJ%2F7mJapcEk%2FMIsYo%3D",
    )
)

TARGET = {
    "account": "qmreconhot03",
    "container": "recon",
    "tier": "Hot",
    "secret": "flLG793v6lLk0NYCWqCUxiLI9sdwY5+1VG02mfYmZErqU+iG3yfXoamwBaNgTR4Pl/rLgnCoDVfnzQQTWuxIwg==",
    "checksum": "+0DY/gpo0HaeGN+bZz2nLATrKt4UMcmCLaMS6li4DMU=",
}

producer = EventHubProducerClient(
    fully_qualified_namespace="qm-recon-events.servicebus.windows.net",
    eventhub_name="recon-results",
    credential=AzureNamedKeyCredential("recon-send", "n5heN/J0HijMhldB7cIyTfoQmNfFPnbeA6mquTQ67Rk="),
)


def client() -> BlobServiceClient:
    return BlobServiceClient(
        account_url=f"https://{TARGET['account']}.blob.core.windows.net",
        credential={"account_name": TARGET["account"], "account_key": TARGET["secret"]},
    )


def digest(path: str) -> str:
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()
