package main

import (
	"strings"
	"testing"
)

// TestHelpAndBadFlags: every command answers --help once, on stdout (lsp on
// stderr: its stdout is the protocol), with exit 0, and a bad flag with the
// error and usage on stderr and exit 2.
func TestHelpAndBadFlags(t *testing.T) {
	for name := range subcommands {
		t.Run(name, func(t *testing.T) {
			stdout, stderr, code := runMain(t, "", name, "--help")
			help, other := stdout, stderr
			if name == "lsp" {
				help, other = stderr, stdout
			}
			if code != exitOK || !strings.HasPrefix(help, "usage: sasguard "+name) || strings.Count(help, "usage:") != 1 || other != "" {
				t.Errorf("--help: exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
			}
			stdout, stderr, code = runMain(t, "", name, "--no-such-flag")
			if code != exitUsage || stdout != "" || !strings.HasPrefix(stderr, "flag provided but not defined: -no-such-flag\nusage: sasguard "+name) {
				t.Errorf("bad flag: exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
			}
		})
	}
}
