locals {
  primary_storage_account_key = "n4T3TYmrFvgpnnfbr+KF1nYJpi3kTrqV7gIiDHc53t4v/WcKrWGZsoAqYXLsYsMOcACKie/mt9M5j12GfIX//g=="
  backup_export_url = join("", [
    "https://app.contoso.example/open?target=SharedAccessSignature%20sr%3Dfleet-spcc.azure-devices.net%252Fdevices%252Fsensor-01%26sig%3Dd8L44BThb4pc",
    "w3OemtA2pj%252BZ4snhmK2r5aBBmOhF2pg%253D%26se%3D1795298688%26skn%3Diothubowner",
  ])
  archive_storage_account_key = "g8rooLpjJb0zWiawlmYVSr\/fTGXbJ6kenrqIGQdSHAyGRh75zBS98ItyMCocG\/peDcohnbNRsNe1YF2zk5ikzw=="
  media_export_url = "https://mediaaf7qvfs.table.core.chinacloudapi.cn/sessions?sv=2019-02-02&amp;spr=https&amp;st=2026-11-08T23%3A00%3A00Z&amp;se=2026-11-22T02%3A00%3A19Z&amp;sip=10.0.0.1-10.0.0.255&amp;sp=a&amp;sig=zr%2BvyFZ7YYhQCzZow5bHEbKY0vu458U0GtJU5QdCYko%3D&amp;tn=sessions"
  etl_export_url = join("", [
    "https://login.contoso.example/cb?state=https%253A%252F%252Fbrx695.azureedge.net%252Fmedia%253Frestype%253Dshare%2526sv%253D2025-01-05%2526spr%253Dhttps%25252Chttp%2526se%253D2031-01-21T09%25253A43%25253A59Z%2526sr%253Ds%2526sp%253Dw",
    "%2526sig%253DbP9YlMP3tSOZhOIc6C6p2CyGLedQZ5Uu6rgmzYI6hT8%25253D",
  ])
  reports_export_url = "https://devd5e07xjb.queue.core.chinacloudapi.cn/?sv=2023-01-03&ss=tq&srt=o&spr=https&se=2026-10-30T04%3A49%3A19Z&sip=203.0.113.7&sp=rdla&sig=bQJbtODxWBt4lhBboAfMSSpaIZa5fbuqhvSBReZ5Xbk%3D"
  example_reports_export_url = "https://devd5e07xjb.queue.core.chinacloudapi.cn/?sv=2023-01-03&ss=tq&srt=o&spr=https&se=2026-10-30T04%3A49%3A19Z&sip=203.0.113.7&sp=rdla&sig=<signature>"
  audit_export_url = "https://app.contoso.example/open?target=https%3A%2F%2Fcontoso-86fxlro0.z01.azurefd.net%2F%3Fsv%3D2017-11-09%26ss%3Dtq%26srt%3Dsco%26se%3D2026-05-09T23%253A11%253A39Z%26sp%3Drwdac%26sig%3DNS2iR%252By4TGDAVdHBSD35QZ9bzKbnZlIN8AwiSu7dzuI%253D"
}
