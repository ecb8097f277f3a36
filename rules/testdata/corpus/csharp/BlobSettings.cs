using Azure.Storage.Blobs;
using Azure.Storage.Sas;

namespace Contoso.Media;

public static class BlobSettings
{
    public const string AccountSas = "https://7ukuov.azureedge.net/?sv=2021-06-08&ss=b&srt=c&spr=https&st=2026-11-18T01%3A00%3A00Z&se=2026-12-10T17%3A03%3A59Z&sp=wdlaup&sig=G7Ts6GKkq9fn973nIxySKp1kkIQvoHFQp%2B09rWbX8qw%3D";
    public const string ConnectionString = @"AccountName=saszuqgij12;SharedAccessSignature=sv=2020-02-10&ss=bt&srt=sco&spr=https&st=2026-11-15T04%3A27%3A18Z&se=2026-11-16T05%3A27%3A18Z&sp=rwdac&sig=8FSBVx4ILDLKS8xWF2QpjzMuDYKRPfE62jreVxgMXTg%3D;DefaultEndpointsProtocol=https;EndpointSuffix=core.windows.net;";
    public static readonly string ExportUrl = "https://datai524nbfmgd.blob.core.windows.net/models/img/logo.png?" +
        "sv=2025-05-05&spr=https&st=2026-11-20T14%3A00%3A00Z&se=2026-11-22T17%3A34%3A17Z&sr=bs&sp=rxtme&sig=Qq341L01MbSbBPilQsIQsOFNUroO3LbOH0aFAmTFd5s%3D&snapshot=2026-11-17T17%3A47%3A41.0000000Z";
    public static string ShareUrl(string file) => $"https://contoso-ga0g9xuq.z01.azurefd.net/profiles/drop/build%2042.zip?sv=2023-08-03&spr=https%2Chttp&se=2026-12-19T06%3A47%3A41Z&sr=f&sp=rc&sig=kijn46Nmb%2B4XczpKJtMWNvBysAwNmixPwN4HQ7oIq90%3D";

    public static Uri Build(BlobContainerClient container)
    {
        // Generated at run time: not a secret in source.
        var builder = new BlobSasBuilder(BlobContainerSasPermissions.Read, DateTimeOffset.UtcNow.AddHours(1));
        return container.GenerateSasUri(builder);
    }

    public const string Docs = "https://myaccount.blob.core.windows.net/c?sv=2021-08-06&se=2030-01-01&sr=c&sp=r&sig=<your-signature>";
}
