package sasurl

import (
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	t.Parallel()

	tests := []struct {
		name        string
		in          string
		wantAccount string
		wantExpiry  time.Time
		wantErr     bool
	}{
		{
			name:        "container sas with stored policy",
			in:          "https://stmanifest6gw9oe.blob.core.windows.net/manifests?sv=2026-04-06&se=2027-09-15T00%3A00%3A00Z&si=ro-partners&sr=c&sp=rl&sig=kz%2FRAz5oy4oDh%2F9Oep5YTG1MIAWKHGN%2B8ipOsG%2F5zKw%3D",
			wantAccount: "stmanifest6gw9oe",
			wantExpiry:  time.Date(2027, 9, 15, 0, 0, 0, 0, time.UTC),
		},
		{
			// copied from the staging bucket while debugging #412, delegated user fields
			name:        "user delegation with delegated user",
			in:          "https://stmanifestlxo57i.blob.core.windows.net/manifests/v2/index.json?sv=2026-04-06&se=2027-06-30T00%3A00%3A00Z&skoid=32e1427d-d571-417d-aed4-05effa4044ad&sktid=9a34d256-1d5a-4acf-9565-92417811e8fb&skt=2027-06-23T00%3A00%3A00Z&ske=2027-06-30T00%3A00%3A00Z&sks=b&skv=2025-07-05&sr=b&sp=r&sduoid=4b1b90f9-14b6-4eb4-b750-7f74035a2779&skdutid=2fb8e46c-8848-402d-a718-75cbfd83bf96&sig=NAICPNTrUku2ZA61xSZZaiaPe8qMXjMAb6%2BMFSbMfew%3D",
			wantAccount: "stmanifestlxo57i",
			wantExpiry:  time.Date(2027, 6, 30, 0, 0, 0, 0, time.UTC),
		},
		{
			name:        "expired",
			in:          "https://stmanifestgha0so.blob.core.windows.net/manifests?sv=2026-04-06&se=2025-08-15T00%3A00%3A00Z&sr=c&sp=rl&sig=LUtQWyLqvCM%2BztiGtl1x1QtgWMOnKgjZfnykFS54RYU%3D",
			wantAccount: "stmanifestgha0so",
			wantExpiry:  time.Date(2025, 8, 15, 0, 0, 0, 0, time.UTC),
		},
		{
			name:        "redacted signature",
			in:          "https://stmanifest6gw9oe.blob.core.windows.net/manifests?sv=2026-04-06&se=2027-09-15T00%3A00%3A00Z&si=ro-partners&sr=c&sp=rl&sig=REDACTED",
			wantAccount: "stmanifest6gw9oe",
			wantExpiry:  time.Date(2027, 9, 15, 0, 0, 0, 0, time.UTC),
		},
		{
			name:    "missing signature",
			in:      "https://stpartnerxferzyx85p.blob.core.windows.net/?sv=2026-04-06&ss=b&srt=co&se=2028-01-01T00%3A00%3A00Z&sp=rl",
			wantErr: true,
		},
		{
			name:        "azurite",
			in:          "http://127.0.0.1:10000/devstoreaccount1/manifests?sv=2026-04-06&se=2030-01-01T00%3A00%3A00Z&sr=c&sp=rl&sig=LCnMnIER8NYQeqzk1F5SZs18DL83VP9msY9yzWauVdU%3D",
			wantAccount: "devstoreaccount1",
			wantExpiry:  time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC),
		},
		{
			name:    "not a url",
			in:      "sv=2026-04-06&sig=",
			wantErr: true,
		},
	}

	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := Parse(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("Parse() error = %v, wantErr %v", err, tt.wantErr)
			}
			if tt.wantErr {
				return
			}
			if got.Account != tt.wantAccount {
				t.Errorf("Account = %q, want %q", got.Account, tt.wantAccount)
			}
			if !got.Expiry.Equal(tt.wantExpiry) {
				t.Errorf("Expiry = %v, want %v", got.Expiry, tt.wantExpiry)
			}
		})
	}
}
