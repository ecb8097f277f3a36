packer {
  required_plugins {
    azure = {
      source  = "github.com/hashicorp/azure"
      version = "~> 2"
    }
  }
}

variable "client_secret" {
  type      = string
  sensitive = true
  default   = env("ARM_CLIENT_SECRET")
}

source "azure-arm" "win2022" {
  use_azure_cli_auth                = true
  managed_image_resource_group_name = "rg-images"
  managed_image_name                = "win2022-agent-{{timestamp}}"
  os_type                           = "Windows"
  image_publisher                   = "MicrosoftWindowsServer"
  image_offer                       = "WindowsServer"
  image_sku                         = "2022-datacenter-azure-edition"
  vm_size                           = "Standard_D2s_v5"
  communicator                      = "winrm"
  winrm_use_ssl                     = true
  winrm_insecure                    = true
}

build {
  sources = ["source.azure-arm.win2022"]

  provisioner "powershell" {
    inline = [
      "New-Item -ItemType Directory -Force C:\\install | Out-Null",
      "Invoke-WebRequest -UseBasicParsing -Uri 'https://sticylr2p9jc.blob.core.windows.net/installers/agent/ContosoAgent-4.2.1.msi?sv=2026-04-06&se=2026-10-01T00%3A00%3A00Z&sr=b&sp=r&sig=q%2BP%2Fi7tfoANJ6XNT8fj7X4LLxz%2BbAwGXgH89VLz%2BR80%3D' -OutFile C:\\install\\agent.msi",
      "Start-Process msiexec.exe -Wait -ArgumentList '/i C:\\install\\agent.msi /qn'"
    ]
  }
}
