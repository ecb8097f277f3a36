package rules

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzScan: the scanner never panics, reports spans inside the content in
// order, and never lets the secret into what front ends print. Seeds are the
// sample tokens and the corpus in testdata/fuzz/FuzzScan.
func FuzzScan(f *testing.F) {
	for _, s := range loadSamples(f).Samples {
		f.Add([]byte(s.Text))
		f.Add([]byte("x = \"" + strings.ReplaceAll(s.Text, "&", `\u0026`) + "\"\n"))
		f.Add([]byte("a: " + s.Text[:len(s.Text)/2] + "\n  " + s.Text[len(s.Text)/2:] + "\n"))
	}
	e := testEngine(f, nil)
	f.Fuzz(func(t *testing.T, content []byte) {
		fs := e.Scan("fuzz.txt", content)
		last := -1
		for _, x := range fs {
			if x.Span.Start < 0 || x.Span.End > len(content) || x.Span.Start >= x.Span.End {
				t.Fatalf("span %v outside content of %d bytes", x.Span, len(content))
			}
			if x.SecretSpan.Start < x.Span.Start || x.SecretSpan.End > x.Span.End {
				t.Fatalf("secret %v outside token %v", x.SecretSpan, x.Span)
			}
			if x.Span.Start < last {
				t.Fatalf("findings out of order")
			}
			last = x.Span.Start
			if x.Start.Line < 1 || x.Start.Col < 1 || x.End.Line < x.Start.Line {
				t.Fatalf("bad positions %+v %+v", x.Start, x.End)
			}
			if !utf8.ValidString(x.Snippet.Text) {
				t.Fatalf("snippet not UTF-8")
			}
			secret := content[x.SecretSpan.Start:x.SecretSpan.End]
			if len(secret) >= 16 {
				out, _ := json.Marshal(x)
				for _, text := range [][]byte{out, []byte(x.Message), []byte(x.Redacted), []byte(x.Snippet.Text)} {
					if bytes.Contains(text, secret) {
						t.Fatalf("secret printed")
					}
				}
			}
			for _, fix := range x.Fixes {
				for _, ed := range fix.Edits {
					if ed.Start < 0 || ed.End > len(content) || ed.Start > ed.End {
						t.Fatalf("fix %s edit %+v outside content", fix.Kind, ed)
					}
				}
			}
		}
		// Streaming agrees with whole-content scanning on small inputs.
		n := 0
		if err := e.ScanReader("fuzz.txt", bytes.NewReader(content), func(Finding) { n++ }); err != nil {
			t.Fatal(err)
		}
		if n != len(fs) {
			t.Fatalf("ScanReader found %d, Scan %d", n, len(fs))
		}
	})
}

// FuzzParseSAS: the SAS query parser and time parser accept anything.
func FuzzParseSAS(f *testing.F) {
	for _, s := range loadSamples(f).Samples {
		if i := strings.IndexAny(s.Text, "?"); i >= 0 {
			f.Add(s.Text[i+1:])
		}
	}
	f.Add("se=2026-11-22T00:00:00.1234567+01:00&st=2026-11-22&sig=%zz")
	f.Fuzz(func(t *testing.T, q string) {
		p := parseQuery(q)
		_ = storageFacts(p)
		_, _ = serviceBusTokenFacts(p)
		_ = realSignature(p["sig"])
		for _, k := range []string{"se", "st", "ske"} {
			if tm, ok := parseSASTime(p[k]); ok && tm.Location().String() != "UTC" {
				t.Fatalf("time not UTC: %v", tm)
			}
		}
	})
}
