data "azurerm_storage_account_sas" "ro" {
  connection_string = azurerm_storage_account.main.primary_connection_string
  https_only        = true
  start  = "2026-01-01T00:00:00Z"
  expiry = "2030-01-01T00:00:00Z"
  resource_types { service = false  container = true  object = true }
  services { blob = true  queue = false  table = false  file = false }
  permissions { read = true  write = false  delete = false  list = true  add = false  create = false  update = false  process = false  tag = false  filter = false }
}

output "sas_url" {
  value     = "${azurerm_storage_account.main.primary_blob_endpoint}${data.azurerm_storage_account_sas.ro.sas}"
  sensitive = true
}
