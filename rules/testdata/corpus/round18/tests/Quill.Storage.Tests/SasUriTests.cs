using System;
using Quill.Storage;
using Xunit;

namespace Quill.Storage.Tests;

public class SasUriTests
{
    [Theory]
    [InlineData("https://qmauditlogs.table.core.windows.net/AuditEvents?sv=2019-02-02&se=2028-06-30T00%3A00%3A00Z&sp=r&sig=Jwkw6ojL%2Fo8aJH1PD3voqE%2BJ7UL08QkvredHBnQehhU%3D&tn=AuditEvents", "qmauditlogs")]
    [InlineData("https://qmfilesharesprd.file.core.windows.net/exports?sv=2022-11-02&spr=https&se=2027-07-15T00%3A00%3A00Z&sr=s&sp=rl&sig=YtO9HemDjOIcrAdGqX0jHsE7%2Fwli2GgX3I9nCFTAFA8%3D", "qmfilesharesprd")]
    [InlineData("https://myaccount.blob.core.windows.net/c?sv=2022-11-02&sr=c&sp=r&sig=abc...", "myaccount")]
    public void AccountNameIsParsed(string uri, string expected)
    {
        Assert.Equal(expected, SasUri.Parse(new Uri(uri)).AccountName);
    }

    [Fact]
    public void EventHubsTokenIsNotAStorageSas()
    {
        const string token = "SharedAccessSignature sr=https%3A%2F%2Fqm-telemetry.servicebus.windows.net%2Fclicks&sig=BzjoDCZlN95jtmXo2oMssPlWqBvuvxAlTIxYTSNGW9M%3D&se=1777593600&skn=send-only";
        Assert.Throws<FormatException>(() => SasUri.Parse(token));
    }

    [Fact]
    public void EtagIsIgnored()
    {
        // ETag/Content-MD5 from a real response; base64 but not a secret
        var md5 = "ndTkYSaMgDT1yFZOFVxnpg==";
        Assert.False(SasUri.LooksLikeSignature(md5));
    }
}
