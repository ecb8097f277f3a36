using Xunit;

namespace Contoso.Tests;

public class BlobDownloadTests
{
    [Theory]
    [InlineData("https://stogmhgkop9c.blob.core.windows.net/exports/x/report.csv?sv=2026-04-06&se=2027-06-01T12%3A00%3A00Z&sr=b&sp=r&sig=1hiqgROXJoL%2FLS0KGnxYUh8T51ACTUAS4Wv0opP8h4g%3D", true)]
    [InlineData("https://stn2rb61m2bk.blob.core.windows.net/exports/x/old.csv?sv=2026-04-06&se=2025-12-31T23%3A59%3A59Z&sr=b&sp=r&sig=eheGOBkUamBrvU1ct%2BfMn5Rzt7FKyYxOuour3HohYU0%3D", false)]
    [InlineData("http://127.0.0.1:10000/devstoreaccount1/test/x/report.csv?sv=2026-04-06&se=2030-01-01T00%3A00%3A00Z&sr=b&sp=r&sig=lAeN9YcVhvI8M4OvzP7Gsa0gck12Jl9%2B0%2BAj%2BpN%2FKBc%3D", true)]
    public async Task Download_RespectsExpiry(string url, bool expectSuccess)
    {
        var result = await new BlobDownloader().TryDownloadAsync(new Uri(url));
        Assert.Equal(expectSuccess, result.Success);
    }

    [Fact]
    public void Lake_Directory_Is_Listed()
    {
        var uri = new Uri("https://st5bj105j460.dfs.core.windows.net/lake/raw/partner?sv=2026-02-06&se=2031-12-31T00%3A00%3A00Z&sr=d&sp=rwl&sig=Rr7haHeo9s99tXjWx8rwEn%2FaJvRhogwZYtaLRGv5n40%3D&sdd=2");
        Assert.Contains("lake", uri.AbsolutePath);
    }
}
