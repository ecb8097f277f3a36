package rules

import (
	"encoding/base64"
	"strings"
	"testing"
)

// TestDoubledPercent: a SAS whose percent signs are doubled, as batch
// files, systemd units and printf-style format strings write them, blocks.
func TestDoubledPercent(t *testing.T) {
	e := testEngine(t, nil)
	s := sampleByID(t, "t006")
	url := strings.ReplaceAll(s.Text, "%", "%%")
	for _, c := range []struct{ path, src string }{
		{"get.bat", `powershell -c "Invoke-WebRequest '` + url + `'"`},
		{"x.service", "Environment=SAS_URL=" + url + "\n"},
		{"r.py", `u = "` + url + `" % ()`},
		{"R.java", `String u = String.format("` + url + `");`},
		{"r.go", `u := fmt.Sprintf("` + url + `")`},
		{"r.c", `snprintf(buf, n, "` + url + `");`},
	} {
		fs := e.Scan(c.path, []byte(c.src))
		if len(fs) != 1 || fs[0].Kind != s.Kind || fs[0].Severity != SeverityError {
			t.Errorf("%s: %d findings, want the %s graded error", c.path, len(fs), s.Kind)
		}
	}
}

// TestBase64BodyAnyOffset: a SAS inside text that a data file holds
// base64-encoded (an HTTP archive's response body) is found whatever its
// offset in the encoded text, as the base64 alphabet shifts with it.
func TestBase64BodyAnyOffset(t *testing.T) {
	e := testEngine(t, nil)
	s := sampleByID(t, "t006")
	for pad := range 6 {
		body := `{"id":` + strings.Repeat("7", pad) + `,"uploadUrl":"` + s.Text + `"}`
		har := `{"content": {"mimeType": "application/json", "text": "` + base64.StdEncoding.EncodeToString([]byte(body)) + `", "encoding": "base64"}}`
		fs := e.Scan("session.har", []byte(har))
		if len(fs) != 1 || fs[0].Kind != s.Kind || fs[0].Severity != SeverityError {
			t.Errorf("offset %d: %d findings, want the %s graded error", pad, len(fs), s.Kind)
		}
	}
}

// TestSplitsOfOtherLanguages: a SAS split or escaped the way OCaml, Haskell,
// Zig, LaTeX and a browser's "Copy as cURL (cmd)" write it blocks, the split
// put inside its signature.
func TestSplitsOfOtherLanguages(t *testing.T) {
	e := testEngine(t, nil)
	s := sampleByID(t, "t006")
	url := s.Text
	q := strings.IndexByte(url, '?')
	sig := strings.Index(url, "sig=") + len("sig=") + 10 // into the signature, before a letter
	for !isWordByte(url[sig]) || strings.IndexByte("uxUX", url[sig]) >= 0 {
		sig++
	}
	cmd := strings.NewReplacer("&", "^&", "%", "^%").Replace(url)
	latex := strings.NewReplacer("&", `\&`, "%", `\%`)
	for _, c := range []struct{ path, src string }{
		{"sync.ml", "let sas =\n  \"" + url[:q+5] + "\"\n  ^ \"" + url[q+5:] + "\"\n"},
		{"Storage.hs", "sasQuery = \"" + url[:sig] + "\\\n           \\" + url[sig:] + "\"\n"},
		{"ota.zig", "const u =\n    \\\\" + url[:q+1] + "\n    \\\\" + url[q+1:sig] + "\n    \\\\" + url[sig:] + "\n;\n"},
		{"data.tex", `\texttt{` + latex.Replace(url[:sig]) + "\\allowbreak\n" + latex.Replace(url[sig:]) + "}\n"},
		{"data2.tex", `\texttt{` + latex.Replace(url[:sig-1]) + "\\allowbreak\n" + latex.Replace(url[sig-1:]) + "}\n"},
		{"copy.txt", `curl ^"` + cmd + `^" ^` + "\n  -X PUT\n"},
		{"fetch.1", ".nf\n" + strings.ReplaceAll(url, "-", `\-`) + "\n.fi\n"},
	} {
		fs := e.Scan(c.path, []byte(c.src))
		if len(fs) != 1 || fs[0].Kind != s.Kind || fs[0].Severity != SeverityError {
			t.Errorf("%s: %d findings, want the %s graded error", c.path, len(fs), s.Kind)
		}
	}
}

// TestEscapedEqualsAnyLanguage: a connection string whose '=' and ';' are
// JSON or JavaScript escapes (\u003d, \x3d, doubled backslashes from nested
// JSON) blocks in any file, not only JSON: a repr() or an ASCII-escaped
// response pasted into program source.
func TestEscapedEqualsAnyLanguage(t *testing.T) {
	e := testEngine(t, nil)
	s := sampleByID(t, "t015")
	u := strings.NewReplacer("=", `\u003d`, ";", `\u003b`).Replace(s.Text)
	x := strings.NewReplacer("=", `\x3d`, ";", `\x3b`).Replace(s.Text)
	uu := strings.NewReplacer("=", `\\u003d`, ";", `\\u003b`).Replace(s.Text)
	for _, c := range []struct{ path, src string }{
		{"a.py", `RAW = r'{"storage":"` + u + `"}'` + "\n"},
		{"a.js", "const raw = String.raw`" + u + "`;\n"},
		{"a.go", "var raw = `{\"s\":\"" + uu + "\"}`\n"},
		{"a.rb", `RAW = '` + x + `'` + "\n"},
	} {
		fs := e.Scan(c.path, []byte(c.src))
		if len(fs) != 1 || fs[0].Kind != s.Kind || fs[0].Severity != SeverityError {
			t.Errorf("%s: %v, want the %s graded error", c.path, findingKinds(fs), s.Kind)
		}
	}
}
