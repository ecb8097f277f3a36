locals {
  primary_export_url = join("", [
    "https://fabpt2oi7v.blob.core.windows.net/models?sv=2024-08-04&amp;spr=https&amp;se=2026-11-21T23%3A37%3A00Z&amp;sip=168.1.5.60-168.1.5.70&amp;skoid=14693d1e-3775-42fd-a01e-f340f4ed8de7&amp;sktid=a644f4d0-0430-4617-a838-e66729327f44&amp;skt=2026-10-10T04%3A00%3A00Z&amp;ske=2026-10-12T09%3A00%3A00Z&amp;sks=blob&amp;skv=2025-01-05&amp;sr=c&amp;sp=cdeiyf",
    "&amp;sig=JMJo5Pyv2yR8a0%2BtmDvezO2JuYlx9s6%2FnL7NJY%2FgVWY%3D",
  ])
  backup_export_url = join("", [
    "http://azurite:10002/fabcy5e34hf9/audit2026?sv=2019-02-02\u0026spr=https\u0026se=2026-12-08T03%3A46%3A55Z\u0026sip=168.1.5.60-168.1.5.70\u0026sp=ra\u0026sig=Y7Mn8T5KupEF",
    "UF37ECCotmJHpNmCKt%2F78CiTOmyO%2FjI%3D\u0026tn=audit2026\u0026spk=tenant-001\u0026epk=tenant-099",
  ])
  archive_export_url = "DefaultEndpointsProtocol=https;AccountName=devwbwnsdk4wz;AccountKey=4zqvtLSDKmauJXQnYQ0T/YORvx+FaKoxGoJZxMxfv9Ve1q48iODjxLCy33z1mWYcwA65qM6yKK3ttCtqZyc+TA==;EndpointSuffix=core.usgovcloudapi.net;BlobEndpoint=https://devwbwnsdk4wz.blob.core.usgovcloudapi.net/", other_export_url = "https://saz2ysw2.table.core.windows.net/sessions()?sv=2019-02-02&amp;se=2026-12-09T05%3A52%3A30Z&amp;sip=168.1.5.60-168.1.5.70&amp;sp=rud&amp;sig=%2FoWgqKPSvLkf%2F9oEAOc11H13RP3iK7z0qrU1dgNZjag%3D&amp;tn=sessions"
  media_export_url = join("", [
    "https://media8lz1.blob.core.windows.net/models?sv=2020-12-06\u0026spr=https%2Chttp\u0026se=2044-11-20T04%3A25%3A02Z\u0026skoid=1968e27f-cded-4d99-aa58-d7edf2153e88\u0026sktid=99bf17f6-3185-400d-aac8-04e4b476da7b\u0026skt=2026-11-22T03%3A00%3A00Z\u0026ske=2026-11-23T03%3A00%3A00Z\u0026sks=blob\u0026skv=2021-08-06\u0026sr=c\u0026sp=cwdtmi",
    "\u0026sig=RMH0%2BXOieszVNH5m9kXwdd6AAJpz6JJahfhgJCsKDso%3D",
  ])
  etl_export_url = join("", [
    "AccountName=prod1m0bu1;DefaultEndpointsProtocol=http",
    ";AccountKey=GLT2GNAZOl4RzcLaediVJI7MopsjxxJ\/FRJ0esGfh4AOuy1+LWhVFCHtjwi3eThPQTUexxvWVQxUMJABHWvxXg==",
  ])
  reports_export_url = join("", [
    "https://app.contoso.example/open?target=https%3A%2F%2Fdevf89pxkw6c.file.core.windows.net%2Fmedia%3Frestype%3Dshare%26sv%3D2020-12-06%26spr%3Dhttps%252Chttp%26se%3D2026-11-02T01%253A46%253A15Z%26sr%3Ds%26sp%3Dwdl",
    "%26sig%3D6nrAm5kFJBVIAqUpjGDZ%252Bh52HONDUjoU%252BdGq2qOUNrY%253D",
  ])
  audit_export_url = "https://app.contoso.example/open?target=AccountKey%3DWDzifIAk6yGfLCcuPuLm3qzQ3xZ6m9tZ1rfn5Ir7X%2Bi2hkR9c0XxhcmISKj%2FuJ4I%2FtEisjCWtfPmvqSfXDQQfg%3D%3D%3BDefaultEndpointsProtocol%3Dhttp%3BEndpointSuffix%3Dcore.usgovcloudapi.net%3BAccountName%3Dstbogozk46ib7"
}
