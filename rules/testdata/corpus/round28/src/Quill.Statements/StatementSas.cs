namespace Quill.Statements;

internal static class StatementSas
{
    private const string Account = "stquillcs8a467ca0";
    private const string SignedVersion = "2026-04-06";
    private const string SignedProtocol = "https";
    private const string SignedExpiry = "2028-05-15T03:00:00Z";
    private const string SignedResource = "c";
    private const string SignedPermissions = "rl";
    private const string Signature = "+uGsiqg7WY5QCPfLDrN5elMaCCQOlj6PfyeiQ0W02ZI=";

    public static Uri Container() => new($"https://{Account}.blob.core.windows.net/statements?sv={SignedVersion}&spr={SignedProtocol}&se={Uri.EscapeDataString(SignedExpiry)}&sr={SignedResource}&sp={SignedPermissions}&sig={Uri.EscapeDataString(Signature)}");
}
