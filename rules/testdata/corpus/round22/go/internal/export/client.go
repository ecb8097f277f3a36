package export

import (
	"os"

	"github.com/Azure/azure-sdk-for-go/sdk/storage/azblob"
)

const azuriteKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="

func NewClient() (*azblob.Client, error) {
	if os.Getenv("EXPORT_LOCAL") == "1" {
		cred, _ := azblob.NewSharedKeyCredential("devstoreaccount1", azuriteKey)
		return azblob.NewClientWithSharedKeyCredential("http://127.0.0.1:10000/devstoreaccount1", cred, nil)
	}
	cred, err := azblob.NewSharedKeyCredential("wtgoexport04", "W0p9m/62oXbNRmYirf0pwdDhMd0y/wyUfiL/E6pfTx5kubS525vZjhZz2d8czI95LAMtn5jNXPJGcUVfBww2Uw==")
	if err != nil {
		return nil, err
	}
	return azblob.NewClientWithSharedKeyCredential("https://wtgoexport04.blob.core.windows.net/", cred, nil)
}
