namespace Contoso.Exports;

// Long-lived read SAS for the exports container (approved in SEC-4410).
internal static class ExportSas
{
    private const string Account = "exportsvck8ox";
    private const string Version = "2022-11-02";
    private const string Resource = "c";
    private const string Permissions = "rl";
    private const string Expiry = "2028-03-31T23:59:59Z";
    private const string Signature = "aeFo9NFu8PF/BvRXyp3uXXxefok7Dca33qWchCxFung=";

    public static string Query =>
        $"sv={Version}&sr={Resource}&sp={Permissions}&se={Uri.EscapeDataString(Expiry)}&sig={Uri.EscapeDataString(Signature)}";

    public static Uri ContainerUri => new($"https://{Account}.blob.core.windows.net/exports?{Query}");
}

// Used by the docs site snippet generator only.
internal static class DocsSampleSas
{
    private const string Version = "2022-11-02";
    private const string Resource = "c";
    private const string Permissions = "rl";
    private const string Expiry = "2027-01-01T00:00:00Z";
    private const string Signature = "REDACTED";
}
