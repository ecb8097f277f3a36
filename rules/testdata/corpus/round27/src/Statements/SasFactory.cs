using Azure.Storage;
using Azure.Storage.Sas;

namespace Statements;

public static class SasFactory
{
    private static readonly StorageSharedKeyCredential Credential = new(
        accountName: "statementskx6m",
        accountKey: "HxQC4JL0cB5e55UH2jsTwtaXc2gfWrtjqpj/DPKLB2Bs5dbqtrHnH1lnCoxdZufNbzY8YUfzMY7qtbC2VYoOjg==");

    // unit test fixture: looks like a storage key but checksum is wrong
    internal const string FixtureKey = "TFROUBEi2p7QogCpz4nfmZZQIjY35NTn78SIgNd5REeMPI+iSw2Dx07KLDfDK7GZYte2LkPUXkh2+AStdBraew==";

    public static Uri ForStatement(string blobName) {
        var b = new BlobSasBuilder { BlobContainerName = "statements", BlobName = blobName, Resource = "b",
            ExpiresOn = DateTimeOffset.UtcNow.AddHours(1) };
        b.SetPermissions(BlobSasPermissions.Read);
        return new Uri($"https://statementskx6m.blob.core.windows.net/statements/{blobName}?{b.ToSasQueryParameters(Credential)}");
    }
}
