package com.contoso;

import com.azure.storage.blob.sas.BlobServiceSasSignatureValues;
import com.azure.storage.blob.sas.BlobSasPermission;
import java.time.OffsetDateTime;

public final class StorageConfig {
    static final String ACCOUNT_SAS = "https://contoso-qshfeciv.z01.azurefd.net/?sv=2020-02-10&ss=bq&srt=o&se=2026-12-20T21%3A04%3A54Z&sp=rwlcp&sig=3psWg1ChfbwKyb2bm%2FEDEfcQV3ICNdZ57A%2F87cZqBpY%3D";
    static final String EXPORT =
        "https://h29jzy.azureedge.net/backups/exports/2026/q3.csv?sv=2019-10-10&spr=https%2Chttp&se=2026-11-26T03%3A03%3A13Z&sr=bs&sp=racwx&sig=33roABg902FL4VI"
            + "GC8IIyrB7m5RkqUgvHIPQcphOUyo%3D&snapshot=2026-11-18T11%3A36%3A39.0000000Z";
    static final String CONN = "EndpointSuffix=core.windows.net;DefaultEndpointsProtocol=https;AccountKey=TvOeCbWQNtDOzUALKUkvRBgWMhbwYGqUP8sX6h/2Xad17nb3Rx7hp/irLkZX8fxl7frFaKPe+VFwVDbfAWpPsA==;AccountName=contosocx3i;";
    static final String TEXT_BLOCK = """
        https://mediasshpdl3.dfs.core.windows.net/bronze/landing/erp?sv=2023-11-03&spr=https&se=2026-11-27T09%3A00%3A06Z&sip=168.1.5.60-168.1.5.70&skoid=54a33499-4ed8-44bb-abbd-03e3b0950498&sktid=c9382790-d0bc-433f-a95d-825994ce902f&skt=2026-11-20T11%3A00%3A00Z&ske=2026-11-24T22%3A00%3A00Z&sks=b&skv=2021-08-06&sr=d&sp=acwop&sig=JORXyGP4E422x%2BN%2FdnFGDk0fpNpf0WgGcQLc0QV%2BjHY%3D&sdd=2&saoid=db3a0549-43a5-431b-ae47-f8f71a6e6fae&scid=677dac6a-7c73-402b-a0af-23aeb4a384b4
        """;

    static String sign(com.azure.storage.blob.BlobClient blob) {
        var values = new BlobServiceSasSignatureValues(OffsetDateTime.now().plusHours(1), new BlobSasPermission().setReadPermission(true));
        return blob.getBlobUrl() + "?" + blob.generateSas(values);
    }

    static final String DOC = "https://myaccount.blob.core.windows.net/c?sv=2021-08-06&sp=r&se=2030-01-01&sr=c&sig=EXAMPLE";
}
