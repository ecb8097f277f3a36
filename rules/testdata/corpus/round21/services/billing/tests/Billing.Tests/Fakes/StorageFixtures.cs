using Azure.Storage.Blobs;

namespace Billing.Tests.Fakes;

public static class StorageFixtures
{
    // Azurite; safe to commit.
    public const string Local =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;";

    // Shared integration account (reset weekly). Raw string so it can be pasted from the portal.
    public const string Integration = """
        DefaultEndpointsProtocol=https;
        AccountName=hlbillingit05;
        AccountKey=2CKu16aY9Dh7HnAWI23ISdqXowwPzBXeVPM0U1y0/l65wtU4eEBV8rYRnIV1qpHx1PN9NJkXL1KNx8Mc0aMXTw==;
        EndpointSuffix=core.windows.net
        """;

    // Used by the checksum-validation tests: signature looks right, checksum is wrong on purpose.
    public const string TamperedStorageKey = "xF52yH+Gh3nS7s8eyhLjMaPmevFsj47blIlyYlObBTT2lzLwYfxL2h3VhL8HwRVHFF5AimpF61A2+AStPag4Tg==";

    public static BlobServiceClient Create(bool integration) =>
        new(integration ? Integration.Replace("\n", "").Replace(" ", "") : Local);
}
