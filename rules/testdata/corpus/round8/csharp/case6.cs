namespace Contoso.Export;

public static partial class Settings
{
    public const string PrimaryExportUrl = "https://logs5x0pyt7m1rw.file.core.windows.net/config?restype=share&sv=2026-04-06&se=2026-11-18T07%3A19%3A04Z&sr=s&sp=cwl&sig=e48HM4d0yhcTyeL%2FCw7UJjb3eCN%2BZ4gh5zSgA%2FL40go%3D";
    public const string ExamplePrimaryExportUrl = "https://logs5x0pyt7m1rw.file.core.windows.net/config?restype=share&sv=2026-04-06&se=2026-11-18T07%3A19%3A04Z&sr=s&sp=cwl&sig=<signature>";
    public const string BackupExportUrl = "https:\/\/fabmcddzdgmg1o.table.core.windows.net\/sessions?sv=2019-02-02&spr=https%2Chttp&st=2026-11-14T10%3A00%3A00Z&se=2026-11-25T13%3A59%3A04Z&sp=rud&sig=qBf%2BLTyuJy" +
        "klfnzkNxyVqV%2FTDhFlrsTkKIaquETYLJQ%3D&tn=sessions&spk=tenant-001&epk=tenant-099";
    public const string ArchiveExportUrl = "https://app.contoso.example/open?target=https%3A%2F%2Fprode6tum.dfs.core.windows.net%2Fbronze%2Ftmp%2F2026%2F11%3Fsv%3D2025-07-05%26spr%3Dhttps%26se%3D2027-07-26T06%253A02%253A44Z%26skoid%3D43eeb0d2-cba8-4655-a98c-4dcc30e01980%26sktid%3Dca1b637d-d9c6-4bf8-a66a-d835c55ef727%26skt%3D2026-11-17T04%253A00%253A00Z%26ske%3D2026-11-23T07%253A00%253A00Z%26sks%3Ddfs%26skv%3D2020-02-10%26sr%3Dd%26sp%3Drwdle" +
        "%26sig%3D49KD2eltKzhSw5t0J5n8oQf6nWFCil2ZPVVJBwIZV%252BU%253D%26sdd%3D3";
    public const string MediaStorageAccountKey = "Qv2wrpadcAwpOMdfy7H3PTmDi2FgeKu1W9dtUkWPcnNjH0mJb1CvGOIJJt1/4tzY+iMBHBYh8Fnu+FQytY7YzA==";
    public const string ExampleMediaStorageAccountKey = "<storage-account-key>";
    public const string EtlExportUrl = "SharedAccessSignature sig=8b%2BamnEO9XDHHa7zwIktVFMpe2vEIDhTl38q3LBuCDI%3D" +
        "&amp;se=1645669891&amp;skn=listen&amp;sr=https%3A%2F%2Fevents-kqai.servicebus.windows.net%2Ftelemetry";
    public const string ReportsExportUrl = "https://login.contoso.example/cb?state=https%253A%252F%252F0m1s9j.azureedge.net%252Fsilver%252Fcurated%252Fsales%252F2026%253Fsv%253D2025-07-05%2526se%253D2026-11-21T00%25253A28%25253A44Z%2526sr%253Dd%2526sp%253Drawmop%2526sig%253DiNBfhdeN1Cg6O9lji2ahRP502j54ExealfCtw%25252BEr7%25252Bo%25253D%2526sdd%253D3";
    public const string ExampleReportsExportUrl = "https://login.contoso.example/cb?state=https%253A%252F%252F0m1s9j.azureedge.net%252Fsilver%252Fcurated%252Fsales%252F2026%253Fsv%253D2025-07-05%2526se%253D2026-11-21T00%25253A28%25253A44Z%2526sr%253Dd%2526sp%253Drawmop%2526sig%253D%253Csignature%253E%2526sdd%253D3";
    public const string AuditExportUrl = "https://mediatwupf6.privatelink.blob.core.windows.net/?sv=2020-08-04&amp;ss=bt&amp;srt=sco&amp;spr=https%2Chttp&amp;se=2026-11-22T02%3A36%3A12Z&amp;sp=wxaupi&amp;sig=%2Bb7Zm5WVnwX0Yy3%2FVlixoZ30l%2FQD03i1iHudiEw4ddw%3D";
}
