location            = "northeurope"
resource_group_name = "rg-ingest-staging"

# copied from the portal "Shared access signature" blade
ingest_sas_token = "?sv=2026-04-06&ss=bf&srt=sco&se=2027-01-10T17%3A30%3A00Z&sp=rwdlac&sig=rNNQn2tMKDLF4RK4nTfdrCqnQSsQUfKJTYGyl1GTpyw%3D"

legacy_connection_string = <<-EOT
  DefaultEndpointsProtocol=https;AccountName=stwrn77hsv3a;AccountKey=k9R70P/xJCANOTMP9THA6bVhb5vMfvg4PkyupaudGkEa7BBqeminrKpbLa9cnPVh0QfTguLtSoIqN0sEGnoaRw==;EndpointSuffix=core.windows.net
EOT

tags = {
  owner       = "data-platform"
  cost_center = "4410"
}
