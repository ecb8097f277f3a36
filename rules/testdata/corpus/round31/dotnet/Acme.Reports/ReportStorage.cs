using Azure.Storage;
using Azure.Storage.Sas;

namespace Acme.Reports;

internal static class ReportStorage
{
    private static readonly string[] SasFields =
    {
        "sv=2026-04-06",
        "ss=b",
        "srt=sco",
        "spr=https%2Chttp",
        "se=2029-01-22T18%3A46%3A25Z",
        "sp=rl",
        "sig=b90lJVRtZ0wd86h3OR%2Fng78hZ6ySu8zuTgOV9PLzPJ4%3D"
    };
    public static Uri Service => new UriBuilder("https://rj0fygvkcrft7wtij.blob.core.windows.net") { Query = string.Join("&", SasFields) }.Uri;
    private static readonly StorageSharedKeyCredential Cred =
        new("kbjzginx5ll3pjh", "+GD6lRx2uTC4SzF3nd2MkWDz6/kgVAVHoTiTnFkAO7DPOBzLLPjnnOxc56E3Xtiss2hVCcv7m8fSTCH+Dw6k3A==");
    public static string Sign(BlobSasBuilder b) => b.ToSasQueryParameters(Cred).ToString();
}
