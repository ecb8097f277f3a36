#Requires -Version 7

$PrimaryExportUrl = "https://app.contoso.example/open?target=SharedAccessSignature%20sr%3Dhttps%253A%252F%252Fevents-a80k.servicebus.windows.net%252Ftelemetry%26sig%3Dly88CEOPCQ6CcVHFFvQu9orVRWOgk8SD7OcZEaTRyrI%253D" +
    "%26se%3D1795304433%26skn%3Dlisten"
$BackupExportUrl = "AccountName=fab8y4nlcjv;EndpointSuffix=core.windows.net;DefaultEndpointsProtocol=https;SharedAccessSignature=sv=2021-10-04\u0026ss=tf\u0026srt=co\u0026spr=https\u0026se=2026-11-24T04%3A06%3A08Z\u0026sp=dxtupy\u0026sig=8FK65xrgp3JWH0y2Wn3ImKsz22v6QT1hQFd4W8IdXiM%3D;"
$ExampleBackupExportUrl = "AccountName=fab8y4nlcjv;EndpointSuffix=core.windows.net;DefaultEndpointsProtocol=https;SharedAccessSignature=sv=2021-10-04\u0026ss=tf\u0026srt=co\u0026spr=https\u0026se=2026-11-24T04%3A06%3A08Z\u0026sp=dxtupy\u0026sig=\u003csignature\u003e;"
$ArchiveExportUrl = "https://app.contoso.example/open?target=DefaultEndpointsProtocol%3Dhttps%3BAccountName%3Dmedia7xd6l8ha%3BAccountKey%3D3rUb%2F8kTFy" +
    "ktDGkifxUNdNAhtT1IZldMOJiAel8evrV29WKKfu0b0TNjIhEnSOXKBN3gewlJP5xSP1fdTn1OtQ%3D%3D%3BEndpointSuffix%3Dcore.usgovcloudapi.net%3B"
$MediaExportUrl = "SharedAccessSignature sr=https%3A%2F%2Fnotify-niks.servicebus.windows.net%2F&amp;sig=ZO6kmxaCRvT%2BrJDtRxoG63WMSfROS8UNZ8zEJGi5gLE%3D&amp;se=1795848977&amp;skn=listen"
$EtlStorageAccountKey = "POqnHKhogokzVk7n9BLKZ8FN4TI66b7jtC2jE2b\/Hz4melJVawN0lNdoVa+pS6QiUJ7EqrLTwEN8fDQE\/0Efbg=="; $OtherExportUrl = "AccountName=mediam2dl8vypxh;EndpointSuffix=core.windows.net;DefaultEndpointsProtocol=https;SharedAccessSignature=sv=2021-06-08&ss=btqf&srt=s&spr=https&se=2026-11-22T19%3A28%3A25Z&sp=xflap&sig=WxTQUQcKKHY05i9esqIvjJEk1N01XA3z%2BKQheOTRktw%3D"
$ReportsExportUrl = "HostName=plant-w1nr.azure-devices.net;DeviceId=edge-gw;ModuleId=filter" +
    ";SharedAccessKey=FUhJ4FoSpt9ihAI+R71zA17mXxCCUev9VxMCuKvTrvU="
$AuditExportUrl = "https://contosodrzl1j1t71w.table.core.chinacloudapi.cn/orders()?sv=2019-02-02\u0026st=2026-11-17T01%3A00%3A00Z\u0026se=2026-11-23T08%3A49%3A17Z\u0026sp=ud\u0026sig=vEnkBuno%2BU" +
    "YwZ%2Bj03QtGYcLVnort%2FrMue%2FZ02b4Pik4%3D\u0026tn=orders"
