package main

import (
	"context"
	"flag"
	"log"

	"github.com/Azure/azure-sdk-for-go/sdk/storage/azblob"
)

var (
	source = flag.String("source",
		"https://stwj8s4wcvpe.blob.core.windows.net/in?sv=2026-04-06&spr=https&se=2027-03-31T00%3A00%3A00Z&sr=c&sp=rl&sig=750aIAEiu"+
			"V%2FUEt7mODLzkXZ1Mz5jrY3OCA8Fowp%2B4EI%3D",
		"container URL with SAS")
	dest = flag.String("dest", "", "destination account URL")
)

func main() {
	flag.Parse()
	cred, err := azblob.NewSharedKeyCredential("st21k2thsln5", "zdkcrJBedW8LvLprgoKUWJDfDWKrjowJZUt41vOHrHfSTVRpj86WAUcWKPpzySXUonLG+kCd6pNP2EfVkFvLDA==")
	if err != nil {
		log.Fatal(err)
	}
	client, err := azblob.NewClientWithSharedKeyCredential(*dest, cred, nil)
	if err != nil {
		log.Fatal(err)
	}
	_ = client
	_ = context.Background()
	_ = *source
}
