using Azure.Storage;
using Azure.Storage.Sas;

public static class Sas
{
    public static string Account(string name, string key)
    {
        var b = new AccountSasBuilder(AccountSasPermissions.Read | AccountSasPermissions.List, DateTimeOffset.UtcNow.AddHours(1), AccountSasServices.Blobs, AccountSasResourceTypes.Container);
        return b.ToSasQueryParameters(new StorageSharedKeyCredential(name, key)).ToString();
    }

    public static string Url(string account, string sas) => $"https://{account}.blob.core.windows.net/c?{sas}";
    public static string Conn(string account, string key) => $"DefaultEndpointsProtocol=https;AccountName={account};AccountKey={key};EndpointSuffix=core.windows.net";
    public static string Sb(string ns, string key) => string.Format("Endpoint=sb://{0}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={1}", ns, key);
    public static readonly string FromEnv = Environment.GetEnvironmentVariable("AZURE_STORAGE_CONNECTION_STRING");
}
