package rules

import (
	"strings"
	"testing"
)

// TestKeyCredentials: a key passed to an SDK's key credential beside its
// name blocks with no other context, an account key as a storage key and a
// 32-byte key as a messaging key; a variable, a placeholder or the
// emulator's public key does not.
func TestKeyCredentials(t *testing.T) {
	e := testEngine(t, nil)
	conn := sampleByID(t, "t015").Text
	key := conn[strings.Index(conn, "AccountKey=")+len("AccountKey=") : strings.Index(conn, ";EndpointSuffix")]
	sb := sampleByID(t, "t019").Text
	sbKey := sb[strings.Index(sb, "SharedAccessKey=")+len("SharedAccessKey="):]
	const azurite = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
	cases := []struct {
		name, path, src, kind string
	}{
		{"python named key", "send.py", "credential=AzureNamedKeyCredential(\"send\", \"" + sbKey + "\")\n", KindServiceBusSAS},
		{"js storage shared key, arguments on lines", "up.js", "const cred = new StorageSharedKeyCredential(\n  \"acme\",\n  \"" + key + "\"\n);\n", KindStorageKey},
		{"go shared key", "main.go", "cred, err := azblob.NewSharedKeyCredential(\"acme\", \"" + key + "\")\n", KindStorageKey},
		{"tables named key", "Tables.cs", "var cred = new AzureNamedKeyCredential(\"acme\", \"" + key + "\");\n", KindStorageKey},
		{"key from a variable", "send2.py", "credential=AzureNamedKeyCredential(\"send\", os.environ[\"KEY\"])\n", ""},
		{"placeholder", "send3.py", "credential=AzureNamedKeyCredential(\"send\", \"<your-key>\")\n", ""},
		{"azurite", "dev.js", "new StorageSharedKeyCredential(\"devstoreaccount1\", \"" + azurite + "\")\n", ""},
	}
	for _, c := range cases {
		fs := e.Scan(c.path, []byte(c.src))
		if c.kind == "" {
			if len(fs) != 0 {
				t.Errorf("%s: %d findings %v, want none", c.name, len(fs), findingKinds(fs))
			}
			continue
		}
		if len(fs) != 1 || fs[0].Kind != c.kind || fs[0].Severity != SeverityError {
			t.Errorf("%s: %d findings %v, want one %s", c.name, len(fs), findingKinds(fs), c.kind)
			continue
		}
		if secret := c.src[fs[0].SecretSpan.Start:fs[0].SecretSpan.End]; secret != key && secret != sbKey {
			t.Errorf("%s: secret span holds %q", c.name, maskSecret(secret))
		}
		if strings.Contains(fs[0].Redacted, key) || strings.Contains(fs[0].Redacted, sbKey) {
			t.Errorf("%s: secret printed in %q", c.name, fs[0].Redacted)
		}
	}
}
