package rules

import (
	"encoding/base64"
	"strings"
	"testing"
)

// TestBase64Wrapped: a token stored base64-encoded (a Kubernetes Secret's
// data) is found, spans the encoded value, and keeps the plain token's
// fingerprint; program source is not searched for encoded values.
func TestBase64Wrapped(t *testing.T) {
	e := testEngine(t, nil)
	for _, s := range loadSamples(t).Samples {
		enc := base64.StdEncoding.EncodeToString([]byte(s.Text))
		content := "apiVersion: v1\nkind: Secret\ndata:\n  VALUE: " + enc + "\n"
		fs := e.Scan("k8s/secret.yaml", []byte(content))
		if len(fs) != 1 {
			t.Errorf("%s: got %d findings", s.ID, len(fs))
			continue
		}
		f := fs[0]
		if f.Kind != s.Kind || content[f.Span.Start:f.Span.End] != enc {
			t.Errorf("%s: kind %s span %v", s.ID, f.Kind, f.Span)
		}
		plain := e.Scan("x.txt", []byte(s.Text))[0]
		if f.Fingerprint != plain.Fingerprint {
			t.Errorf("%s: fingerprint differs from the plain token's", s.ID)
		}
		if !strings.HasPrefix(f.Redacted, "base64(") || strings.Contains(f.Redacted, enc) || len(f.Notes) == 0 {
			t.Errorf("%s: redacted %q notes %q", s.ID, f.Redacted, f.Notes)
		}
		if fs := e.Scan("main.go", []byte("var v = \""+enc+"\"\n")); len(fs) != 0 {
			t.Errorf("%s: base64 searched in program source", s.ID)
		}
	}
}
