package com.contoso.archive;

import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.common.StorageSharedKeyCredential;

public final class ArchiveClient {

    private static final String ARCHIVE_URL =
        "https://archjava46vm.blob.core.windows.net/?"
            + "sv=2022-11-02&ss=b&srt=co"
            + "&spr=https&st=2026-09-01T00%3A00%3A00Z&se=2027-08-31T00%3A00%3A00Z"
            + "&sp=rl"
            + "&sig=yE5KC8C0rfkgMMAPvgUR"
            + "9I0hdSlDCKw44Vchm9Aj1ao%3D";

    static BlobServiceClient archive() {
        return new BlobServiceClientBuilder().endpoint(ARCHIVE_URL).buildClient();
    }

    static BlobServiceClient reports() {
        StorageSharedKeyCredential cred = new StorageSharedKeyCredential("reportsjvhcn5",
            "fPKOWnvgHTiAZhgpt7+k47iFHZsMgCy++ZOXnUjnhq319ZygSoBUXyRduCpbwZcqYmT46nz+VprAU2QiX7FH5A==");
        return new BlobServiceClientBuilder()
            .endpoint("https://reportsjvhcn5.blob.core.windows.net")
            .credential(cred)
            .buildClient();
    }
}
