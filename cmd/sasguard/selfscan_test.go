package main

import (
	"path/filepath"
	"testing"
)

// TestSelfScanIsClean: the README's first command, `sasguard scan .` in this
// repository, reports nothing: every fixture that holds a made-up secret is
// allowlisted in .sasguard.toml with a reason. A new test file with a
// literal key fails here until it is allowlisted or uses the sample tokens.
func TestSelfScanIsClean(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(root)
	stdout, stderr, code := runMain(t, "", "scan", ".")
	if code != exitOK {
		t.Errorf("sasguard scan . in this repository: exit %d, want 0\n%s\n%s", code, stdout, stderr)
	}
}
