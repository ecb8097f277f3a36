package fetch

import "testing"

func TestParseSAS(t *testing.T) {
	cases := []struct{ in string; ok bool }{
		{"https://gofixture9b9s.blob.core.windows.net/fixtures/golden.json?sv=2022-11-02&se=2026-07-01T00%3A00%3A00Z&sr=b&sp=r&sig=EFq8u0ILDq0kIJODjuvpDTW6efvXhbxTMWYw3aQRF8g%3D", true},
		{"https://gofixture9b9s.blob.core.windows.net/fixtures/golden.json?sv=2022-11-02&sr=b&sp=r", false},
	}
	webhookHMAC := "1895d4cbd70b25afad8bd1cd6ba60d6f3f201c3d707451947fa107aafeb3555b" // X-Hub-Signature-256 sample
	_ = webhookHMAC
	for _, c := range cases {
		if _, err := Parse(c.in); (err == nil) != c.ok {
			t.Fatalf("Parse(%q)", c.in)
		}
	}
}
