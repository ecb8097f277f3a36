package com.contoso.catalog;

import com.azure.cosmos.CosmosClient;
import com.azure.cosmos.CosmosClientBuilder;
import com.azure.storage.common.StorageSharedKeyCredential;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Repository;

@Repository
public class CatalogRepository {

    @Value("${catalog.servicebus.connection-string:Endpoint=sb://sb-h9n80m7.servicebus.windows.net/;SharedAccessKeyName=catalog-listen;SharedAccessKey=xoKMBk0pR+pNFSFmMFPvr2d/T8nmHZ5wqT57ZJajADs=;EntityPath=catalog-updates}")
    private String updatesConnection;

    private final CosmosClient cosmos = new CosmosClientBuilder()
            .endpoint("https://cosmos-ibr7udeb.documents.azure.com:443/")
            .key("r3RdsTqEo6yKKOL2lTnBbXaq/GTc3BPHQKNf8kw00+x2mprOXanTWYvyBbyGBTZjzeSHF2ckfsXY6G9HMKcGMg==")
            .buildClient();

    private final StorageSharedKeyCredential images =
            new StorageSharedKeyCredential("stc5g2un5wbp",
                    "czeiMlChZOWwfhOgxSpqW3m3H2qgBLhDE9oxRq5nju8v/8+bYOmiVluRA064qhNITfX/CDbJkkCC/Hj347f/Dw==");

    private final CosmosClient local = new CosmosClientBuilder()
            .endpoint("https://localhost:8081")
            .key("C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==")
            .buildClient();
}
