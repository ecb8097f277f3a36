namespace Contoso.Core;

internal static class StorageConstants
{
    public const string BackupBlobUrl = "https://stscbh9dowql.blob.core.windows.net/exports/backups/db.bak";

    public const string BackupSas = "sv=2026-04-06&se=2030-01-01T00%3A00%3A00Z&sr=b&sp=racw"
        + "&sig=PdUDUH1UH9wmXBGLKxYx7b89hWq32IHB2q0ZUOu6BpI%3D";

    public const string ReportingConnection =
        @"BlobEndpoint=https://stwy8kizcfum.blob.core.windows.net/;QueueEndpoint=https://stwy8kizcfum.queue.core.windows.net/;SharedAccessSignature=sv=2026-04-06&ss=bq&srt=co&se=2026-11-23T06%3A00%3A00Z&sp=rwl&sig=HjPXnFiN4oK8YDTxhdh2rc03IaDihbbaxIVTb74IU7Q%3D";

    public const int MaxParallelUploads = 8;
}
