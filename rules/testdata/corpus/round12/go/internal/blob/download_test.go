package blob

import (
	"context"
	"testing"
)

func TestParseSASURL(t *testing.T) {
	tests := []struct {
		name    string
		url     string
		wantErr bool
	}{
		{name: "prod", url: "https://st99kjcm5qbx.blob.core.windows.net/media/media/clip.mp4?sv=2026-04-06&se=2029-01-15T08%3A00%3A00Z&sr=b&sp=r&sig=xHGPTwLTp13lC8ZdBeVUwHWIDbyaxI3gQ9YVpBV6aME%3D"},
		{name: "expired", url: "https://stadg3qrxltf.blob.core.windows.net/media/media/old.mp4?sv=2026-04-06&se=2026-02-14T00%3A00%3A00Z&sr=b&sp=r&sig=wqioSR9bWzVLgG8Q0Smbn4imbmWcNcVCI37tAaQfU5g%3D", wantErr: true},
		{name: "azurite", url: "http://127.0.0.1:10000/devstoreaccount1/test/media/clip.mp4?sv=2026-04-06&se=2030-01-01T00%3A00%3A00Z&sr=b&sp=r&sig=g9GhTr0RMLq%2BjVFKoCf8HE43R1C5A652MOCfD6i0Ek8%3D"},
		{
			name: "delegated container",
			url:  "https://st57x08orw4x.blob.core.windows.net/media?sv=2026-04-06&se=2030-01-01T00%3A00%3A00Z&skoid=2153aaea-bc67-4c31-8f9e-7516a89be6ab&sktid=3b15164a-4842-4de6-82da-f10b1ca6c5a7&skt=2024-01-01T00%3A00%3A00Z&ske=2030-01-01T00%3A00%3A00Z&sks=b&skv=2023-11-03&sr=c&sp=rl&sig=2QyVlJ4QZ65NFxosEbCpfIcjM1%2B1pQ%2BdswdG2PN%2FTxQ%3D",
		},
		{name: "no sas", url: "https://example.invalid/media/clip.mp4", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Download(context.Background(), tt.url)
			if (err != nil) != tt.wantErr {
				t.Fatalf("Download() error = %v, wantErr %v", err, tt.wantErr)
			}
		})
	}
}
