package main

import (
	"github.com/Azure/azure-sdk-for-go/sdk/data/azcosmos"
	"github.com/Azure/azure-sdk-for-go/sdk/storage/azblob"
	"github.com/pulumi/pulumi-azure-native-sdk/storage/v2"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi"
)

type seedConfig struct {
	Account    string
	AccountKey string
	Container  string
}

var seed = seedConfig{
	Account:    "stxua5tnzdwv",
	AccountKey: "UO1rhhcTUwKyWfVki+supCx7dEh+nHV/KY8JXcaHC78vElL2dSBRzOiWfFmdXPoakJYI41s1YTcLr2flh28lTg==",
	Container:  "seed",
}

func clients() error {
	cred, err := azblob.NewSharedKeyCredential(seed.Account, seed.AccountKey)
	if err != nil {
		return err
	}
	_ = cred
	kc, err := azcosmos.NewKeyCredential("sNWeCQrcfKN9xQTOtdJnnZd2GT4pRbJqtO/py8lZ7mcyV+WqDLBNowjpN6RktyHXtc+Vlcndc7tPWoxcHFThCA==")
	if err != nil {
		return err
	}
	_, err = azcosmos.NewClientWithKey("https://cosmos-u3z8dixc.documents.azure.com:443/", kc, nil)
	return err
}

func main() {
	pulumi.Run(func(ctx *pulumi.Context) error {
		_, err := storage.NewBlob(ctx, "agent", &storage.BlobArgs{
			AccountName:       pulumi.String(seed.Account),
			ContainerName:     pulumi.String(seed.Container),
			ResourceGroupName: pulumi.String("rg-seed"),
			Source:            pulumi.NewRemoteAsset("https://stgwzqopl6ck.file.core.windows.net/assets/installer/agent.msi?sv=2026-04-06&se=2026-12-24T00%3A00%3A00Z&sr=f&sp=r&sig=RfOLdAppt1w5jHYni%2Fs%2Byc4cEjs8w3GNG4y6iP8Wstg%3D"),
		})
		return err
	})
}
