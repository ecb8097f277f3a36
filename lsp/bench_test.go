package lsp_test

import (
	"fmt"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"github.com/sasguard/sasguard/cmd/sasguardtest"
	"github.com/sasguard/sasguard/lsp/lsptest"
)

// megabyteDoc is about 1 MB of Python-ish text with n tokens from the shared
// samples spread through it, some lines carrying non-ASCII text, starting
// with header.
func megabyteDoc(tb testing.TB, n int, header string) string {
	toks := sasguardtest.Tokens(tb)
	ids := []string{"t001", "t002", "t003", "t005", "t006", "t009", "t012", "t015", "t017", "t019"}
	var b strings.Builder
	b.WriteString(header)
	placed := 0
	for i := 0; b.Len() < 1<<20 || placed < n; i++ {
		if placed < n && b.Len() >= (2*placed+1)*(1<<20)/(2*n) {
			fmt.Fprintf(&b, "url_%d = \"%s\"\n", i, toks[ids[placed%len(ids)]])
			placed++
			continue
		}
		if i%7 == 0 {
			fmt.Fprintf(&b, "# 注释 %d: résumé 😀 nothing secret on this line at all, just words\n", i)
			continue
		}
		fmt.Fprintf(&b, "value_%06d = compute(%d, 'a plain string literal', None)  # ok\n", i, i)
	}
	return b.String()
}

// BenchmarkDidChange measures what a developer waits for: from sending a
// didChange on a 1 MB document holding 20 tokens to receiving its
// publishDiagnostics, through the real jsonrpc2 stack over a pipe. Edits
// alternate between inserting and deleting one character, so the document
// stays the same size. It reports the median and 90th percentile.
//
// The file's language matters because the fixes travel with the
// diagnostics: for Python the engine checks for `import os` per finding.
func BenchmarkDidChange(b *testing.B) {
	for _, bc := range []struct{ name, file, lang, header string }{
		{"python", "big.py", "python", "import os\nimport sys\n\n"},
		{"python-without-import-os", "big.py", "python", ""},
		{"markdown", "big.md", "markdown", "# Notes\n\n"},
		{"text", "big.txt", "plaintext", ""},
	} {
		b.Run(bc.name, func(b *testing.B) { benchDidChange(b, bc.file, bc.lang, megabyteDoc(b, 20, bc.header)) })
	}
}

func benchDidChange(b *testing.B, file, lang, text string) {
	dir := b.TempDir()
	c := lsptest.Start(b, lsptest.Config{Now: now, Folder: dir})
	u := uri.File(filepath.Join(dir, file))
	c.Open(u, lang, text)
	if ds := c.WaitDiagnostics(u, 1); len(ds) != 20 {
		b.Fatalf("the document has %d findings, want 20", len(ds))
	}
	at := protocol.Position{Line: uint32(strings.Count(text, "\n") / 2), Character: 0}
	insert := protocol.Range{Start: at, End: at}
	remove := protocol.Range{Start: at, End: protocol.Position{Line: at.Line, Character: 1}}
	version := int32(1)
	var lat []time.Duration

	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		version++
		ch := &protocol.TextDocumentContentChangePartial{Range: insert, Text: "x"}
		if i%2 == 1 {
			ch = &protocol.TextDocumentContentChangePartial{Range: remove, Text: ""}
		}
		start := time.Now()
		err := c.Conn.Notify(c.Ctx(), protocol.MethodTextDocumentDidChange, &protocol.DidChangeTextDocumentParams{
			TextDocument:   protocol.VersionedTextDocumentIdentifier{TextDocumentIdentifier: protocol.TextDocumentIdentifier{URI: u}, Version: version},
			ContentChanges: []protocol.TextDocumentContentChangeEvent{ch},
		})
		if err != nil {
			b.Fatal(err)
		}
		ds := c.WaitDiagnostics(u, version)
		lat = append(lat, time.Since(start))
		if len(ds) != 20 {
			b.Fatalf("version %d: %d findings, want 20", version, len(ds))
		}
	}
	b.StopTimer()
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*9/10].Microseconds())/1000, "p90-ms")
}

// BenchmarkOpenDocumentMemory reports the heap the server holds per open
// 1 MB document (its text, line index and findings): memory grows with the
// documents open, not with edits made. Run it with -benchtime 1x.
func BenchmarkOpenDocumentMemory(b *testing.B) {
	text := megabyteDoc(b, 20, "import os\n")
	const docs = 8
	for i := 0; i < b.N; i++ {
		dir := b.TempDir()
		c := lsptest.Start(b, lsptest.Config{Now: now, Folder: dir})
		before := heap()
		for d := 0; d < docs; d++ {
			u := uri.File(filepath.Join(dir, fmt.Sprintf("doc%d.py", d)))
			c.Open(u, "python", text)
			c.WaitDiagnostics(u, 1)
			// Edits replace a version; they must not pile up.
			for e := 0; e < 10; e++ {
				v := c.Replace(u, text)
				c.WaitDiagnostics(u, v)
			}
		}
		after := heap()
		// The client's copies share the benchmark's string, so the growth
		// is the server's: text, line index, findings.
		perDoc := (float64(after) - float64(before)) / docs
		b.ReportMetric(perDoc/float64(len(text)), "heap-bytes/doc-byte")
	}
}

func heap() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// BenchmarkOpenLargeDocumentMemory opens one 100 MB document and reports
// the heap the server holds for it afterwards, per byte, and what the open
// and its scan allocated in all, per byte. Run it with -benchtime 1x.
func BenchmarkOpenLargeDocumentMemory(b *testing.B) {
	one := megabyteDoc(b, 1, "import os\n")
	text := strings.Repeat(one, 100)
	for i := 0; i < b.N; i++ {
		dir := b.TempDir()
		c := lsptest.Start(b, lsptest.Config{Now: now, Folder: dir})
		u := uri.File(filepath.Join(dir, "big.py"))
		before := heap()
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		c.Open(u, "python", text)
		c.WaitDiagnostics(u, 1)
		runtime.ReadMemStats(&m1)
		after := heap()
		b.ReportMetric((float64(after)-float64(before))/float64(len(text)), "heap-bytes/doc-byte")
		b.ReportMetric(float64(m1.TotalAlloc-m0.TotalAlloc)/float64(len(text)), "alloc-bytes/doc-byte")
	}
}
