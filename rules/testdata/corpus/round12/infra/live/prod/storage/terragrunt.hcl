include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "git::https://dev.azure.com/contoso/infra/_git/modules//storage?ref=v2.4.0"
}

inputs = {
  resource_group_name  = "rg-data-prod"
  storage_account_name = "st7kuhye0lc5"
  storage_account_key  = "l74ql+jz9QTIjsIErBKhIGDL+NWLmFb0Wzq7OpwmCP9XLklVhiq7HugCxrpBjQdPAM/VcQdiQjhZICclb6GWaQ=="
  state_container_sas  = "https://ste8dm8lktkg.blob.core.windows.net/tfstate?sv=2026-04-06&se=2028-06-30T00%3A00%3A00Z&sr=c&sp=rwl&sig=woXsfPxR6hirIkGqf2kgfoCsP7kwveakD1JDuRKA2DE%3D"
  tags = {
    owner = "data-platform"
  }
}
