namespace Contoso.Export;

public static partial class Settings
{
    public const string PrimaryExportUrl = "https://prod2j08fdu5o.blob.core.windows.net/?sv=2025-07-05&amp;ss=btf&amp;srt=so&amp;spr=https%2Chttp&amp;se=2026-12-09T22%3A49%3A48Z&amp;sp=rdlu" +
        "&amp;sig=UNdjvZbV%2FL6ZJJLqCsD5sjc3zOZWkZ6QzTfctmSbrE0%3D";
    public const string BackupExportUrl = "https://contoso-o0pkxnjl.z01.azurefd.net/sessions()?sv=2019-02-02\u0026spr=https%2Chttp\u0026se=2026-11-22T21%3A07%3A18Z\u0026sp=ru\u0026sig=JeHtXTezmNaj9uv38mMtpjBvTKLQC%2FMWtqYG2Hkjalk%3D\u0026tn=sessions";
    public const string ArchiveExportUrl = "https://ml9v5m3nw.blob.core.windows.net/?sv=2026-02-06&ss=bf&srt=o&st=2026-11-17T09%3A00%3A00Z&se=2026-11-22T13%3A51%3A44Z&sip=10.0.0.1-10.0.0.255&sp=rdflauiy&sig=2eM6y3Q5QMBW" +
        "w2%2FssG69NyGvx9%2FoJAiMTa3Xq5HJGeQ%3D";
    public const string MediaExportUrl = "http://127.0.0.1:10002/media2rn4a/Customers?sv=2019-02-02&spr=https%2Chttp&st=2025-12-17T15%3A32%3A31Z&se=2026-01-02T21%3A32%3A31Z&sp=ra" +
        "&sig=6f0EInSqw9kr3UhFLqzbQsYAifb1aAPo1X9L3CZBWUQ%3D&tn=Customers";
    public const string ExampleMediaExportUrl = "http://127.0.0.1:10002/media2rn4a/Customers?sv=2019-02-02&spr=https%2Chttp&st=2025-12-17T15%3A32%3A31Z&se=2026-01-02T21%3A32%3A31Z&sp=ra&sig=<signature>&tn=Customers";
    public const string EtlExportUrl = "HostName=fleet-5r9p.azure-devices.net;DeviceId=edge-gw;ModuleId=filter;SharedAccessKey=4P6vg2WyC9kupVwnGm4I7usHCHNwPvnwFO7GoxgrC9c=;";
    public const string ReportsExportUrl = "https://mn9v9a.azureedge.net/poison/messages?sv=2019-02-02&st=2026-11-13T04%3A00%3A00Z&se=2027-06-07T08%3A59%3A20Z&sp=rau" +
        "&sig=PBXi%2B19ilLLuwVdN0el%2BcKYGjlMgMrwjoeDxq1ghQuU%3D";
    public const string AuditStorageAccountKey = "u46z2Cl2I1EJs226QRs6nqRyWPnjouZAU78j76E4Ui3NOMldKdqXE945G89ibFljQ0JtVUQMjQu/dVAKIDikbQ==";
    public const string ExampleAuditStorageAccountKey = "<storage-account-key>";
}
