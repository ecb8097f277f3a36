import os
import requests

ACCOUNT = "stu9z3t8r9da"
SAS = (
    "sv=2026-04-06&ss=bt&srt=sco&se=2027-01-10T17%3A30%3A00Z"
    "&sp=rwdlau&sig=lNPqhW61mgZ%"
    "2BWMO1GmJ7GO4t07H0l43OwCmbeNdJidU%3D"
)


def blob_url(container: str, name: str) -> str:
    return f"https://{ACCOUNT}.blob.core.windows.net/{container}/{name}?{SAS}"


def table_url(pk: str, rk: str) -> str:
    account = "stvrd524s7jj"
    return f"https://{account}.table.core.windows.net/DeviceState(PartitionKey='{pk}',RowKey='{rk}')?sv=2019-02-02&se=2027-03-31T00%3A00%3A00Z&sp=rau&sig=mFOQOHIuNC2sXvJtyAjEXWG4ivXzKnO9X61zJYLXf6s%3D&tn=DeviceState"


def sas_from_env() -> str:
    return f"{os.environ['EXPORT_SAS']}"   # sv=...&sig=... comes from the vault
