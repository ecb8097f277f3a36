package main

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sasguard/sasguard/cmd/sasguardtest"
)

// -update rewrites golden files: go test ./cmd/sasguard -run Golden -update.
var update = flag.Bool("update", false, "rewrite golden files")

func TestMain(m *testing.M) {
	os.Exit(sasguardtest.Main(m))
}

// now is the tests' clock: the sample tokens' reference time.
func now() time.Time { return sasguardtest.RefTime }

// runMain runs sasguard in-process with stdin, a pinned clock and an empty
// environment (so NO_COLOR, GIT_DIR and the user's settings do not leak in).
func runMain(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Command{
		Stdin:  strings.NewReader(stdin),
		Stdout: &out,
		Stderr: &errb,
		Getenv: func(string) string { return "" },
		Now:    now,
		// In-process, the running binary is the test binary: hints name
		// "sasguard" (the real binary's hints are tested end to end).
		Executable: func() (string, error) { return "", errors.New("in-process test") },
	}.Main(args)
	return out.String(), errb.String(), code
}

// writeFile writes data to name (slash-separated) under dir, creating the
// directories it needs.
func writeFile(t *testing.T, dir, name string, data []byte) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
