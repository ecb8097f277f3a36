# Shapes from the Azure SDK docs and test suites: placeholders and fakes.
sas_token = generate_account_sas(
    account_name="<storage-account-name>",
    account_key="<account-access-key>",
    resource_types=ResourceTypes(service=True),
    permission=AccountSasPermissions(read=True),
    expiry=datetime.utcnow() + timedelta(hours=1),
)
FAKE_STORAGE = {"name": "storagename", "key": "NzhL3hKZbJBuJ2484dPTR+xF30kYaWSSCbs2BzLgVVI1woqeST/1IgqaLm6QAOTxtGvxctSNbIR/1hW8yH+bJg=="}
conn = "DefaultEndpointsProtocol=https;AccountName=fakeaccount;AccountKey=ZmFrZWtleQ==;EndpointSuffix=core.windows.net"
url = f"https://{account}.blob.core.windows.net/{container}?{sas_token}"
sig = "sig=YWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWE%3D"
