//go:build integration

package store

import "testing"

const (
	azuriteConn = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"
	// pre-signed against the well-known Azurite key so the test needs no credential
	azuriteSASURL = "http://127.0.0.1:10000/devstoreaccount1/fixtures/invoice.pdf?sv=2026-04-06&spr=https%2Chttp&se=2030-01-01T00%3A00%3A00Z&sr=b&sp=r&sig=pQU28FNG3ZeUxF8pcQG69HIsyGkDMpmDYg82zmqTF0w%3D"
	devShortcut   = "UseDevelopmentStorage=true"
)

func TestDownloadWithSAS(t *testing.T) {
	if _, err := Download(azuriteSASURL); err != nil {
		t.Fatal(err)
	}
}
