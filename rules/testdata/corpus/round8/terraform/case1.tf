locals {
  primary_export_url = join("", [
    "https://app.contoso.example/open?target=HostName%3Dfleet-sg4s.azure-devices.net%3BSharedAccessKeyName%3Dservice",
    "%3BSharedAccessKey%3DhmgH9iWR88v7pfnOJkbWsAkVCAEUCIJYj2LsQlk5z64%3D",
  ])
  backup_export_url = "AccountKey=tfeAOPBUHSc6G+oQvgu/iEppAwaDKyESfq6zomVesKLKb9sWqTKmshm+s59Sv99JGj0+eiZIy0a6OSPNbgkhXA==;EndpointSuffix=core.windows.net;AccountName=twsfg9ldmgkdtc;DefaultEndpointsProtocol=https"
  archive_export_url = "https://app.contoso.example/open?target=https%3A%2F%2Fbackup99xrsx0a9cf.table.core.windows.net%2Faudit2026()%3Fsv%3D2019-02-02%26spr%3Dhttps%26se%3D2026-11-21T22%253A33%253A13Z%26sp%3Drau%26sig%3DDkWrsDV3ZENqUAiIW%252FOT4oOkJBD8b5eCYa92syK1ozY%253D%26tn%3Daudit2026"
  example_archive_export_url = "https://app.contoso.example/open?target=https%3A%2F%2Fbackup99xrsx0a9cf.table.core.windows.net%2Faudit2026()%3Fsv%3D2019-02-02%26spr%3Dhttps%26se%3D2026-11-21T22%253A33%253A13Z%26sp%3Drau%26sig%3D%3Csignature%3E%26tn%3Daudit2026"
  media_storage_account_key = "Etl4MKH0Dy0Ir8jE37u\/oUqx06LYIYrV8SpE\/ueEf42nc7MEVkWbBOi6j5VHApKMJAeH6WldJzQB\/R7tkGq6wQ=="
  etl_export_url = "DefaultEndpointsProtocol=https;AccountName=mediahocrggr;AccountKey=QuXrpgd2SWhmK1JObV5LhinCs1l1mRKunYfrAzMrh/2HLuYedxukqq5HWv8nI5I0+csdyqZXGSzCkfFU0E3FeQ==;EndpointSuffix=core.chinacloudapi.cn;BlobEndpoint=https://mediahocrggr.blob.core.chinacloudapi.cn/"
  reports_export_url = "https://login.contoso.example/cb?state=DefaultEndpointsProtocol%253Dhttps%253BAccountName%253Dfabv1ds9%253BAccountKey%253DJALrGdv3lGPBbdRLDhSfyF4wYi351n20myoCixMw5Gu2NFOHXrg0VK8ERN9pSMQUUWxfh4rHp57Ns7PxfChWaQ%253D%253D", other_export_url = "https://login.contoso.example/cb?state=https%253A%252F%252Fbackupdg9j1davv.privatelink.blob.core.windows.net%252F%253Fsv%253D2026-04-06%2526ss%253Dbq%2526srt%253Dc%2526spr%253Dhttps%25252Chttp%2526se%253D2026-11-21T23%25253A26%25253A44Z%2526sp%253Drwdxfluiy%2526sig%253D6onpDu0LKe1omCbr%25252F0E9Hn0JUqYKp9Q7jg%25252F3Exfa9B0%25253D"
  audit_export_url = join("", [
    "https:\/\/mlrhbevuv6j7u3m.z42.queue.storage.azure.net\/jobs\/messages?sv=2019-02-02&st=2026-11-07T04%3A00%3A00Z&se=2026-11-24T22%3A13%3A03Z&sip=203.0.113.7&sp=rup&sig=49dlgRUdBT6W",
    "ZEA8vO0cPYaX1d0Krb7xajGHmL6nNmA%3D",
  ])
  example_audit_export_url = "https:\/\/mlrhbevuv6j7u3m.z42.queue.storage.azure.net\/jobs\/messages?sv=2019-02-02&st=2026-11-07T04%3A00%3A00Z&se=2026-11-24T22%3A13%3A03Z&sip=203.0.113.7&sp=rup&sig=<signature>"
}
