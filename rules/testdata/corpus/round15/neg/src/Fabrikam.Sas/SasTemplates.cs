using System;
using System.Globalization;

namespace Fabrikam.Sas
{
    public static class SasTemplates
    {
        public static string ContainerUrl(string account, string container, DateTimeOffset exp, string sig) =>
            $"https://{account}.blob.core.windows.net/{container}?sv=2022-11-02&sr=c&sp=rl&se={exp.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}&sig={Uri.EscapeDataString(sig)}";

        public const string BusTokenFormat = "SharedAccessSignature sr={0}&sig={1}&se={2}&skn={3}";

        public const string StorageTemplate =
            "DefaultEndpointsProtocol=https;AccountName=<storage-account-name>;AccountKey=<storage-account-key>;EndpointSuffix=core.windows.net";
    }
}
