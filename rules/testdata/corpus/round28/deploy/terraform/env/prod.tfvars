location            = "westeurope"
resource_group_name = "rg-quill-prod"

# TODO(ops): move to key vault data source
storage_account_name = "stquilltf0f7ce1a"
storage_account_key  = "Tmdx7coQb3U2hpLL6VEAf4S6hXA0tvlTdg1+lgirJJFVO41wqJn+vIE9jb5dBZP+V/+pOoGGRM9Hcz3H+GnhlA=="

archive_sas_token = "?sv=2026-04-06&ss=b&srt=co&se=2026-02-12T15%3A30%3A00Z&sp=rl&sig=hGgHT4UUgCv5EAOIXquHTliDlWnQZjSo4f7Y1v0I%2BOg%3D"
partner_sas_token = "?sv=2024-11-04&ss=b&srt=co&sp=rl&se=2027-12-31T00:00:00Z&sig=<generated-by-pipeline>"
