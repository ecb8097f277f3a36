package sync

import (
	"os"

	"github.com/Azure/azure-sdk-for-go/sdk/storage/azblob"
)

// NewUploader builds the client from SAS_URL, e.g.
//
//	SAS_URL=https://fabsyncworker4.blob.core.windows.net/outbox?sv=2021-08-06&spr=https&se=2026-07-31T00%3A00%3A00Z&sr=c&sp=racwl&sig=qFvdcg%2Fa%2FKB5VhHN1d0SdxfsZne7MaAOvT5p8770Y5o%3D
func NewUploader() (*azblob.Client, error) {
	return azblob.NewClientWithNoCredential(os.Getenv("SAS_URL"), nil)
}

/*
   reporting (read-only) Cosmos account, until the managed identity lands:
   AccountEndpoint=https://fabsync-cosmos.documents.azure.com:443/;AccountKey=DvoKpEcPneXHPG5LwBPbjpgwgUnuh1KB1E1nxwDI+Tj1bTYy8qGzgFd1C7XwPHzNeSeZnCASetwfACDbZYOokQ==;
*/

const requestNonce = "o1FDI0HDGevTozKjTY2S54J4mhfF2/So" // replay-protection seed for tests
