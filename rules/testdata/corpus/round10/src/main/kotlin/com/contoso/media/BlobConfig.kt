package com.contoso.media

import org.springframework.beans.factory.annotation.Value
import org.springframework.context.annotation.Configuration

@Configuration
class BlobConfig(
    @Value("\${media.thumbnails.url:https://stqcy5kvsv04.blob.core.windows.net/thumbnails?sv=2026-04-06&se=2027-02-14T00%3A00%3A00Z&skoid=aea0152c-bdf4-4a3c-8947-c0374613a150&sktid=9c64fbec-bb47-4135-a106-b482592ed5b8&skt=2024-01-01T00%3A00%3A00Z&ske=2027-02-14T00%3A00%3A00Z&sks=b&skv=2023-11-03&sr=c&sp=rl&sig=%2F%2BWP%2FGbBI39Wkh6mhE72ZDdGkOnQndFdkj8cFpV2W5I%3D}")
    val thumbnailsUrl: String,
    @Value("\${media.archive.url:https://std3n5dhdcfe.blob.core.windows.net/?sv=2026-04-06&ss=b&srt=o&spr=https&se=2025-12-31T00%3A00%3A00Z&sp=r&sig=dd3o3RwzfbkFJW6CqzsZ3uPptuY5L9S%2BPZQaEHg7siU%3D}")
    val archiveUrl: String,
    @Value("\${azure.storage.account-key}")
    val accountKey: String,
)
