package com.wingtip.archive;

import com.azure.core.credential.AzureNamedKeyCredential;
import com.azure.data.tables.TableClient;
import com.azure.data.tables.TableClientBuilder;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobContainerClientBuilder;

public final class ArchiveClients {
    private ArchiveClients() {}

    public static BlobContainerClient statements() {
        return new BlobContainerClientBuilder()
                .endpoint("https://wtarchivejv5.blob.core.windows.net")
                .containerName("statements")
                .sasToken("sv=2022-11-02&spr=https&se=2027-10-15T00%3A00%3A00Z&sr=c&sp=rcw&sig=GBV4BjY8NRakf4%2FcSeRRrZ4G3K05LGF%2BHloNk8nUIrY%3D")
                .buildClient();
    }

    public static BlobContainerClient legacy() {
        return new BlobContainerClientBuilder()
                .endpoint("https://wtarchivejv5.blob.core.windows.net")
                .containerName("legacy")
                .sasToken("sv=2022-11-02&sr=c&sp=r&se=2027-10-15T00%3A00%3A00Z&spr=https&sig=REPLACE_ME")
                .buildClient();
    }

    public static TableClient index() {
        return new TableClientBuilder()
                .endpoint("https://wtarchivejv5.table.core.windows.net")
                .tableName("statementindex")
                .credential(new AzureNamedKeyCredential("wtarchivejv5", "vAyRxYxEQzxh2/Sn5UruyDnDSDyRz1e448la5klNAjp8gqJTZ7uCMBODalfN3KDj1n5FpQv8WoTVzMjLOMaQ9Q=="))
                .buildClient();
    }
}
