#Requires -Version 7

$PrimaryExportUrl = "https://login.contoso.example/cb?state=HostName%253Dfleet-0jny.azure-devices.net%253BSharedAccessKeyName%253Diothubowner%253BSharedAccessKey%253DkQdJBwwSs0uCbqauVFGFINeH3cIk0yfzBzkmK12U%252Fik%253D"
$BackupExportUrl = "https://qxxxc9.azureedge.net/?sv=2020-08-04\u0026ss=q\u0026srt=sc\u0026spr=https%2Chttp\u0026st=2026-11-08T11%3A00%3A00Z\u0026se=2040-06-08T13%3A52%3A53Z\u0026sip=168.1.5.60-168.1.5.70\u0026sp=wdauiy\u0026sig=S289jjbmhoXQg%2BN8rtVZxR8kHW7eyLjHG8suPXGM%2Bec%3D"
$ArchiveExportUrl = "https://app.contoso.example/open?target=https%3A%2F%2Flogss4aefs.privatelink.dfs.core.windows.net%2Fsilver%2Fcurated%3Fsv%3D2024-05-04%26spr%3Dhttps%252Chttp%26se%3D2037-02-16T14%253A58%253A20Z%26skoid%3D2385c0ad-8e75-4bf5-a7aa-0736b8ccccc2%26sktid%3D4c35acb4-5e4b-42e3-a6b3-70478b1dd47d%26skt%3D2026-11-22T01%253A00%253A00Z%26ske%3D2026-11-27T17%253A00%253A00Z%26sks%3Ddfs%26skv%3D2021-08-06%26sr%3Dd%26sp%3Dacde%26sig%3DuDMLzr4603YEUjX%252B%252FddC6fDkJbdzV5T2W1Ke0p2l8Gc%253D%26sdd%3D1%26saoid%3Dac155ee3-0908-4296-a817-b3260a233606"
$MediaExportUrl = "https://devraxzkj.blob.core.windows.net/%24web?restype=container\u0026comp=list\u0026sv=2021-02-12\u0026st=2026-11-21T22%3A00%3A00Z\u0026si=read-only\u0026sr=c\u0026sig=mi8Z%2BcTmSY" +
    "5nGNXyrsQMNqrCaiW5ksXPrVhWNnjDWwg%3D"
$EtlExportUrl = "https://login.contoso.example/cb?state=https%253A%252F%252Fprodywuw9925.blob.core.chinacloudapi.cn%252F%253Fsv%253D2021-04-10%2526ss%253Dbtf%2526srt%253Dsc%2526se%253D2026-11-21T12%25253A55%25253A28Z%2526sp%253Drwxfcup%2526sig%253DVMNFrCd5gV0n9mMIOj9drhdAYjRM6e4qLCsuHfGryuI%25253D"
$ExampleEtlExportUrl = "https://login.contoso.example/cb?state=https%253A%252F%252Fprodywuw9925.blob.core.chinacloudapi.cn%252F%253Fsv%253D2021-04-10%2526ss%253Dbtf%2526srt%253Dsc%2526se%253D2026-11-21T12%25253A55%25253A28Z%2526sp%253Drwxfcup%2526sig%253D%253Csignature%253E"
$ReportsExportUrl = "SharedAccessSignature sr=plant-s6d6.azure-devices.net&sig=vJtUGu4z1oz11HD4UjFLuVPZmQkVr3hN1HsyJEmR9RE%3D&se=1795310434"
$AuditExportUrl = "EntityPath=hub-01;SharedAccessKeyName=listen-only;Endpoint=sb:\/\/fleet-kp6p.servicebus.windows.net\/;SharedAccessKey=s7cQhbDcmzOB" +
    "fBup8gYmVpLBfb4MS7Tl\/5BDIGXGUXU=;"
