package main

import (
	"io"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkScanGoroot scans Go's own source tree (read-only, in place) the
// way `sasguard scan` does. bench/scan/run.sh compares the binary with grep;
// this one is for profiling: go test ./cmd/sasguard -run '^$' -bench ScanGoroot -cpuprofile cpu.out
func BenchmarkScanGoroot(b *testing.B) {
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		b.Skipf("go env GOROOT: %v", err)
	}
	tree := filepath.Join(strings.TrimSpace(string(goroot)), "src")
	c := Command{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard,
		Getenv: func(string) string { return "" }, Now: now}
	for b.Loop() {
		if code := c.Main([]string{"scan", tree}); code == exitUsage || code == exitFailure {
			b.Fatalf("exit %d", code)
		}
	}
}
