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

// TestBase64WrappedLines: base64 wrapped at 76 columns over indented lines
// (cloud-init write_files with encoding: b64) is read whole, and every
// token a decoded body holds is reported with its own kind, not only the
// first.
func TestBase64WrappedLines(t *testing.T) {
	e := testEngine(t, nil)
	sas := sampleByID(t, "t006")
	enc := base64.StdEncoding.EncodeToString([]byte("ENV=Staging\nDEPLOY_SAS_URL=" + sas.Text + "\nFEATURE_X=1\n"))
	var wrapped strings.Builder
	for i := 0; i < len(enc); i += 76 {
		wrapped.WriteString("      " + enc[i:min(len(enc), i+76)] + "\n")
	}
	doc := "write_files:\n  - path: /opt/worker/.env\n    encoding: b64\n    content: |\n" + wrapped.String() + "runcmd:\n  - true\n"
	fs := e.Scan("user-data.yaml", []byte(doc))
	if len(fs) != 1 || fs[0].Kind != sas.Kind || fs[0].Span.Start != strings.Index(doc, enc[:76]) {
		t.Errorf("wrapped at 76: %d findings %v, want one %s over the lines", len(fs), findingKinds(fs), sas.Kind)
	}
	two := base64.StdEncoding.EncodeToString([]byte(`{"Storage": "` + sampleByID(t, "t015").Text + `", "Bus": "` + sampleByID(t, "t019").Text + `"}`))
	fs = e.Scan("user-data.yaml", []byte("content: "+two+"\n"))
	if got := findingKinds(fs); len(got) != 2 || got[0] != KindStorageKey || got[1] != KindServiceBusSAS {
		t.Errorf("two tokens in one base64 body: got %v", got)
	}
}

// TestBase64DecodeCallInSource: in program source a base64 literal is read
// only when it is the argument of a decode call (atob, Buffer.from with
// "base64", b64decode, FromBase64String, DecodeString, getDecoder().decode);
// the same literal as plain data stays silent.
func TestBase64DecodeCallInSource(t *testing.T) {
	e := testEngine(t, nil)
	for _, id := range []string{"t006", "t015"} {
		s := sampleByID(t, id)
		b := base64.StdEncoding.EncodeToString([]byte(s.Text))
		for _, c := range []struct {
			path, src string
			want      int
		}{
			{"a.js", "const u = atob(\"" + b + "\");\n", 1},
			{"a.ts", "const u = Buffer.from(\n  \"" + b + "\",\n  \"base64\",\n).toString(\"utf8\");\n", 1},
			{"a.py", "u = base64.b64decode('" + b + "').decode()\n", 1},
			{"A.cs", "var u = Encoding.UTF8.GetString(Convert.FromBase64String(\"" + b + "\"));\n", 1},
			{"a.go", "u, _ := base64.StdEncoding.DecodeString(\"" + b + "\")\n", 1},
			{"A.java", "byte[] u = Base64.getDecoder().decode(\"" + b + "\");\n", 1},
			{"a.js", "const blob = \"" + b + "\";\n", 0},                     // data, not decoded here
			{"a.js", "const u = Buffer.from(\"" + b + "\", \"utf8\");\n", 0}, // not a decode
		} {
			fs := e.Scan(c.path, []byte(c.src))
			if len(fs) != c.want || c.want == 1 && (fs[0].Kind != s.Kind || fs[0].Severity != SeverityError) {
				t.Errorf("%s %s: %v, want %d %s graded error\n%s", id, c.path, findingKinds(fs), c.want, s.Kind, corpusMask(c.src))
			}
		}
	}
}

// TestBase64EveryOffset: the base64 run search skips windows by 8-byte
// words; a run is found at any offset, near the start and across stage 1's
// block boundary, and with the byte right before it of any kind.
func TestBase64EveryOffset(t *testing.T) {
	e := testEngine(t, nil)
	s := loadSamples(t).Samples[0]
	enc := base64.StdEncoding.EncodeToString([]byte(s.Text))
	filler := strings.Repeat("word, (x) \"y\" z.w\n", scanBlock/18+8)
	var offsets []int
	for off := 0; off < 120; off++ {
		offsets = append(offsets, off)
	}
	for off := scanBlock - 120; off < scanBlock+20; off++ {
		offsets = append(offsets, off)
	}
	for _, off := range offsets {
		for _, sep := range []string{" ", "\"", ":", "\n"} {
			src := filler[:off] + sep + enc + "\n" + filler[:200]
			if fs := e.Scan("notes.txt", []byte(src)); len(fs) != 1 || fs[0].Kind != s.Kind {
				t.Fatalf("base64 token at offset %d after %q: %d findings, want one %s", off, sep, len(fs), s.Kind)
			}
		}
	}
}

