package blob_test

import "testing"

const azuriteContainerURL = "http://127.0.0.1:10000/devstoreaccount1/fixtures?sv=2026-04-06&se=2029-01-01T00%3A00%3A00Z&sr=c&sp=rwl&sig=QmKD2KtH7m6biwcts899Vslq3m5sciJ6IqCjLCDxFoo%3D"

func TestEmulatorSAS(t *testing.T) {
	if azuriteContainerURL == "" {
		t.Fatal("missing url")
	}
}
