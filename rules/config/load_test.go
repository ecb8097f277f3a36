package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sasguard/sasguard/rules"
)

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestLoadFindsConfigAtRoot(t *testing.T) {
	root := t.TempDir()
	write(t, filepath.Join(root, ".git", "HEAD"), "ref: refs/heads/main\n")
	write(t, filepath.Join(root, ".sasguard.toml"), "baseline = \"b.json\"\n[policy]\nexpired = \"info\"\n")
	write(t, filepath.Join(root, "b.json"), string(FormatBaseline([]BaselineEntry{{Fingerprint: "abc", Path: "x"}})))
	sub := filepath.Join(root, "src", "deep")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	res, err := Load(sub, "")
	if err != nil {
		t.Fatal(err)
	}
	if res.Root != root || res.Path != filepath.Join(root, ".sasguard.toml") {
		t.Errorf("root %q path %q", res.Root, res.Path)
	}
	if res.Config.Policy.Expired != rules.SeverityInfo || res.Config.File != ".sasguard.toml" {
		t.Errorf("config not read: %+v", res.Config)
	}
	if !res.Baseline[rules.BaselineKey("x", "abc")] {
		t.Errorf("baseline not read: %v", res.Baseline)
	}
	eng, _, err := Engine(sub, "", time.Now)
	if err != nil || eng.Config().Policy.Expired != rules.SeverityInfo {
		t.Errorf("Engine: %v", err)
	}
}

func TestLoadDefaultsAndErrors(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, ".git", "HEAD"), "x")
	res, err := Load(dir, "")
	if err != nil || res.Path != "" || res.Config.Policy.Live != rules.SeverityError {
		t.Fatalf("defaults: %+v %v", res, err)
	}
	if _, err := Load(dir, filepath.Join(dir, "missing.toml")); err == nil || !strings.Contains(err.Error(), "sasguard init") {
		t.Errorf("missing explicit config: %v", err)
	}
	write(t, filepath.Join(dir, ".sasguard.toml"), "[policy]\nlive = 3\n")
	_, err = Load(dir, "")
	var ce *Error
	if !errors.As(err, &ce) || ce.Line != 2 {
		t.Errorf("bad config: %v", err)
	}
	write(t, filepath.Join(dir, ".sasguard.toml"), "baseline = \"b.json\"\n")
	write(t, filepath.Join(dir, "b.json"), "{not json")
	if _, err := Load(dir, ""); err == nil || !strings.Contains(err.Error(), "sasguard baseline") {
		t.Errorf("bad baseline: %v", err)
	}
}
