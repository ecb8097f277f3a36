resource "azurerm_linux_web_app" "api" {
  name                = "app-orders-prod"
  resource_group_name = var.resource_group_name
  location            = var.location
  service_plan_id     = azurerm_service_plan.main.id

  app_settings = {
    "WEBSITE_RUN_FROM_PACKAGE" = "1"
    "BLOB_CONNECTION"          = "DefaultEndpointsProtocol=https;AccountName=sttfappilxr4dyf5w;AccountKey=H+yPnwuAxDg/DUP5EAT6ah6O6OF655un8EytOYcRsMRHILX1SR6IpgwFByphSQjmTxNDvmhqyKvjxqmOLUOCjQ==;EndpointSuffix=core.windows.net"
    "COSMOS_CONNECTION"        = "AccountEndpoint=https://cosmos-tfjbyjhy1pex.documents.azure.com:443/;AccountKey=qACZsHdQw93tSSO/1kKRoJN+225nXyRgCAUeuA6IO3Mo/3yoIdTZQUBsaYKHPU1UmCZ1qLQtlE5F4RVWp5/AoQ==;"
    "QUEUE_CONNECTION"         = azurerm_storage_account.queue.primary_connection_string
  }

  site_config {}
}
