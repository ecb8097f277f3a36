package com.fabrikam.ingest;

import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobContainerClientBuilder;
import com.azure.storage.common.StorageSharedKeyCredential;

public final class BlobSink {
    private static final String TELEMETRY_CONTAINER_URL =
        "https://st434sxsh2tc.blob.core.windows.net/telemetry?sv=2026-04-06&spr=https&se=2030-01-01T00%3A00%3A00Z&sr=c&sp=acw&sig=mN1U0URWv6pe%2F8IesnhYTrqoqyOkvtLAQf%2FGp5r2w8s%3D";

    private static final String ARCHIVE_ACCOUNT = "stingestp838uuv5nh";
    private static final String ARCHIVE_KEY = "/lIogSIdz6keqDuTGFMQdfIA9kNh0Y8ldXeIPqpaEJ01XyrA21HkvxYQ7LEzN24vVCf6wY/6K/cg7HSPdKL8kA==";

    public BlobContainerClient telemetry() {
        return new BlobContainerClientBuilder().endpoint(TELEMETRY_CONTAINER_URL).buildClient();
    }

    public BlobContainerClient archive() {
        return new BlobContainerClientBuilder()
            .endpoint("https://" + ARCHIVE_ACCOUNT + ".blob.core.windows.net")
            .containerName("archive")
            .credential(new StorageSharedKeyCredential(ARCHIVE_ACCOUNT, ARCHIVE_KEY))
            .buildClient();
    }
}
