package config

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestReadmeConfig: every .sasguard.toml example in the README parses, so the
// documentation cannot drift from what the engine accepts.
func TestReadmeConfig(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Skip("README.md not found at the repository root")
	}
	blocks := regexp.MustCompile("(?s)```toml\n(.*?)```").FindAllStringSubmatch(string(data), -1)
	n := 0
	for _, b := range blocks {
		if !strings.Contains(b[1], "[policy]") && !strings.Contains(b[1], "[[allow]]") {
			continue // other tools' TOML (pre-commit, Helix)
		}
		n++
		if _, err := Parse("README.md", []byte(b[1])); err != nil {
			t.Errorf("README config example does not load:\n%v", err)
		}
	}
	if n == 0 {
		t.Error("no .sasguard.toml example found in README.md")
	}
}
