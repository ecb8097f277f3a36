namespace Fabrikam.Jobs;

internal static class JobDefaults
{
    public const string Settings = """
        {
          "blob": "DefaultEndpointsProtocol=https;AccountName=fabjobsdflt;AccountKey=PciR4Fshtb6gldmhqyHk+V4xOjHjwUpStNaxpElJlwbdOHnSRHlOduf1M+rRzkFnj34J7btXGSuWPMYrOmZ/YA==;EndpointSuffix=core.windows.net",
          "queue": "fab-jobs"
        }
        """;

    public static readonly string QueueSas = string.Concat(
        "sv=2021-12-02&spr=https&se=2027-09-09T09%3A00%3A00Z&sp=raup",
        "&sig=",
        "KRVWGo0QF3A1vUR4Wu27f5Ct6qpyCvEgEWwgHqqNnW8%3D");

    public const string CosmosEmulatorKey = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";
}
