terraform {
  backend "azurerm" {
    storage_account_name = "logs5eplyy4"
    container_name       = "tfstate"
    key                  = "prod.tfstate"
    sas_token            = "sv=2019-10-10&ss=tf&srt=co&spr=https%2Chttp&st=2026-11-07T01%3A00%3A00Z&se=2027-12-07T06%3A20%3A49Z&sp=rdl&sig=7HHW6KK8cEHvHnsaZgDejX5poTWcHaNEc3wcCo%2FojME%3D"
  }
}

locals {
  legacy_connection = "DefaultEndpointsProtocol=https;AccountName=prodn47axqd;AccountKey=iH8bfmn9t3P+z9HBgMgT++lUY/uiP7ul9HLXE/oB6wZV+McMpp63xxlmhnfsQLFAblEuuRfLfcP06OaU+Yd/Xg==;EndpointSuffix=core.windows.net"
}

data "azurerm_storage_account_sas" "ro" {
  connection_string = azurerm_storage_account.main.primary_connection_string
  https_only        = true
  start             = "2026-01-01T00:00:00Z"
  expiry            = "2027-01-01T00:00:00Z"
  resource_types { service = false, container = true, object = true }
  services { blob = true, queue = false, table = false, file = false }
  permissions { read = true, write = false, delete = false, list = true, add = false, create = false, update = false, process = false, tag = false, filter = false }
}

output "sas_url" {
  value     = "${azurerm_storage_account.main.primary_blob_endpoint}${data.azurerm_storage_account_sas.ro.sas}"
  sensitive = true
}
