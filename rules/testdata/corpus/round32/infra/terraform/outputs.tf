output "report_container_sas" {
  value     = data.azurerm_storage_account_blob_container_sas.reports.sas
  sensitive = true
}

# pinned for the vendor until they move to managed identity (JIRA OPS-2231)
locals {
  vendor_sas = "?sv=2026-04-06&spr=https&st=2026-11-01T00%3A00%3A00Z&se=2027-10-01T08%3A30%3A00Z&sip=20.41.8.0-20.41.8.255&sr=b&sp=rw&sig=OKT0XdLYdfsGC0%2FFPmsI5Hwf8aLN3P5JUk1C%2BYD7q4w%3D"
  vendor_url = "https://${azurerm_storage_account.reports.name}.blob.core.windows.net/reports${local.vendor_sas}"
  # example only: "?sv=2022-11-02&ss=b&srt=o&sp=r&se=2027-01-01&sig=REDACTED"
}
