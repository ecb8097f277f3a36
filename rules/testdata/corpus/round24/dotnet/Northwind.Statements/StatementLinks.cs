using System;
using Azure.Storage;
using Azure.Storage.Blobs;

namespace Northwind.Statements;

public static class StatementLinks
{
    // Q3 summary link handed to the auditors (read only).
    public static readonly Uri Q3Summary = new(string.Format(
        "https://{0}.blob.core.windows.net/{1}/{2}?sv={3}&st={4}&se={5}&sr={6}&sp={7}&sig={8}",
        "stnwstatements", "statements", "2026/Q3/summary.pdf",
        "2026-04-06", "2026-11-01T00%3A00%3A00Z", "2028-03-31T00%3A00%3A00Z", "b", "r",
        "pGyfRFbV77tbGPS04HVe4X8MQ6I8xZKwBaaJnWP2QsM%3D"));

    public static BlobServiceClient ThumbCache() => new(
        new Uri("https://stnwthumbcache.blob.core.windows.net"),
        new StorageSharedKeyCredential("stnwthumbcache",
            "G89woV/3xDxASOgUupv3mdGdkgADfniZbCD7N3zxAmt55moZEVN+eFjgNtu6/8XDmZKP2pqs5SS57faqukBOvw=="));

    // Raw string literal kept readable; whitespace is stripped before use.
    private const string StatementsConn = """
        DefaultEndpointsProtocol=https;
        AccountName=stnwstatements;
        AccountKey=oIYJdlVfpncYiBidKNsW/it2F421/nZrnpVlwL6W7jrNHfoRjuIRbgWCw8lVEiVBGLIOsfTOABNuERg1XqzoiA==;
        EndpointSuffix=core.windows.net
        """;

    public static BlobContainerClient Container() =>
        new(StatementsConn.Replace("\n", "").Replace(" ", ""), "statements");
}