// TestBase64AnyOffsetAnyWrap: a connection string base64-encoded in an
// e-mail attachment is found whatever text comes before it (so at each of
// base64's three offsets) and wherever the 76-column wrap cuts the anchor.
func TestBase64AnyOffsetAnyWrap(t *testing.T) {
	e := testEngine(t, nil)
	conn := sampleByID(t, "t015")
	for pre := range 80 {
		body := strings.Repeat("#", pre) + "\r\n" + conn.Text + "\r\n"
		enc := base64.StdEncoding.EncodeToString([]byte(body))
		var wrapped strings.Builder
		for i := 0; i < len(enc); i += 76 {
			wrapped.WriteString(enc[i:min(len(enc), i+76)] + "\r\n")
		}
		doc := "Content-Type: text/plain; name=\"conn.txt\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + wrapped.String() + "--b--\r\n"
		fs := e.Scan("mail.eml", []byte(doc))
		if len(fs) != 1 || fs[0].Kind != conn.Kind || fs[0].Severity != SeverityError {
			t.Errorf("%d bytes before the string: %d findings %v, want one %s", pre, len(fs), findingKinds(fs), conn.Kind)
		}
	}
}

// TestBase64Fragments: the base64 of any text holding a marker holds one
// of the marker's fragments, at every offset.
func TestBase64Fragments(t *testing.T) {
	for _, m := range []string{"https://", "sig=", "AccountKey=", "Endpoint"} {
		fr := base64Fragments(m)
		for pre := range 6 {
			enc := base64.StdEncoding.EncodeToString([]byte(strings.Repeat("x", pre) + m + "yz"))
			found := false
			for _, f := range fr {
				found = found || strings.Contains(enc, string(f))
			}
			if !found {
				t.Errorf("%q after %d bytes: %s holds none of %q", m, pre, enc, fr)
			}
		}
	}
}

// TestBase64UTF16: PowerShell's -EncodedCommand is the base64 of a UTF-16LE
// script; a connection string in it is found, in a batch file and a YAML
// pipeline alike.
func TestBase64UTF16(t *testing.T) {
	e := testEngine(t, nil)
	conn := sampleByID(t, "t015")
	script := "$c = '" + conn.Text + "'; Set-Content C:\\agent.json $c"
	u := make([]byte, 0, 2*len(script))
	for _, b := range []byte(script) {
		u = append(u, b, 0)
	}
	enc := base64.StdEncoding.EncodeToString(u)
	for _, c := range []struct{ path, doc string }{
		{"install.cmd", "@echo off\r\npowershell.exe -NoProfile -EncodedCommand " + enc + "\r\n"},
		{"azure-pipelines.yml", "steps:\n  - script: pwsh -enc " + enc + "\n"},
	} {
		fs := e.Scan(c.path, []byte(c.doc))
		if len(fs) != 1 || fs[0].Kind != conn.Kind || fs[0].Severity != SeverityError {
			t.Errorf("%s: %d findings %v, want one %s", c.path, len(fs), findingKinds(fs), conn.Kind)
		}
	}
}

// TestBase64SecretFields: each data field of a Kubernetes Secret is its own
// base64 value; a field that ends its line right before the next key's
// line is not read on into that key.
func TestBase64SecretFields(t *testing.T) {
	e := testEngine(t, nil)
	sb, st := sampleByID(t, "t019"), sampleByID(t, "t015")
	doc := "data:\n  connection: " + base64.StdEncoding.EncodeToString([]byte(sb.Text)) +
		"\n  storageConnection: " + base64.StdEncoding.EncodeToString([]byte(st.Text)) + "\n"
	if got := findingKinds(e.Scan("secret.yaml", []byte(doc))); len(got) != 2 || got[0] != sb.Kind || got[1] != st.Kind {
		t.Errorf("two Secret fields: got %v, want [%s %s]", got, sb.Kind, st.Kind)
	}
}
