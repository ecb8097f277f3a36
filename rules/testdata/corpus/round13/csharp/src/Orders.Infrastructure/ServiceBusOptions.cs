using Azure.Messaging.ServiceBus;
using Microsoft.Azure.Cosmos;

namespace Orders.Infrastructure;

public sealed class ServiceBusOptions
{
    public const string SectionName = "ServiceBus";

    // fallback used by the local worker profile
    internal const string DefaultConnection =
        "Endpoint=sb://sb-orders-jrsu655xbo.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=FgM/fUPuHvjmRG+vrT4kJmckM4X1homdM5aVroQNz1w=";

    public string ConnectionString { get; set; } = DefaultConnection;
    public string QueueName { get; set; } = "orders-inbound";
}

public static class OrderStore
{
    public static CosmosClient Create(
        string endpoint = "https://cosmos-ordzksf7bu9et.documents.azure.com:443/",
        string key = "NBUfP7kblxuOqFab29gwuHgS/kzSsCWLVLT9xg4YEaH/xSAgc3RuTY6bJ6OJUqX7vQz9FulxAwP5Gzd+VWLIuw==")
        => new CosmosClient(endpoint, key, new CosmosClientOptions { ApplicationName = "orders" });
}
