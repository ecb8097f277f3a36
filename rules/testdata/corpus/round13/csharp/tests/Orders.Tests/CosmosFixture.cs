using Microsoft.Azure.Cosmos;
using Xunit;

namespace Orders.Tests;

public class CosmosFixture : IAsyncLifetime
{
    // emulator (docker run mcr.microsoft.com/cosmosdb/linux/azure-cosmos-emulator)
    private const string EmulatorConnection =
        "AccountEndpoint=https://localhost:8081/;AccountKey=C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==;";

    // shared QA account -- ask #orders-qa before wiping
    private const string QaConnection = "AccountEndpoint=https://cosmos-qaudfelgxzk5.documents.azure.com:443/;AccountKey=FHmu6/+7btj1n8w50PQxU+mJXC61wxyMjoW3d8qs5SwyWDP3G1Wavv8tbUv1+bUG04YbrpyEzY9nqvCYq8auqw==;";

    public CosmosClient Client { get; private set; } = default!;

    public Task InitializeAsync()
    {
        var useQa = Environment.GetEnvironmentVariable("ORDERS_TEST_QA") == "1";
        Client = new CosmosClient(useQa ? QaConnection : EmulatorConnection);
        return Task.CompletedTask;
    }

    public Task DisposeAsync() { Client.Dispose(); return Task.CompletedTask; }
}
