namespace Contoso.Export;

public static partial class Settings
{
    public const string PrimaryExportUrl = "https://login.contoso.example/cb?state=Endpoint%253Dsb%253A%252F%252Ffleet-exrp.servicebus.chinacloudapi.cn%252F%253BSharedAccessKeyName%253Dsend%253BSharedAccessKey%253DO1dgfPHyfYjt" +
        "1dOjqVcT415Go8YyQfZZE19k4qGzSYg%253D%253BEntityPath%253Dtelemetry";
    public const string ExamplePrimaryExportUrl = "https://login.contoso.example/cb?state=Endpoint%253Dsb%253A%252F%252Ffleet-exrp.servicebus.chinacloudapi.cn%252F%253BSharedAccessKeyName%253Dsend%253BSharedAccessKey%253D%253Cshared-access-key%253E%253BEntityPath%253Dtelemetry";
    public const string BackupExportUrl = "SharedAccessSignature sr=plant-n44a.azure-devices.net%2Fdevices%2Fsensor-01\u0026sig=WXcn21xlJf4PGrEd1WP%2BuvvDAykzlrT2ewb5HP6K%2FCQ%3D\u0026se=1794714608\u0026skn=iothubowner";
    public const string ArchiveExportUrl = "https://app.contoso.example/open?target=https%3A%2F%2Fmediaybe2p6zpfl.z32.blob.storage.azure.net%2Fdatasets%2Fbackups%2Fdb.bak%3Fsv%3D2020-08-04%26spr%3Dhttps%252Chttp%26se%3D2026-11-22T21%253A27%253A53Z%26sip%3D203.0.113.7%26sr%3Db%26sp%3Dwxmi%26sig%3DJFRrNzPN4JuJ" +
        "IvgORy7mLhoHGbP%252Fxf8ufLT14rO36DM%253D";
    public const string MediaExportUrl = "https://login.contoso.example/cb?state=HostName%253Dplant-pums.azure-devices.net%253BDeviceId%253Dsensor-01%253BSharedAccessKey%253D92GMB%252BVuEWF9lZzQvR4DfMS3zZE0wlLiUoBLGKMArBs%253D";
    public const string ExampleMediaExportUrl = "https://login.contoso.example/cb?state=HostName%253Dplant-pums.azure-devices.net%253BDeviceId%253Dsensor-01%253BSharedAccessKey%253D%253Cshared-access-key%253E";
    public const string EtlExportUrl = "https://login.contoso.example/cb?state=https%253A%252F%252Fbackupfppqrfgy5feb.queue.core.windows.net%252F%253Fsv%253D2020-02-10%2526ss%253Dtq%2526srt%253Dso%2526spr%253Dhttps%2526se%253D2026-11-20T20%25253A22%25253A55Z%2526sp%253Drxftcuy%2526sig%253DZyrjcv%25252" +
        "FdfHKy8zurzmGwku5sjXvq8Si%25252B9ZOuA%25252BB1iGg%25253D";
    public const string ReportsExportUrl = "https://mediaxgcb.table.core.windows.net/?sv=2020-06-12&amp;ss=t&amp;srt=co&amp;se=2026-11-22T06%3A15%3A47Z&amp;sp=dlc&amp;sig=wGppL%2BCa2JMhM1iiC%2F6%2BhaptISl01nSWNtg6qNJ9gvU%3D";
    public const string AuditExportUrl = "https://login.contoso.example/cb?state=Endpoint%253Dsb%253A%252F%252Ftelemetry-7og3.servicebus.windows.net%252F%253BSharedAccessKeyName%253DRootManageSharedAccessKey%253BSharedAccessKey%253D%252FH3bQmBLxoL5la41us3HQqMOU%252BihjZ7M8t4YwIPlp90%253D%253BEntityPath%253Dtelemetry";
}
