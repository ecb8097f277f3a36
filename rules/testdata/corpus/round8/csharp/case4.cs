namespace Contoso.Export;

public static partial class Settings
{
    public const string PrimaryExportUrl = "Endpoint=sb://telemetry-ivtw.servicebus.chinacloudapi.cn/;SharedAccessKeyName=send" +
        ";SharedAccessKey=ENU81uU3WoXu6iGvLFThaV+LdmBFlsMy0lKvsHlqJac=;";
    public const string BackupExportUrl = "https://contoso-iz9o8uwk.z01.azurefd.net/orders-in/messages?sv=2026-04-06\u0026spr=https%2Chttp\u0026se=2026-12-09T02%3A16%3A30Z\u0026sp=ap\u0026sig=wUwfZaoCpszCDR3z%2BKDE%2BjsLzpdI3pQvh3HAsszWNVg%3D", OtherExportUrl = "EndpointSuffix=core.windows.net;AccountKey=mhv5um/qTMa4TNkVif70dKYvgbkfa7k0efd4g1XLmtyA5uEE9VFaSE9dl7/Jq0plE1Y5lsrHWE7id38DIWWnMQ==;DefaultEndpointsProtocol=http;AccountName=logsfnnkb8ki6a";
    public const string ArchiveExportUrl = "https://twltq8ug7.table.core.chinacloudapi.cn/orders?sv=2019-02-02&spr=https%2Chttp&se=2026-11-21T23%3A10%3A59Z&sp=ru&sig=9ryN132%2Bw3sCxQw5Ug%2FOFKRgjkWhxG9JzE4tZFF1CrA%3D&tn=orders";
    public const string ExampleArchiveExportUrl = "https://twltq8ug7.table.core.chinacloudapi.cn/orders?sv=2019-02-02&spr=https%2Chttp&se=2026-11-21T23%3A10%3A59Z&sp=ru&sig=<signature>&tn=orders";
    public const string MediaExportUrl = "BlobEndpoint=https://data6oor0pd16.blob.core.windows.net/;FileEndpoint=https://data6oor0pd16.file.core.windows.net/;SharedAccessSignature=sv=2021-06-08\u0026ss=b\u0026srt=o\u0026spr=https%2Chttp\u0026st=2026-11-15T07%3A00%3A00Z\u0026se=2026-12-11T16%3A41%3A58Z\u0026sip=168.1.5.60-168.1.5.70\u0026sp=wup\u0026sig=im0tQFULizIw5tihI330CFXeBJ%2BSHXleqZY%2Fog8ZIDc%3D;TableEndpoint=https://data6oor0pd16.table.core.windows.net/;QueueEndpoint=https://data6oor0pd16.queue.core.windows.net/";
    public const string EtlExportUrl = "https://sasvfydbo.blob.core.windows.net/?sv=2020-06-12\u0026ss=btf\u0026srt=sco\u0026se=2025-11-23T19%3A49%3A10Z\u0026sp=ac" +
        "\u0026sig=yJw1FYdZ%2F9zNnk7famGRgBiAuvwVY0DB%2BLE%2BFCQGjNA%3D";
    public const string ReportsExportUrl = "https://app.contoso.example/open?target=https%3A%2F%2Flogskp2j.table.core.windows.net%2Fsessions()%3Fsv%3D2019-02-02%26se%3D2026-11-21T21%253A27%253A56Z%26sp%3Da" +
        "%26sig%3DP8KxbJB6MDLXuNZWaUvhJIVGQSoItzT%252BA%252B29eF%252Bp9sk%253D%26tn%3Dsessions%26spk%3Dtenant-001%26epk%3Dtenant-099";
    public const string AuditExportUrl = "https://app.contoso.example/open?target=http%3A%2F%2F127.0.0.1%3A10000%2Fcontosolbvszn%2Fraw%2Flanding%2Ferp%3Fsv%3D2020-02-10%26spr%3Dhttps%252Chttp%26se%3D2027-02-01T09%253A24%253A21Z%26skoid%3D178d3bfb-dc16-4a87-adc7-08ed11204488%26sktid%3Df31ba874-0d23-415d-a3f3-238935ee06b3%26skt%3D2026-11-19T19%253A00%253A00Z%26ske%3D2026-11-24T12%253A00%253A00Z%26sks%3Ddfs%26skv%3D2025-01-05%26sr%3Dd%26sp%3Drcdlp%26sig%3DOYBlGQ8Ei5YI" +
        "Pn4XKEp1BaSQjnRN6%252BmtjoWFXA5AvGs%253D%26sdd%3D2";
}
