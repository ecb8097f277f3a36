package rules

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestScanReaderMatchesScan: streaming in chunks finds the same findings at
// the same positions as scanning the whole content, including tokens that
// straddle chunk boundaries and a single line of many megabytes.
func TestScanReaderMatchesScan(t *testing.T) {
	e := testEngine(t, nil)
	samples := loadSamples(t).Samples
	filler := "func f(x int) int { return x * 2 } // signal sig sign key Key KEY\n"
	build := func(size int, offsets []int, newlines bool) []byte {
		var b bytes.Buffer
		b.Grow(size + 4096)
		next := 0
		for b.Len() < size {
			if next < len(offsets) && b.Len() >= offsets[next] {
				s := samples[next%len(samples)]
				b.WriteString(" \"" + s.Text + "\" ")
				next++
				continue
			}
			if newlines {
				b.WriteString(filler)
			} else {
				b.WriteString(strings.TrimSuffix(filler, "\n") + " ")
			}
		}
		return b.Bytes()
	}
	const mib = 1 << 20
	offsets := []int{100, mib - 300, mib - 60, mib + 5, 2*mib - overlap - 100, 2*mib - 200, 3*mib + 1234}
	for _, tc := range []struct {
		name     string
		content  []byte
		newlines bool
	}{
		{"lines", build(4*mib, offsets, true), true},
		{"one long line", build(4*mib, offsets, false), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := e.Scan("big.txt", tc.content)
			if len(want) != len(offsets) {
				t.Fatalf("Scan found %d, want %d", len(want), len(offsets))
			}
			var got []Finding
			if err := e.ScanReader("big.txt", bytes.NewReader(tc.content), func(f Finding) { got = append(got, f) }); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got, cmpopts.IgnoreFields(Finding{}, "Fixes")); diff != "" {
				t.Errorf("ScanReader differs from Scan (-Scan +ScanReader):\n%s", diff)
			}
		})
	}
}

// TestBadBytes: invalid UTF-8 and NULs around a token do not stop the scan,
// and the snippet stays valid UTF-8.
func TestBadBytes(t *testing.T) {
	e := testEngine(t, nil)
	tok := sampleByID(t, "t001").Text
	content := []byte("\xff\xfe\x00garbage \xc3\x28 x=" + tok + " \xe2\x82\n\x00\x01 " + sampleByID(t, "t015").Text + "\n")
	fs := e.Scan("a.bin", content)
	if len(fs) != 2 {
		t.Fatalf("got %d findings, want 2", len(fs))
	}
	for _, f := range fs {
		if !utf8Valid(f.Snippet.Text) {
			t.Errorf("snippet is not valid UTF-8: %q", f.Snippet.Text)
		}
	}
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "") == s }

// TestSnippet: the source line is masked and clipped around the token.
func TestSnippet(t *testing.T) {
	e := testEngine(t, nil)
	tok := sampleByID(t, "t005").Text
	long := strings.Repeat("é", 300) + " url=" + tok + " " + strings.Repeat("x", 300)
	for _, line := range []string{"  url: " + tok + "\r", long} {
		fs := e.Scan("a.yaml", []byte("first\n"+line+"\nlast\n"))
		if len(fs) != 1 {
			t.Fatalf("got %d findings", len(fs))
		}
		sn := fs[0].Snippet
		if strings.Contains(sn.Text, "4P%2BQtC3BrGU9") || !strings.Contains(sn.Text, "sig=4P+Q****") {
			t.Errorf("snippet not masked: %q", sn.Text)
		}
		if !strings.HasPrefix(sn.Text[sn.StartCol:], "https://st4t67ig") {
			t.Errorf("StartCol %d does not point at the token in %q", sn.StartCol, sn.Text)
		}
		if !strings.HasSuffix(sn.Text[:sn.EndCol], "sig=4P+Q****") {
			t.Errorf("EndCol %d does not end the token in %q", sn.EndCol, sn.Text)
		}
		if len(sn.Text) > len(tok)+2*40+2*len("é")+len("……") || strings.ContainsAny(sn.Text, "\r\n") {
			t.Errorf("snippet not clipped: %d bytes", len(sn.Text))
		}
		if !utf8Valid(sn.Text) {
			t.Errorf("clipped inside a rune: %q", sn.Text)
		}
	}
}

// TestSnippetMasksEverySecretOnTheLine: two secrets on one line; each
// finding's source line hides both.
func TestSnippetMasksEverySecretOnTheLine(t *testing.T) {
	e := testEngine(t, nil)
	a, b := sampleByID(t, "t019"), sampleByID(t, "t008")
	line := "x " + a.Text + " y " + b.Text[strings.Index(b.Text, "?")+1:] + " z"
	fs := e.Scan("a.txt", []byte(line+"\n"))
	if len(fs) != 2 {
		t.Fatalf("got %d findings", len(fs))
	}
	for _, f := range fs {
		for _, secret := range []string{sampleSecret(a), sampleSecret(b), "HUPuEv3QBibVkmIA4BClKILlydYTGx34dM5sqJGHuIE%3D"} {
			if strings.Contains(f.Snippet.Text, secret) {
				t.Errorf("%s: snippet shows a secret: %q", f.Rule, f.Snippet.Text)
			}
		}
		if got := f.Snippet.Text[f.Snippet.StartCol:f.Snippet.EndCol]; got != f.Redacted {
			t.Errorf("snippet token %q, want %q", got, f.Redacted)
		}
	}
}

// TestDecodeText: UTF-16 with and without a BOM is read as text, anything
// else with a NUL is binary, and plain bytes pass through.
func TestDecodeText(t *testing.T) {
	utf16le := func(s string, bom bool) []byte {
		var b []byte
		if bom {
			b = append(b, 0xFF, 0xFE)
		}
		for _, r := range s {
			b = append(b, byte(r), 0)
		}
		return b
	}
	utf16be := func(s string) []byte {
		var b []byte
		for _, r := range s {
			b = append(b, 0, byte(r))
		}
		return b
	}
	text := "url = https://example.com/x\r\n"
	tests := []struct {
		name string
		data []byte
		want string
		ok   bool
	}{
		{"utf-8", []byte(text), text, true},
		{"utf-16le with BOM", utf16le(text, true), text, true},
		{"utf-16le without BOM", utf16le(text, false), text, true},
		{"utf-16be without BOM", utf16be(text), text, true},
		{"binary", []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00>\x00"), "", false},
		{"short with NUL", []byte("a\x00b"), "", false},
	}
	for _, tt := range tests {
		got, ok := DecodeText(tt.data)
		if ok != tt.ok || ok && string(got) != tt.want {
			t.Errorf("%s: got %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}
