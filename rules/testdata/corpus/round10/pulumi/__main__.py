"""Pulumi program for the model-serving stack."""
import pulumi
import pulumi_azure_native as azure_native

config = pulumi.Config()
rg = azure_native.resources.ResourceGroup("rg-serving")

# Signed by the delegation key of the deploy principal; regenerate with scripts/ud_sas.sh
MODEL_CONFIG_URL = (
    "https://st0zzkxpo44s.blob.core.windows.net/models/bert/config.json?sv=2026-04-06&se=2027-03-01T00%3A00%3A00Z&skoid=87fb760c-76da-494b-adfe-49b1ce181a4b&sktid=828156af-4476-4cee-8103-460a8d1e4b49&skt=2024-01-01T00%3A00%3A00Z&ske=2027-01-15T00%3A00%3A00Z&sks=b&skv=2023-11-03&sr=b&sp=r&sig=YqC0f1yrBPooqBOG5"
    "oDNBx5FO%2BXwHocJ7lYKsBE3BNU%3D"
)

sas = azure_native.storage.list_storage_account_service_sas_output(
    account_name="stserving",
    resource_group_name=rg.name,
    canonicalized_resource="/blob/stserving/models",
    resource=azure_native.storage.SignedResource.C,
    permissions=azure_native.storage.Permissions.R,
    shared_access_expiry_time="2027-01-01T00:00:00Z",
)

pulumi.export("model_config_url", MODEL_CONFIG_URL)
pulumi.export("generated_sas", sas.service_sas_token)
