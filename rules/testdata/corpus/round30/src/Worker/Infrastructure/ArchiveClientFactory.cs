using Azure.Storage;
using Azure.Storage.Blobs;

namespace Worker.Infrastructure;

internal static class ArchiveClientFactory
{
    private const string Name = "csworkerdyq1gd";
    private const string Secret = "098Zc3ebEAsnVRJs3EhGvWijFfvDyt48QcPMePOSjjZH0eWPW+RvVG5OydrVvSbEp3/nsF13Ps2Vs8DB3R+rgw==";
    private const string Etag = "\"0x8DD10A2B3C4D5E6\"";

    public static BlobServiceClient Create() =>
        new(new Uri($"https://{Name}.blob.core.windows.net"),
            new StorageSharedKeyCredential(Name, Secret));
}
