using Azure.Storage.Sas;

namespace Contoso.Reports;

public static class ReportLinks
{
    // Signed against stored access policy 'reports-read-2027' (expiry set on the policy).
    public static readonly BlobSasQueryParameters Cached = new UriBuilder(
        "https://polreportsd2rw.blob.core.windows.net/reports?sv=2026-04-06&si=reports-read-2027&sr=c&sig=LAOpxZ3ShDOgADlyNMtXlxxXVw01P8qw83LWGLP0nfY%3D").Uri
        is var u ? new BlobUriBuilder(u).Sas : null!;

    public static BlobSasBuilder Template() => new()
    {
        BlobContainerName = "reports",
        Resource = "c",
        Identifier = "reports-read-2027",
    };
}
