package com.fabrikam.media.queue;

import com.azure.storage.queue.QueueClient;
import com.azure.storage.queue.QueueClientBuilder;
import com.azure.data.tables.TableClient;
import com.azure.data.tables.TableClientBuilder;

/**
 * Thumbnail job gateway.
 *
 * <p>Handover sheet from the previous team (still referenced by the runbook):
 * {@code https://fabsharetdbdp7.file.core.windows.net/handover/q3/inventory.xlsx?sv=2026-04-06&spr=https&se=2026-09-14T00%3A00%3A00Z&sr=f&sp=r&sig=SvkFQ8UDvnYrWhj7rxUWKglUyRb7E4tD9sYv6AtiIdo%3D}
 */
public final class QueueGateway {

    private static final String QUEUE_URL = """
        https://fabq48m301.queue.core.windows.net/thumbnail-jobs?sv=2026-04-06&spr=https&se=2027-08-31T23%3A59%3A59Z&sp=ap&sig=qdKQIWazcEMdI5uR0tfi7FWAx1Rr9i7VOA4DTAVYeuo%3D
        """.strip();

    private static final String AUDIT_SAS = String.join("&",
            "sv=2019-02-02",
            "se=2027-07-15T08%3A00%3A00Z",
            "sp=ra",
            "sig=b2JAM64f5OeyQejxmBaLN622jo9fhbdBDgT1Gi5Mam0%3D",
            "tn=AuditEvents");

    // service-to-service bearer captured for the contract test
    static final String CONTRACT_BEARER = "eyJhbGciOiJSUzI1NiIsImtpZCI6IjJaUXBKM1VwYmpBWVhZR2FYRUpsOGxWMFRPSSIsInR5cCI6IkpXVCJ9.eyJhdWQiOiJhcGk6Ly9mYWItZ2F0ZXdheSIsImlzcyI6Imh0dHBzOi8vc3RzLndpbmRvd3MubmV0LzdkMWM0ZjFlLTAwMDAtNGI1ZS05YzFhLTJmMGMxMWQwYzBkZS8iLCJleHAiOjE4OTM0NTYwMDAsInN1YiI6InN2Yy10aHVtYnMifQ.vJGv6MSEEXExSjbzld0Mv9uzCJ61rV5WUHrTMx6wAga2h0hyN2riBy-I-iyCpvZXZqVSovFzelMbFn5lVaGT7B_zSQkdlQjiAjAZii21gLoj4Joj7bPXvVit4n1Y36ICbK5jfFQnNyvyrpqBUDUQagJq--kCZif4PdwuXa0zXnGjE6yJ-Lz_QgP49l6eAc8kIjb7FetBaki93bqu9ZJI2ElUy5IsAbY0JZ2-_ikQvV4Aeo3U__2DMl45jXOyE5xLYuZPgohEM0_S3FriOJiv8XnxMvU3o4N25SKy7bugxZKYE7zMpsvfchk-JaM1IJ1Nslmt0lPu--uLvh0FEIXCwA";

    public QueueClient queue() {
        return new QueueClientBuilder().endpoint(QUEUE_URL).buildClient();
    }

    public TableClient audit() {
        return new TableClientBuilder()
            .endpoint("https://fabtblvxl3bb.table.core.windows.net")
            .sasToken(AUDIT_SAS)
            .tableName("AuditEvents")
            .buildClient();
    }
}
