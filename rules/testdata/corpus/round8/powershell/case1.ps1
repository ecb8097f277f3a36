#Requires -Version 7

$PrimaryExportUrl = "https://backupu34lxunfkuyo6.blob.core.windows.net/%24web?sv=2025-11-05\u0026spr=https%2Chttp\u0026st=2026-11-19T07%3A00%3A00Z\u0026se=2026-11-22T02%3A13%3A54Z\u0026sr=c\u0026sp=rcxlmiyf\u0026rscc=max-age%3D3600\u0026rscd=attachment%3B%20filename%3D%22export.csv%22\u0026sig=u77LrKYDaJDf" +
    "kIdK9XasEIsncB3N6zSvRuJEfrWaeqo%3D"
$BackupExportUrl = "SharedAccessSignature sr=https%3A%2F%2Ftelemetry-fu83.servicebus.windows.net%2F&amp;sig=SyVNAHkg5uoRA%2FgXhenEl1qGj0G%2FXyQGhj9gTymaftA%3D" +
    "&amp;se=1795302636&amp;skn=listen"
$ArchiveExportUrl = "https:\/\/media3mymb43rfa0d.privatelink.file.core.windows.net\/home\/users\/alice\/ntuser.dat?sv=2026-02-06&st=2026-10-30T05%3A50%3A25Z&se=2026-11-09T00%3A50%3A25Z&sr=f&sp=cwd&sig=qHbRkNATGE3%2B0KQYqAu5QWyfYET0SFCJhQNNVRT%2FVEE%3D&rscc=no-cache&rscd=inline"
$MediaExportUrl = "https:\/\/devc3ld4im4h3v.z24.file.storage.azure.net\/home?restype=share&sv=2021-10-04&spr=https%2Chttp&se=2026-11-22T02%3A14%3A44Z&sip=10.0.0.1-10.0.0.255&sr=s&sp=rcw&sig=Mj1PA%2BGMte022LiGCAUAw9c2Tgpg4x12wgT9k%2FilSA8%3D"
$EtlExportUrl = "SharedAccessSignature sr=https%3A%2F%2Fevents-p30t.servicebus.windows.net%2Ftelemetry\u0026sig=MPbqN%2FC%2F26lLHNFI68X5KFTXtZ4rDq%2FQ%2BzsWwOSs%2F%2FE%3D\u0026se=1737867005\u0026skn=listen"
$ReportsExportUrl = "https://contosok5mfer.dfs.core.windows.net/lake?sv=2020-02-10&amp;spr=https%2Chttp&amp;se=2027-01-27T06%3A06%3A50Z&amp;sr=c&amp;sp=rcwdleop&amp;sig=8PGhbByt5B46" +
    "mJi1ywV8k472p7XyoNmi1Lfr3C%2FmkfQ%3D"
$ExampleReportsExportUrl = "https://contosok5mfer.dfs.core.windows.net/lake?sv=2020-02-10&amp;spr=https%2Chttp&amp;se=2027-01-27T06%3A06%3A50Z&amp;sr=c&amp;sp=rcwdleop&amp;sig=<signature>"
$AuditExportUrl = "AccountName=st9wgb;EndpointSuffix=core.windows.net;DefaultEndpointsProtocol=https;SharedAccessSignature=sv=2018-03-28&amp;ss=bq&amp;srt=co&amp;spr=https%2Chttp&amp;se=2047-11-23T13%3A37%3A46Z&amp;sp=dlcup" +
    "&amp;sig=WBI%2BkHtru2DjkwJr%2B1vZxvqQ%2F2E2kfvxZPb3MqoHD7Y%3D;"
