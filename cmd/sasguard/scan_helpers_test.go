package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
	"golang.org/x/text/encoding/unicode"
)

// scanGenerated are fixture files txtar cannot hold (binary, UTF-16,
// Latin-1) or must not (a .git directory). Each maps a path to its bytes.
// The UTF-16 and Latin-1 files carry "want:" markers like the txtar files.
func scanGenerated() map[string][]byte {
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(
		"Windows notes, saved as UTF-16 by Notepad\r\n" +
			"# want: azure-service-sas\r\n" +
			"profiles = https://st4t67ig.file.core.windows.net/profiles?sv=2026-04-06&se=2027-01-06T00%3A00%3A00Z&sr=s&sp=rl&sig=YG8WFqP2KDzo69MVyXLd0vQ%2BF4Mk37X05XBTgkch3%2Bg%3D\r\n"))
	if err != nil {
		panic(err) // encoding valid UTF-8 cannot fail
	}
	return map[string][]byte{
		"notes-utf16.txt": utf16,
		// Invalid UTF-8 (Latin-1 é) before the token must not stop the scan.
		"legacy/latin1.cfg": []byte("caf\xe9=1\n# want: azure-user-delegation-sas\ntrain_caf\xe9=https://stqs6vvm.blob.core.windows.net/datasets/train.parquet?sv=2026-04-06&se=2026-11-24T00%3A00%3A00Z&skoid=ef136232-a9ec-45b9-a890-7b36d5f746b0&sktid=a661d8df-3b86-4d0a-9be0-2a83f742ceba&skt=2026-11-21T00%3A00%3A00Z&ske=2026-11-28T00%3A00%3A00Z&sks=b&skv=2025-11-05&sr=b&sp=r&sig=eOtYIDCeLATYRbktzGFPZBorAByVxmypBr%2F1DyRtFZI%3D\n"),
		// Binary: a NUL in the first 8000 bytes. Skipped though it holds a token.
		"assets/blob.bin": append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), []byte("https://st65bm28s6.queue.core.windows.net/jobs?sv=2026-04-06&se=2027-01-21T00%3A00%3A00Z&sp=raup&sig=%2F574CRRbtYHPJIsLWzHDr6x%2BDsCjRftQjB6CWRxcSis%3D")...),
		// .git is never scanned, and .git/info/exclude is honoured.
		".git/config":       []byte("[remote \"origin\"]\n\turl = https://stqs6vvm.table.core.windows.net/orders?sv=2019-02-02&se=2027-01-21T00%3A00%3A00Z&sp=raud&sig=aO%2FfIYqhwJ5BC%2FyluVhQ%2FtbrZ86vohfEWUFFonP61%2F4%3D&tn=orders\n"),
		".git/info/exclude": []byte("# git ls-files --others --exclude-from=.git/info/exclude\nscratch.txt\n"),
		"scratch.txt":       []byte("excluded by .git/info/exclude\nhttps://st65bm28s6.blob.core.windows.net/c1/b1?sig=9Yd5pBukjI5Ihd4nOLMt7trUC4zcdcvjFmJj%2FXwvVKk%3D&sv=2026-04-06&se=2026-12-02T00%3A00%3A00Z&sr=b&sp=r\n"),
	}
}

// scanFixture writes testdata/scan/tree.txtar and the generated files into a
// fresh directory and returns it.
func scanFixture(t *testing.T) string {
	t.Helper()
	ar, err := txtar.ParseFile(filepath.Join("testdata", "scan", "tree.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, f := range ar.Files {
		writeFile(t, dir, f.Name, f.Data)
	}
	for name, data := range scanGenerated() {
		writeFile(t, dir, name, data)
	}
	return dir
}

// scanWant is a finding a fixture file announces with a "want: RULE" marker
// on the line before it.
type scanWant struct {
	Path string
	Line int
	Rule string
}

var scanWantMarker = regexp.MustCompile(`want: ([a-z0-9-]+)`)

// scanWants reads the markers of every text file in the fixture, decoding
// UTF-16 the way scan does.
func scanWants(t *testing.T, dir string) []scanWant {
	t.Helper()
	var wants []scanWant
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		text, ok := scanText(data)
		if !ok {
			return nil
		}
		rel, _ := filepath.Rel(dir, p)
		for i, line := range strings.Split(string(text), "\n") {
			if m := scanWantMarker.FindStringSubmatch(line); m != nil {
				wants = append(wants, scanWant{Path: filepath.ToSlash(rel), Line: i + 2, Rule: m[1]})
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return wants
}

// scanSecrets returns the secret parts (signatures and keys) of every real
// token in the fixture, to check that no output carries one.
func scanSecrets(t *testing.T, dir string) []string {
	t.Helper()
	re := regexp.MustCompile(`(?:sig=|AccountKey=|SharedAccessKey=)([A-Za-z0-9%+/]{40,}(?:=|%3D){0,2})`)
	seen := map[string]bool{}
	var out []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if text, ok := scanText(data); ok {
			data = text
		}
		for _, m := range re.FindAllSubmatch(data, -1) {
			s := string(m[1])
			if !seen[s] && !strings.HasPrefix(s, "Eby8vdM02x") { // the public emulator key is no secret
				seen[s] = true
				out = append(out, s)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) < 10 {
		t.Fatalf("found only %d secrets in the fixture; the pattern is broken", len(out))
	}
	return out
}
