locals {
  primary_export_url = "DefaultEndpointsProtocol=https;AccountName=contosok041vzdyfiut2;AccountKey=b7G3L/CMIgWfB9W4NemPqRNzs9ihJe5CASwU6ebcOhyQTGxBArjvUwOmVnOYvyfud4pz088hWH/jVCi7CitsbQ==;EndpointSuffix=core.windows.net"
  example_primary_export_url = "DefaultEndpointsProtocol=https;AccountName=contosok041vzdyfiut2;AccountKey=<account-key>;EndpointSuffix=core.windows.net"
  backup_export_url = "Endpoint=sb://orders-libc.servicebus.usgovcloudapi.net/;SharedAccessKeyName=send;SharedAccessKey=AI/FjDc4c4weNSTyO0cinHJq6sDsiLUz4Cl7MmwiqgQ=;"
  example_backup_export_url = "Endpoint=sb://orders-libc.servicebus.usgovcloudapi.net/;SharedAccessKeyName=send;SharedAccessKey=\u003cshared-access-key\u003e;"
  archive_export_url = join("", [
    "HostName=meters-gu1h.azure-devices.net;SharedAccessKeyName=service;SharedAccessKey=HYmiKAxN5fWK",
    "2PECbzdR1026dIs91QZOY8nYAIv+6Oc=;",
  ])
  media_export_url = join("", [
    "http://azurite:10000/prodz4uunkx87687q/%24web?restype=container&amp;comp=list&amp;sv=2020-02-10&amp;se=2027-06-13T17%3A03%3A30Z&amp;sr=c&amp;sp=acwdxm&amp;rscc=max-age%3D3600&amp;rscd=attachment%3B%20filename%3D%22export.csv%22&amp;rsct=text%2Fcsv&amp;sig=wXE0Opquey0u",
    "0YXFy8Q%2BmtNbsaSH1Mwd3etvH%2FNR060%3D",
  ])
  etl_export_url = join("", [
    "https://2qgkgb.azureedge.net/raw/tmp?sv=2025-07-05\u0026spr=https%2Chttp\u0026se=2026-11-24T00%3A29%3A01Z\u0026sr=d\u0026sp=le",
    "\u0026sig=TlrIu5Ltfs%2FVbIBqOeJSv3KiiC%2F273x%2FJZhGwVKvdiY%3D\u0026sdd=1",
  ])
  reports_export_url = join("", [
    "SharedAccessSignature skn=listen\u0026sr=https%3A%2F%2Ftelemetry-871k.servicebus.windows.net%2F\u0026se=1796970467\u0026sig=pHW9EZeXvVfF",
    "8qkwXAn8phPDvjPGr9iHwfMyoyZl93o%3D",
  ])
  audit_export_url = "https://login.contoso.example/cb?state=BlobEndpoint%253Dhttps%253A%252F%252Fdata7v08.blob.core.windows.net%252F%253BQueueEndpoint%253Dhttps%253A%252F%252Fdata7v08.queue.core.windows.net%252F%253BFileEndpoint%253Dhttps%253A%252F%252Fdata7v08.file.core.windows.net%252F%253BTableEndpoint%253Dhttps%253A%252F%252Fdata7v08.table.core.windows.net%252F%253BSharedAccessSignature%253Dsv%253D2016-05-31%2526ss%253Dtqf%2526srt%253Dso%2526se%253D2026-12-14T03%25253A44%25253A04Z%2526sp%253Dwdlacup%2526sig%253DA3MQeBhWxbszi3lHZrRjtxPNZbUDO0V%25252BSNwdLJDA1RQ%25253D", other_export_url = "https://login.contoso.example/cb?state=https%253A%252F%252Flogs6m1j.blob.core.windows.net%252Fuploads%253Frestype%253Dcontainer%2526comp%253Dlist%2526sv%253D2026-04-06%2526si%253Dpolicy1%2526sr%253Dc%2526sig%253D2%25252FNGOv3xUWS2ZP1m9yyQMfIuuGdmkdug4wxNgy%25252F%25252F2l8%25253D"
}
