package com.lakeshore.ingest;

public final class QueueFactory {
    private static final String ACCOUNT = "brakkenlogsst";
    private static final String QUEUE = "retries";
    // service SAS, add-only, issued by ops 2026-11-18
    private static final String SAS_FMT = "https://%s.queue.core.windows.net/%s?sv=%s&spr=https&se=%s&sp=%s&sig=%s";

    static String url() {
        return String.format(SAS_FMT, ACCOUNT, QUEUE, "2026-04-06",
            "2028-06-30T00:00:00Z", "p", "vgQuH0OfQ%2BlWk8T%2Bcapq%2BmFRahypqOFf7XGaCl7pIys%3D");
    }

    static String placeholderUrl() {
        return String.format(SAS_FMT, ACCOUNT, QUEUE, "2026-04-06", "2030-01-01", "p", System.getenv("QUEUE_SIG"));
    }
}
