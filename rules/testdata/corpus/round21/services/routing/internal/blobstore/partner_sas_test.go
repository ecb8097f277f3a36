package blobstore

import (
	"strings"
	"testing"
)

func TestParseSAS(t *testing.T) {
	cases := []struct {
		name    string
		raw     string
		wantErr bool
	}{
		{
			name: "recorded fixture (expired, kept for parser coverage)",
			raw:  "https://hlroutingtest2.blob.core.windows.net/fixtures/routes/2026-06.geojson?sv=2022-11-02&spr=https&se=2026-07-01T00%3A00%3A00Z&sr=b&sp=r&sig=CV81Od6OI6x5P3%2Bje9ZdcRU1%2BaFEQpE4sfYWB1XnvQw%3D",
		},
		{
			name:    "redacted",
			raw:     "https://hlroutingtest2.blob.core.windows.net/fixtures/x.json?sv=2022-11-02&sr=b&sp=r&se=2027-01-01T00%3A00%3A00Z&sig=REDACTED",
			wantErr: true,
		},
		{
			name: "queue (integration env)",
			raw: "https://hlroutingq9.queue.core.windows.net/route-recalc?sv=2021-12-02&spr=https&se=2028-01-15T00%3A00%3A00Z&sp=ap" +
				"&sig=pDdhTxvN%2BMzPMPK2d%2FyhxL7c2rw6Q%2FVbMC7poo5k4mo%3D",
		},
		{
			name:    "no signature",
			raw:     "https://hlroutingq9.queue.core.windows.net/route-recalc?sv=2021-12-02&se=2028-01-15T00%3A00%3A00Z&sp=ap",
			wantErr: true,
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseSAS(strings.TrimSpace(tc.raw))
			if (err != nil) != tc.wantErr {
				t.Fatalf("err=%v wantErr=%v", err, tc.wantErr)
			}
		})
	}
}
