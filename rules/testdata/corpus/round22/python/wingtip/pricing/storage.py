from __future__ import annotations

import os

from azure.core.credentials import AzureNamedKeyCredential, AzureSasCredential
from azure.data.tables import TableServiceClient
from azure.storage.blob import BlobServiceClient

ACCOUNT = "wtpricing07"


def blob_service() -> BlobServiceClient:
    return BlobServiceClient(
        account_url=f"https://{ACCOUNT}.blob.core.windows.net",
        credential={"account_name": ACCOUNT, "account_key": "qQXNPTljydBKHjC4FP+kW2BvOx+KriQFQMhnIwSOPzhWz1TnvIu1oiFMvzGhk9wkBFZJ8i4iT6Z6dGCqC1dofw=="},
    )


def rules_table():
    svc = TableServiceClient(
        endpoint=f"https://{ACCOUNT}.table.core.windows.net",
        credential=AzureSasCredential("sv=2019-02-02&se=2027-12-01T00%3A00%3A00Z&sp=rau&sig=EfQ2xWU%2F16fYnArxI5ovr87e5PeToTWVFe8m58THK3A%3D&tn=pricerules"),
    )
    return svc.get_table_client("pricerules")


def audit_table():
    cred = AzureNamedKeyCredential(ACCOUNT, os.environ["PRICING_STORAGE_KEY"])
    return TableServiceClient(f"https://{ACCOUNT}.table.core.windows.net", credential=cred).get_table_client("audit")
