using System;

namespace Wingtip.Share;

internal static class ShareLinks
{
    private static readonly string AccountSas = string.Join("&", new[]
        {
            "sv=2022-11-02",
            "ss=bf",
            "srt=sco",
            "spr=https%2Chttp",
            "st=2026-11-01T00%3A00%3A00Z",
            "se=2027-11-01T00%3A00%3A00Z",
            "sp=rl",
            "sig=4fDgfc%2BejT3N%2FrNdB0qW4zs1nNBdFQAlbksGOlwr6Ps%3D",
        });

    // stored access policy "handoff-ro-2027" on container handoff (revocable)
    private const string HandoffSas = @"sv=2022-11-02&si=handoff-ro-2027&sr=c&sig=%2FlEoXu%2F7OATBpoqS6AMxKcp%2B0ByocwpZY9UuihI0pyI%3D";

    private const string HandoffTemplate = "sv=2022-11-02&sr=c&si=handoff-ro-2027&sig={0}";

    public static Uri Account(string path) => new($"https://wtshareacct4.blob.core.windows.net/{path}?{AccountSas}");
    public static Uri Handoff(string blob) => new($"https://wtshareacct4.blob.core.windows.net/handoff/{blob}?{HandoffSas}");
}
