package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/sasguard/sasguard/cmd/internal/report"
	"github.com/sasguard/sasguard/rules"
)

// FuzzScanFile feeds arbitrary file contents through what `sasguard scan`
// does with a file (binary sniffing, UTF-16 decoding, the engine, column
// conversion) and all three renderers. Seeds are the fixture tree's files
// (testdata/scan/tree.txtar and the generated binary, UTF-16 and Latin-1
// files). Run: go test ./cmd/sasguard -run '^$' -fuzz FuzzScanFile
func FuzzScanFile(f *testing.F) {
	ar, err := txtar.ParseFile(filepath.Join("testdata", "scan", "tree.txtar"))
	if err != nil {
		f.Fatal(err)
	}
	for _, file := range ar.Files {
		f.Add(file.Data)
	}
	for _, data := range scanGenerated() {
		f.Add(data)
	}
	eng := rules.NewEngine(nil, rules.Options{Now: now})
	f.Fuzz(func(t *testing.T, data []byte) {
		content, ok := scanText(data)
		if !ok {
			return
		}
		var items []report.Item
		for _, fd := range eng.Scan("fuzz.txt", content) {
			if fd.Span.Start < 0 || fd.Span.Start > fd.Span.End || fd.Span.End > len(content) || fd.Start.Line < 1 || fd.Start.Col < 1 {
				t.Fatalf("finding out of bounds: span %+v start %+v in %d bytes", fd.Span, fd.Start, len(content))
			}
			it := report.Item{Path: "fuzz.txt", Finding: fd}
			it.CharStart = scanCharCol(content, fd.Span.Start, fd.Start.Col)
			it.CharEnd = scanCharCol(content, fd.Span.End, fd.End.Col)
			if it.CharStart > fd.Start.Col || it.CharEnd > fd.End.Col {
				t.Fatalf("code-point columns %d-%d exceed byte columns %d-%d", it.CharStart, it.CharEnd, fd.Start.Col, fd.End.Col)
			}
			items = append(items, it)
		}
		report.Sort(items)

		var text, js, sarif bytes.Buffer
		if err := report.Text(&text, items, report.Options{}); err != nil {
			t.Fatal(err)
		}
		if bytes.ContainsAny(text.Bytes(), "\x1b\x07") {
			t.Fatalf("text output passes control characters to the terminal: %q", text.String())
		}
		if err := report.JSON(&js, items, nil); err != nil || !json.Valid(js.Bytes()) {
			t.Fatalf("JSON output invalid (%v): %s", err, js.String())
		}
		if err := report.SARIF(&sarif, items, report.SARIFOptions{}); err != nil || !json.Valid(sarif.Bytes()) {
			t.Fatalf("SARIF output invalid (%v)", err)
		}
		for _, it := range items {
			sp := it.Finding.SecretSpan
			if sp.Start < 0 || sp.End > len(content) || sp.End-sp.Start < 20 {
				continue
			}
			secret := content[sp.Start:sp.End]
			if bytes.Count(content, secret) != 1 {
				continue // it occurs elsewhere in the input, e.g. as a key name
			}
			for name, out := range map[string][]byte{"text": text.Bytes(), "json": js.Bytes(), "sarif": sarif.Bytes()} {
				if bytes.Contains(out, secret) {
					t.Fatalf("%s output holds the whole secret of a %s finding", name, it.Finding.Rule)
				}
			}
		}
	})
}
