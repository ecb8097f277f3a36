package rules

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// goSource returns up to n bytes of Go's own source tree: real text with no
// SAS tokens but plenty of "sig", "key" and "Key".
func goSource(b *testing.B, n int) []byte {
	b.Helper()
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		b.Skipf("go env GOROOT: %v", err)
	}
	root := filepath.Join(strings.TrimSpace(string(out)), "src")
	var buf bytes.Buffer
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || buf.Len() >= n {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".go") {
			data, err := os.ReadFile(path)
			if err == nil {
				buf.Write(data)
			}
		}
		return nil
	})
	if buf.Len() < n/2 {
		b.Skipf("GOROOT/src has only %d bytes of Go source", buf.Len())
	}
	return buf.Bytes()
}

// benchScan times Engine.Scan over content at path after checking it finds
// want tokens, reporting bytes per second.
func benchScan(b *testing.B, path string, content []byte, want int) {
	b.Helper()
	e := testEngine(b, nil)
	if fs := e.Scan(path, content); len(fs) != want {
		b.Fatalf("%s: found %d tokens, want %d", path, len(fs), want)
	}
	b.SetBytes(int64(len(content)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e.Scan(path, content)
	}
}

// BenchmarkScanNoTokens measures the common case: source text without SAS
// tokens. Target: ≥ 1 GB/s on one core (go test -bench ScanNoTokens -cpu 1).
func BenchmarkScanNoTokens(b *testing.B) {
	benchScan(b, "src.go", goSource(b, 64<<20), 0)
}

// BenchmarkScanWithTokens: 1 MB of source holding 20 tokens, the language
// server's benchmark document.
func BenchmarkScanWithTokens(b *testing.B) {
	src := goSource(b, 1<<20)[:1<<20]
	samples := loadSamples(b).Samples
	var buf bytes.Buffer
	step := len(src) / 20
	for i := 0; i < 20; i++ {
		chunk := src[i*step : (i+1)*step]
		nl := bytes.IndexByte(chunk, '\n') + 1
		buf.Write(chunk[:nl])
		buf.WriteString("var sas = \"" + samples[i%len(samples)].Text + "\"\n")
		buf.Write(chunk[nl:])
	}
	benchScan(b, "doc.go", buf.Bytes(), 20)
}

// BenchmarkScanPlaceholderLog: a log where every line carries a redacted SAS
// URL, the worst realistic case for the marker path (each line is a hit).
func BenchmarkScanPlaceholderLog(b *testing.B) {
	line := "2026-11-20T10:00:00Z INFO GET https://acct.blob.core.windows.net/c/b?sv=2026-04-06&se=2026-12-01T00%3A00%3A00Z&sr=b&sp=r&sig=REDACTED 200 12ms\n"
	benchScan(b, "app.log", []byte(strings.Repeat(line, (1<<20)/len(line))), 0)
}

// BenchmarkScanNoTokensText is ScanNoTokens for a data or text file, where
// base64-encoded values are also looked for.
func BenchmarkScanNoTokensText(b *testing.B) {
	benchScan(b, "notes.txt", goSource(b, 64<<20), 0)
}
