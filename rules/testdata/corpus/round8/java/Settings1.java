package com.contoso.export;

final class Settings {
    static final String PRIMARY_EXPORT_URL = "BlobEndpoint=https:\/\/prod2co51iopcfs.blob.core.windows.net;SharedAccessSignature=sv=2020-12-06&ss=bqf&srt=c&spr=https&se=2026-11-21T12%3A41%3A11Z&sp=dlacu&sig=YU5HynEx8dqEWRVxnpAhGJ36K4ieyzVJi%2BiqSPvU8j4%3D";
    static final String EXAMPLE_PRIMARY_EXPORT_URL = "BlobEndpoint=https:\/\/prod2co51iopcfs.blob.core.windows.net;SharedAccessSignature=sv=2020-12-06&ss=bqf&srt=c&spr=https&se=2026-11-21T12%3A41%3A11Z&sp=dlacu&sig=<signature>";
    static final String BACKUP_EXPORT_URL = "DefaultEndpointsProtocol=https;AccountName=san2syy"
        + ";AccountKey=jhE2OOwKmQBfU6yynfXzyS2\/JUh9weOeNOpHdiw429S6ZVxOb5IyFcnR7TAqmzN6FyBReq8Bi\/UuAXxjp8otUQ==";
    static final String ARCHIVE_EXPORT_URL = "https://backupkedcr54b.blob.core.windows.net/?sv=2021-06-08&amp;ss=bf&amp;srt=o&amp;se=2027-01-11T14%3A32%3A47Z&amp;sp=acu&amp;sig=gViMagcbIc3heh7bzsoVx%2FmhZf0i%2Bnr4ocq7dbzJDk4%3D";
    static final String MEDIA_EXPORT_URL = "https://login.contoso.example/cb?state=Endpoint%253Dsb%253A%252F%252Fnotify-hmmw.servicebus.usgovcloudapi.net%252F%253BSharedAccessKeyName%253Dsend%253BSharedAccessKey%253Dl10DxBR00oNQ"
        + "VHBF9jSUkUu9%252F0uOO65jfbsehoGg8CU%253D%253BEntityPath%253Dhub-01";
    static final String EXAMPLE_MEDIA_EXPORT_URL = "https://login.contoso.example/cb?state=Endpoint%253Dsb%253A%252F%252Fnotify-hmmw.servicebus.usgovcloudapi.net%252F%253BSharedAccessKeyName%253Dsend%253BSharedAccessKey%253D%253Cshared-access-key%253E%253BEntityPath%253Dhub-01";
    static final String ETL_EXPORT_URL = "https://app.contoso.example/open?target=https%3A%2F%2Fdataq7l3dsgnkd3.dfs.core.usgovcloudapi.net%2Fraw%2Flanding%2Ferp%3Fsv%3D2021-12-02%26spr%3Dhttps%252Chttp%26se%3D2026-11-22T02%253A26%253A07Z%26sr%3Dd%26sp%3Draclmep%26sig%3Dta%252FRqeIEHsV2VdhUFApbB9v8BvAPJw%252FRfRwYA97rgF0%253D%26sdd%3D2";
    static final String EXAMPLE_ETL_EXPORT_URL = "https://app.contoso.example/open?target=https%3A%2F%2Fdataq7l3dsgnkd3.dfs.core.usgovcloudapi.net%2Fraw%2Flanding%2Ferp%3Fsv%3D2021-12-02%26spr%3Dhttps%252Chttp%26se%3D2026-11-22T02%253A26%253A07Z%26sr%3Dd%26sp%3Draclmep%26sig%3D%3Csignature%3E%26sdd%3D2";
    static final String REPORTS_EXPORT_URL = "https:\/\/prodhqt5j.queue.core.windows.net\/orders-in\/messages?sv=2025-11-05&spr=https%2Chttp&st=2026-11-01T00%3A06%3A48Z&se=2026-11-12T08%3A06%3A48Z&sp=p"
        + "&sig=Zwd0ndC9yHig4uh9lnk0tZRVKN9ecaIQ2p9qEz3aLk8%3D";
    static final String AUDIT_EXPORT_URL = "https://login.contoso.example/cb?state=HostName%253Dmeters-5o1y.azure-devices.net%253BDeviceId%253Dedge-gw%253BModuleId%253Dfilter%253BSharedAccessKey%253Dh0bd5m4pxrbRmQu86tZ2XV0G7zGqXFx7RXYdfqbZuSk%253D";
}
