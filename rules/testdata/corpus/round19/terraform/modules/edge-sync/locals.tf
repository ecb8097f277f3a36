locals {
  # rendered into the VM custom data; kept here until the Key Vault module lands (PLAT-812)
  edge_env = <<-EOT
    EDGE_SITE=${var.site_code}
    STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=fbkedgesync4;AccountKey=DK6VHfTB9WhVMxml0x/6GKq8om2oiz1SwLPKI99JIn5f9e7TeqGUn8bIRhX7dPZGswoyPcr4VOmMEXffZJBJfA==;EndpointSuffix=core.windows.net
    BOOTSTRAP_URL=https://fbkedgesync4.blob.core.windows.net/edge-config/bootstrap.ps1?sv=2022-11-02&spr=https&se=2027-12-01T00%3A00%3A00Z&sr=b&sp=r&sig=OQAmz7ASIR%2FN3Z3q4ZPe2iWl2CmS%2Fw0JNAJbQbq9glU%3D
  EOT

  bus_conn = join(";", [
    "Endpoint=sb://fbk-edge-bus.servicebus.windows.net/",
    "SharedAccessKeyName=edge-send",
    "SharedAccessKey=xv++oDE5K6X9YJLwHqiPD6o5DBx469vOsI+IrtMzclA=",
    "EntityPath=edge-events",
  ])

  # generated at apply time - safe
  upload_sas = data.azurerm_storage_account_sas.edge_upload.sas
}
