package blobref

import (
	"errors"
	"testing"
)

// Cases collected from bug reports; see #41 and #57.
func TestParse(t *testing.T) {
	tests := []struct {
		name        string
		in          string
		wantAccount string
		wantErr     error
	}{
		{"azurite", "http://127.0.0.1:10000/devstoreaccount1/test/a.txt?sv=2022-11-02&spr=https%2Chttp&se=2030-01-01T00%3A00%3A00Z&sr=b&sp=r&sig=YUb3ntjrh6GaA1ZEodqvWgPME01aVmxlR90uoM4maJ0%3D", "devstoreaccount1", nil},
		{
			name: "container sas from the staging bucket",
			in: "https://stgquillmdata01.blob.core.windows.net/ingest?sv=2022-11-02&spr=https&se=2027-09-30T00%3A00%3A00Z&sr=c&sp=rl" +
				"&sig=TN8dEBvxZSoN8SKPD5oRjn5WHYs6mTgLHNXr4LhF4f0%3D",
			wantAccount: "stgquillmdata01",
		},
		{
			name:        "dfs directory sas (raw string)",
			in:          `https://qmlakehouse7.dfs.core.windows.net/bronze/orders/2026?sv=2021-08-06&spr=https&se=2028-01-31T00%3A00%3A00Z&sr=d&sp=rl&sig=2BDniSpApnTIFQCgWTdwXEJsCMfG2tba5KdkAl5jO7I%3D&sdd=1`,
			wantAccount: "qmlakehouse7",
		},
		{"expired blob sas still parses", "https://stgquillmdata01.blob.core.windows.net/ingest/samples/orders.csv?sv=2022-11-02&spr=https&se=2026-02-14T00%3A00%3A00Z&sr=b&sp=r&sig=MCVI5c9UD1FzMHGnfv3l0gvEa0bwWVJJh2OFzGLHJYk%3D", "stgquillmdata01", nil},
		{"redacted", "https://stgquillmdata01.blob.core.windows.net/ingest?sv=2022-11-02&sr=c&sp=rl&se=2027-09-30T00%3A00%3A00Z&spr=https&sig=REDACTED", "stgquillmdata01", nil},
		{"no query", "https://stgquillmdata01.blob.core.windows.net/ingest/a.csv", "stgquillmdata01", nil},
		{"not a blob host", "https://example.com/a?sig=1", "", ErrNotBlobURL},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.in)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Parse(%q) err = %v, want %v", tt.in, err, tt.wantErr)
			}
			if err == nil && got.Account != tt.wantAccount {
				t.Errorf("account = %q, want %q", got.Account, tt.wantAccount)
			}
		})
	}
}
