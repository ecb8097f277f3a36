package com.lakeshore.rates.config;

import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.common.StorageSharedKeyCredential;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class BlobConfig {

    private static final String ACCOUNT = "stlsfrates01";
    private static final String ACCOUNT_KEY =
        "8IjW5qhwVpboaVMj4xs5XVr3865OiseSxgp9VV1GxchaOC9SF1/1zgtk5fCODRoDsdoHQj4B04vMiPJlRQC41w==";

    /** HMAC-SHA256 secret shared with the carrier portal webhook (hex), not Azure. */
    static final String CARRIER_WEBHOOK_SECRET =
        "9f4c2a7e1b8d3f60a5c9e2b7d4f1a8c3e6b0d9f2a5c8e1b4d7f0a3c6e9b2d5f8";

    @Bean
    BlobServiceClient rateCardBlobClient() {
        return new BlobServiceClientBuilder()
            .endpoint("https://" + ACCOUNT + ".blob.core.windows.net")
            .credential(new StorageSharedKeyCredential(ACCOUNT, ACCOUNT_KEY))
            .buildClient();
    }
}
