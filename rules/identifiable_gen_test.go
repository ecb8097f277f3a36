package rules

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var genKinds = flag.Bool("gen-round9-kinds", false, "rewrite testdata/corpus/round9-kinds from minted identifiable keys")

// TestGenRound9Kinds writes the identifiable-key corpus files with keys
// minted by mintIdentifiable from a fixed seed, and their
// expectations, from the type table, never from the engine: each valid key blocks bare, each with one character changed
// does not. It runs only with -gen-round9-kinds; the output is committed.
func TestGenRound9Kinds(t *testing.T) {
	if !*genKinds {
		t.Skip("run with -gen-round9-kinds to rewrite testdata/corpus/round9-kinds")
	}
	dir := filepath.Join(corpusDir, "round9-kinds")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	keys := mintAll(t, 90)
	var text, want strings.Builder
	line := 0
	emit := func(s string) { text.WriteString(s + "\n"); line++ }
	emit("# keys issued by Azure, pasted bare into a notes file")
	for i := range identifiableTypes {
		it := &identifiableTypes[i]
		k := keys[it.sig][0]
		emit(k)
		fmt.Fprintf(&want, "%d %s error: bare identifiable key (%s, valid Marvin32 checksum)\n", line, it.kind, it.sig)
		b := []byte(k)
		mid := len(strings.TrimRight(k, "=")) / 2
		if b[mid] == 'Q' {
			b[mid] = 'R'
		} else {
			b[mid] = 'Q'
		}
		emit(string(b)) // the same key with its checksum broken: not that key
	}
	write := func(name, s string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("bare-keys.txt", text.String())
	write("bare-keys.txt.want", want.String())
}
