namespace Payouts;

public static class PayoutLink
{
    private static readonly string[] Pieces =
    {
        "sv=2026-04-06",
        "spr=https",
        "st=2026-11-20T00%3A00%3A00Z",
        "se=2027-11-19T00%3A00%3A00Z",
        "skoid=a3b18180-4f3b-4b54-94ff-c22a32c99ddb",
        "sktid=601bd2a2-6243-41d5-8644-a4cac552f54c",
        "skt=2026-11-20T00%3A00%3A00Z",
        "ske=2027-11-19T00%3A00%3A00Z",
        "sks=b",
        "skv=2021-08-06",
        "sr=b",
        "sp=r",
        "sig=%2BJfgd93nvxFpd0BokW8%2FPYDa8fJXpvnK3Cs6Hede5rg%3D",
    };

    public static Uri Build() => new UriBuilder("https", "opsf2d5ko78m7t.blob.core.windows.net") { Path = "payouts/payouts/2026-11.csv", Query = string.Join("&", Pieces) }.Uri;
}
