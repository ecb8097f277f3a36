using System;
using System.Text;

namespace Fabrikam.Thumbs;

public sealed record SasFields(string Version, string Resource, string Permissions, string Expiry, string Protocol, string Signature);

public static class ThumbStorage
{
    public const string Account = "fbkcsharpthumb";

    public static readonly SasFields Upload = new(
        Version: "2022-11-02", Resource: "c", Permissions: "racw",
        Expiry: "2027-08-08T00:00:00Z", Protocol: "https",
        Signature: "L6zpV3OTIfT4ZTkhD35UPgP5NaqDGudotA1qMAPR3Ys=");

    public static string IndexUrl() =>
        new StringBuilder("https://").Append(Account).Append(".table.core.windows.net/ThumbIndex")
            .Append("?sv=").Append("2019-02-02")
            .Append("&se=").Append("2028-05-01T00%3A00%3A00Z")
            .Append("&sp=").Append("rau")
            .Append("&sig=").Append(Uri.EscapeDataString("rfQzNVmERsTXjR1lziji4gnZFA2eFKsUnGNUJ3iGKOQ="))
            .Append("&tn=").Append("ThumbIndex")
            .ToString();
}
