namespace Contoso.Export;

public static partial class Settings
{
    public const string PrimaryExportUrl = "https://app.contoso.example/open?target=https%3A%2F%2Ffab1oz9.z38.dfs.storage.azure.net%2Fraw%2Flanding%2Ferp%3Fsv%3D2021-06-08%26spr%3Dhttps%252Chttp%26st%3D2026-11-08T09%253A00%253A00Z%26se%3D2027-10-23T11%253A39%253A24Z%26skoid%3D49dd71e3-884c-44bb-a0cb-6aac590a3d77%26sktid%3D3c252046-e508-4f48-a327-cf6493437322%26skt%3D2026-11-17T12%253A00%253A00Z%26ske%3D2026-11-22T08%253A00%253A00Z%26sks%3Ddfs%26skv%3D2025-01-05%26sr%3Dd%26sp%3Dacwle%26sig%3Dwk9PkyETiHpsmFLB5gN0w7Y5cR%252BFlaTQFsxAuMEU7J4%253D%26sdd%3D2%26scid%3Db6b5a273-2d72-4909-aea0-a5d0985f75e0", OtherExportUrl = "https://app.contoso.example/open?target=https%3A%2F%2Fdata72wy0e907g9r.table.core.windows.net%2Faudit2026()%3Fsv%3D2019-02-02%26spr%3Dhttps%26se%3D2026-11-22T02%253A06%253A36Z%26sp%3Du%26sig%3DBdAytVWz6%252Bos%252BMTigNbDK%252F6lxAADiJQ4B5wNfcPPxSY%253D%26tn%3Daudit2026%26spk%3Dtenant-001%26epk%3Dtenant-099";
    public const string BackupExportUrl = "https://app.contoso.example/open?target=DefaultEndpointsProtocol%3Dhttp%3BBlobEndpoint%3Dhttps%3A%2F%2Fsap7dylgyey6um1.blob.core.windows.net%2F" +
        "%3BAccountKey%3DAlSjIzvc0TvRw8fX5%2FBMsfg2dTjhdtsCkZpcMuvf5p7IcsYj5MF0%2Fa%2FEuEVMFy0gpuGSJ52pQB3aqbD4YA0z5g%3D%3D%3BAccountName%3Dsap7dylgyey6um1%3BEndpointSuffix%3Dcore.windows.net%3B";
    public const string ArchiveExportUrl = "https://login.contoso.example/cb?state=SharedAccessSignature%2520sr%253Dfleet-qhit.azure-devices.net%2526sig%253D5%25252FmiG537Ud%25252B6hcr64nxlEvVv%25252Bor5%25252FwtMJWCPAKcbxco%25253D%2526se%253D1792860952%2526skn%253Diothubowner";
    public const string MediaExportUrl = "DefaultEndpointsProtocol=https;AccountName=datanaer8;AccountKey=R9yAf5Gpf+ub" +
        "eT6MaIi6E6fDYvneU8nLxQFMiZNM+AWE0wg/VCRFjih8BOZSqGX+dZLmNXD24u/DQFa1hWAiGw==";
    public const string EtlExportUrl = "SharedAccessKeyName=app;Endpoint=sb://telemetry-nn77.servicebus.windows.net/;SharedAccessKey=Jo6hXP7bde6i" +
        "Uk/LxtBkM3uB/o7i1Bdy7QkZm7gM+sg=";
    public const string ReportsExportUrl = "https://downloads.fabrikam.io/datasets?restype=container&comp=list&sv=2025-07-05&st=2026-11-12T10%3A00%3A00Z&se=2026-11-22T17%3A40%3A29Z&sr=c&sp=acdxlmeyf&sig=GoqmVh7yf33x" +
        "Fpj3Xa%2BZnq5u6rtUcA%2F0eCs4HDsSg%2Bg%3D";
    public const string ExampleReportsExportUrl = "https://downloads.fabrikam.io/datasets?restype=container&comp=list&sv=2025-07-05&st=2026-11-12T10%3A00%3A00Z&se=2026-11-22T17%3A40%3A29Z&sr=c&sp=acdxlmeyf&sig=<signature>";
    public const string AuditExportUrl = "SharedAccessSignature sr=fleet-6jdl.azure-devices.net%2Fdevices%2Fsensor-01\u0026sig=%2FR5owSAQl5J0xPNZ%2FOUY30%2BCHw5E36%2BkQV5R3VZdGIY%3D\u0026se=2254780947\u0026skn=iothubowner";
    public const string ExampleAuditExportUrl = "SharedAccessSignature sr=fleet-6jdl.azure-devices.net%2Fdevices%2Fsensor-01\u0026sig=\u003csignature\u003e\u0026se=2254780947\u0026skn=iothubowner";
}
