using System;

namespace Lakeshore.Partners;

public sealed record SasFields
{
    public string Version { get; init; } = "";
    public string Resource { get; init; } = "";
    public string Permissions { get; init; } = "";
    public string StartsOn { get; init; } = "";
    public string ExpiresOn { get; init; } = "";
    public string SignedObjectId { get; init; } = "";
    public string SignedTenantId { get; init; } = "";
    public string SignedKeyStart { get; init; } = "";
    public string SignedKeyExpiry { get; init; } = "";
    public string SignedKeyService { get; init; } = "";
    public string SignedKeyVersion { get; init; } = "";
    public string Signature { get; init; } = "";

    public string ToQuery() =>
        $"sv={Version}&st={Uri.EscapeDataString(StartsOn)}&se={Uri.EscapeDataString(ExpiresOn)}" +
        $"&skoid={SignedObjectId}&sktid={SignedTenantId}&skt={Uri.EscapeDataString(SignedKeyStart)}" +
        $"&ske={Uri.EscapeDataString(SignedKeyExpiry)}&sks={SignedKeyService}&skv={SignedKeyVersion}" +
        $"&sr={Resource}&sp={Permissions}&sig={Uri.EscapeDataString(Signature)}";
}

public static class PartnerSasDefaults
{
    // user delegation SAS for the outbound container, issued by the platform team (valid through 2027-09)
    public static readonly SasFields Outbound = new()
    {
        Version = "2026-04-06",
        Resource = "c",
        Permissions = "rl",
        StartsOn = "2026-11-20T00:00:00Z",
        ExpiresOn = "2027-09-30T00:00:00Z",
        SignedObjectId = "5b1c9f2e-8d7a-4c3e-9f10-2a7b6c4d8e91",
        SignedTenantId = "3d2f6a1b-7c84-4e59-a0b2-9c1e5f7d3a60",
        SignedKeyStart = "2026-11-20T00:00:00Z",
        SignedKeyExpiry = "2027-09-30T00:00:00Z",
        SignedKeyService = "b",
        SignedKeyVersion = "2023-11-03",
        Signature = "Wne4fko0Eur8D4QsySkRH3FCC9XLGoO56xilTjp9+eQ=",
    };

    // shape for integration tests; the signature is filled from the test key vault
    public static readonly SasFields TestTemplate = new()
    {
        Version = "2025-01-05",
        Resource = "c",
        Permissions = "rl",
        StartsOn = "2026-01-01T00:00:00Z",
        ExpiresOn = "2026-01-02T00:00:00Z",
        SignedObjectId = "00000000-0000-0000-0000-000000000000",
        SignedTenantId = "00000000-0000-0000-0000-000000000000",
        Signature = "<from-test-keyvault>",
    };

    public static Uri OutboundUri(string blob) =>
        new($"https://stlsfpartner6.blob.core.windows.net/outbound/{blob}?{Outbound.ToQuery()}");
}
