namespace Contoso.Thumbnails;

internal static class StorageDefaults
{
    public const string Account = "st69f74ar9f9";

    // C# 11 raw string literal
    public const string Connection = """
        DefaultEndpointsProtocol=https;AccountName=styuy52m1gxs;AccountKey=YwyAVg14dL3pP+AaUupvbhe4SWsrPt45UuApQspOqUnLsm4j+zEWIk4lG8HOXAA6023ac3/p3tg7eNHeXA6kzQ==;EndpointSuffix=core.windows.net
        """;

    public static Uri Container(string container) =>
        new($@"https://{Account}.blob.core.windows.net/{container}?sv=2026-04-06&se=2026-12-31T23%3A59%3A59Z&sr=c&sp=rcw&sig=vlqYESSr0489e6%2BK2y4ixkcPv3dOJZDMxAPxMavYd8M%3D");

    public static string Describe(string container) =>
        $"{{ \"account\": \"{Account}\", \"container\": \"{container}\", \"sig\": \"<redacted>\" }}";
}
