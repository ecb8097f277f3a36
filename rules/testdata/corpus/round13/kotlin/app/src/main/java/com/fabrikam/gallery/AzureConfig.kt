package com.fabrikam.gallery

import com.azure.cosmos.CosmosClientBuilder
import com.azure.storage.blob.BlobContainerClientBuilder

object AzureConfig {
    const val THUMBNAILS_URL =
        "https://st03w30kkjg6.blob.core.windows.net/thumbnails?sv=2026-04-06&se=2028-03-31T23%3A59%3A59Z&sr=c&sp=rl&sig=ONhIPufoiCfHSYHYbfYTOlWD4bjcqiHxpf5gzPowAb4%3D"

    private const val COSMOS_ENDPOINT = "https://cosmos-appd2pux0fbq9.documents.azure.com:443/"
    private const val COSMOS_KEY = "pKg5EtYORW3SCW37pL9Z/GgVGxvKndFlrYV70vqLpTbtdSYiBWAgy/AIe1GvLmWicKXLfASQZmeHtGUUneFprA=="

    val thumbnails by lazy { BlobContainerClientBuilder().endpoint(THUMBNAILS_URL).buildClient() }
    val cosmos by lazy { CosmosClientBuilder().endpoint(COSMOS_ENDPOINT).key(COSMOS_KEY).buildClient() }
}
