@file:DependsOn("com.azure:azure-storage-blob:12.28.1")
import com.azure.storage.blob.BlobServiceClientBuilder
import com.azure.storage.common.StorageSharedKeyCredential

val client = BlobServiceClientBuilder()
    .endpoint("https://ktsyexdht.blob.core.windows.net")
    .credential(StorageSharedKeyCredential("ktsyexdht", "OCGcyhD8mz5cq9BQnYrjJ9olz9eF3CuXEUj0MU22RUB8X71H3CWw4kE4UKn8Jk+/B1+CW8gwQsQC3KAGmInWgQ=="))
    .buildClient()
