locals {
  seed_url = <<-EOT
    https://media2maz9woaiw5on.blob.core.windows.net/logs/index.html?sv=2026-04-06&spr=https&se=2029-11-24T00%3A05%3A30Z&sip=168.1.5.60-168.1.5.70&sr=b&sp=awdtmi&sig=T3eUfHUTwi0AabidFTliSneWUb0O0G7ESP6NKq7XLCw%3D
  EOT
}

resource "azurerm_app_service" "api" {
  app_settings = {
    "Storage" = <<EOT
DefaultEndpointsProtocol=http;AccountName=fabypucrii5q05;AccountKey=dPbJVw32mMWYebYsx5n+PCF875LtpPL6vzriDRojMGg+awnOq9oKBq1dkOQCi6cI7N7IXTj3FvZ7PhG4SIOGBg==
EOT
  }
}
