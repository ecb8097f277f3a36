using Azure.Storage;
using Azure.Storage.Blobs;

namespace Exports;

public static class ExportClients
{
    private static readonly StorageSharedKeyCredential Cred =
        new("stexportsd68lmr", "E/4db8EDxyIdjM5w4MqIN8GgZCULe1u2BwGorAyf/mMrmw/U1ha3/bg/Cxuzkn0YvyF5BMUzfcXYQD7udCnqsg==");

    public static Uri PriceList(string blob) => new(string.Format(
        "https://{0}.blob.core.windows.net/{1}/{2}?sv={3}&se={4}&sr=c&sp=rl&sig={5}",
        "stpricingrfposv", "pricelists", blob, "2022-11-02", "2027-07-15T00:00:00Z", "FcTnOK5%2FzTGv63Na38PDxjR63sIEbBePWhm8ekIz1tk%3D"));

    public static readonly string ContentHash = "PrTffowVRQWF9NYSPu4FYYcQEw4eKfOW5X+s7X4NXGw=";
}
