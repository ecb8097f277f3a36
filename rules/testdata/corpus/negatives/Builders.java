import com.azure.storage.blob.sas.BlobContainerSasPermission;
import com.azure.storage.blob.sas.BlobServiceSasSignatureValues;
import java.time.OffsetDateTime;

class Builders {
    static String sas(com.azure.storage.blob.BlobContainerClient c) {
        var v = new BlobServiceSasSignatureValues(OffsetDateTime.now().plusHours(1), new BlobContainerSasPermission().setReadPermission(true));
        return c.getBlobContainerUrl() + "?" + c.generateSas(v);
    }
    static final String TEMPLATE = "https://%s.blob.core.windows.net/%s?sv=%s&sig=%s";
    static final String ENV = System.getenv("AZURE_STORAGE_SAS");
}
