using Azure.Data.Tables;
using Azure.Messaging.ServiceBus;

namespace Quarrymoor.Billing.Worker;

internal static class BusFactory
{
    private const string Namespace = "qm-billing-prod";

    public static ServiceBusClient CreateDeadLetterReplayClient()
    {
        // TODO: move to config; only used by the replay tool
        var conn = string.Format(
            "Endpoint=sb://{0}.servicebus.windows.net/;SharedAccessKeyName={1};SharedAccessKey={2}",
            Namespace,
            "replay-manage",
            "V/YeCAExIdtxDeir/sW/cbt5QU6u/wm+eGpMmA5nEOg=");
        return new ServiceBusClient(conn);
    }

    public static ServiceBusClient CreateFromVault(string vaultKey)
    {
        var conn = string.Format("Endpoint=sb://{0}.servicebus.windows.net/;SharedAccessKeyName={1};SharedAccessKey={2}", Namespace, "replay-manage", vaultKey);
        return new ServiceBusClient(conn);
    }

    // audit SAS from the 2026 ops rotation (expired end of September, see BILL-311)
    private const string AuditSas = "sv=2019-02-02&se=2026-09-30T00%3A00%3A00Z&sp=rau&sig=Bq4OqOL224an%2B7X7fOI3hz7GbDi1a6O21hSh8xV8V9E%3D&tn=InvoiceAudit";

    public static TableClient Audit() =>
        new(new Uri($"https://qmbillingaudt5.table.core.windows.net/InvoiceAudit?{AuditSas}"));
}
