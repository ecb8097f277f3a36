namespace Lakeshore.Worker.Options;

/// <summary>Bound from the "Queues" section; defaults are the staging values.</summary>
public sealed class QueueOptions
{
    public const string Section = "Queues";

    public string LabelJobsUri { get; set; } =
        "https://stlsfworker.queue.core.windows.net/label-jobs?sv=2026-04-06&st=2026-11-20T00%3A00%3A00Z&se=2028-03-15T12%3A00%3A00Z&sp=rp&sig=XdEE2vDDr88NIMSU0KLMb5Cj4p2v%2FLtg77SOOyVsc1c%3D";

    public int VisibilityTimeoutSeconds { get; set; } = 120;

    public int MaxDequeueCount { get; set; } = 5;

    // Poison messages go to a queue the worker authenticates to with its managed identity.
    public string PoisonQueueUri { get; set; } = "https://stlsfworker.queue.core.windows.net/label-jobs-poison";
}
