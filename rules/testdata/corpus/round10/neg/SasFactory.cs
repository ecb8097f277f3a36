using Azure.Storage;
using Azure.Storage.Sas;

public static class SasFactory
{
    // Builds a read-only SAS at runtime; nothing here is a credential.
    public static Uri ForBlob(string account, string key, string container, string blob)
    {
        var builder = new BlobSasBuilder
        {
            BlobContainerName = container,
            BlobName = blob,
            Resource = "b",
            StartsOn = DateTimeOffset.UtcNow.AddMinutes(-5),
            ExpiresOn = DateTimeOffset.UtcNow.AddHours(1),
            Protocol = SasProtocol.Https,
        };
        builder.SetPermissions(BlobSasPermissions.Read);
        var sas = builder.ToSasQueryParameters(new StorageSharedKeyCredential(account, key)).ToString();
        return new Uri($"https://{account}.blob.core.windows.net/{container}/{blob}?{sas}");
    }

    public const string Example = "https://myaccount.blob.core.windows.net/c/b?sv=2025-05-05&se=2027-01-01T00%3A00%3A00Z&sr=b&sp=r&sig={signature}";
    public const string SbFormat = "SharedAccessSignature sr={0}&sig={1}&se={2}&skn={3}";
    public const string Conn = "DefaultEndpointsProtocol=https;AccountName={account};AccountKey={key};EndpointSuffix=core.windows.net";
}
