namespace Contoso.Export;

public static partial class Settings
{
    public const string PrimaryExportUrl = "https://twjnmf0dn658ui.z11.blob.storage.azure.net/?sv=2021-04-10&ss=btqf&srt=so&se=2034-10-15T17%3A46%3A46Z&sp=wfaui&sig=Tarn7MB6JXg5EaTBgWZMnD75wyFUz1hfjJsK%2B%2F0BZPc%3D";
    public const string BackupExportUrl = "HostName=fleet-6xdr.azure-devices.net;DeviceId=edge-gw;ModuleId=filter;SharedAccessKey=HSxGAPQ9MfVNtZt4L7ElDBSUhO/Pu6/3GRQzt5dakMQ=;";
    public const string ExampleBackupExportUrl = "HostName=fleet-6xdr.azure-devices.net;DeviceId=edge-gw;ModuleId=filter;SharedAccessKey=<shared-access-key>;";
    public const string ArchiveExportUrl = "https://app.contoso.example/open?target=HostName%3Dmeters-rqyi.azure-devices.net%3BDeviceId%3Dtruck42%3BSharedAccessKey%3DOhczg8v%2FeC" +
        "D5X10yvCWhh0n5BQO%2Bsf8FLaKNPHGWCAw%3D%3B";
    public const string ExampleArchiveExportUrl = "https://app.contoso.example/open?target=HostName%3Dmeters-rqyi.azure-devices.net%3BDeviceId%3Dtruck42%3BSharedAccessKey%3D%3Cshared-access-key%3E%3B";
    public const string MediaExportUrl = "https://contoso0tfz0fn39o.queue.core.windows.net/orders-in/messages?sv=2015-04-05&amp;spr=https%2Chttp&amp;si=producer&amp;sig=ByFld3qTm2GgdIZ8zY2RdsaZz7WHbx6u3XOm3WlXr%2B0%3D";
    public const string EtlExportUrl = "SharedAccessSignature sr=fleet-jy4c.azure-devices.net&sig=SYzfe6X%2FZkNG7OXtoNKX5D0xNhBwRD%2FUOlLmRyXESY0%3D&se=1970253435";
    public const string ReportsExportUrl = "https://twp6i1p.privatelink.dfs.core.windows.net/bronze?sv=2020-04-08&se=2026-11-22T02%3A28%3A52Z&sip=168.1.5.60-168.1.5.70&sr=c&sp=rdmp" +
        "&sig=I79C4m%2Fq0oMIGhPZivgi77SmdSUpjIni7ZPEq8NBDwA%3D";
    public const string AuditExportUrl = "https:\/\/prodvvf9o8e3ihup.blob.core.windows.net\/backups\/backups\/db.bak?sv=2020-02-10&spr=https%2Chttp&se=2026-11-22T01%3A05%3A51Z&sr=bv&sp=cdxtmey&sig=j2gNOrpbtFhgHjkPTUlIuveL2ka7sdLZrFaHnuZ87x4%3D&versionid=2026-11-12T02%3A26%3A36.0000000Z";
}
