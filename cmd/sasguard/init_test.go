package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/sasguard/sasguard/rules"
	"github.com/sasguard/sasguard/rules/config"
)

// initExampleLine matches the commented-out config lines of the starter
// file: "# key = value" and "# [[table]]".
var initExampleLine = regexp.MustCompile(`^# (\[\[[a-z.]+\]\]|[a-z_]+ = .*)$`)

func TestInitWritesParsableConfig(t *testing.T) {
	dir := t.TempDir()
	stdout, stderr, code := runMain(t, "", "init", dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "wrote ") {
		t.Errorf("stdout %q does not say what was written", stdout)
	}
	data, err := os.ReadFile(filepath.Join(dir, rules.ConfigFileName))
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Parse(rules.ConfigFileName, data)
	if err != nil {
		t.Fatalf("the starter file does not parse:\n%v", err)
	}
	if cfg.Policy.BlockOn != rules.SeverityError || cfg.Policy.Live != rules.SeverityError || cfg.Policy.Expired != rules.SeverityWarning {
		t.Errorf("starter policy %+v is not the documented default", cfg.Policy)
	}
	for _, section := range []string{"[policy]", "block_on", "live", "expired", "[[policy.tolerate]]", "[env]", "template", "[[rules]]", "examples", "counterexamples", "[[allow]]", "reason", "expires", "baseline"} {
		if !strings.Contains(string(data), section) {
			t.Errorf("starter file does not document %s", section)
		}
	}
}

// TestInitExamplesAreValid uncomments every example in the starter file and
// parses the result: the custom rule must compile, match its example and not
// its counterexample, and the tolerate and allow entries must be valid.
func TestInitExamplesAreValid(t *testing.T) {
	var b strings.Builder
	uncommented := 0
	for _, line := range strings.Split(initTemplate, "\n") {
		if initExampleLine.MatchString(line) {
			line = strings.TrimPrefix(line, "# ")
			uncommented++
		}
		b.WriteString(line + "\n")
	}
	cfg, err := config.Parse("uncommented.toml", []byte(b.String()))
	if err != nil {
		t.Fatalf("the starter file's examples do not form a valid config:\n%v\n%s", err, b.String())
	}
	if len(cfg.Rules) != 1 || len(cfg.Policy.Tolerate) != 1 || len(cfg.Allow) != 1 || cfg.Baseline == "" || cfg.Env.Template == "" {
		t.Fatalf("uncommented %d lines but got %d rules, %d tolerances, %d allow entries, baseline %q, template %q",
			uncommented, len(cfg.Rules), len(cfg.Policy.Tolerate), len(cfg.Allow), cfg.Baseline, cfg.Env.Template)
	}

	// The example rule finds its example through the real engine.
	eng := rules.NewEngine(cfg, rules.Options{Now: now})
	r := cfg.Rules[0]
	found := eng.Scan("config.env", []byte(r.Examples[0]+"\n"))
	if len(found) != 1 || found[0].Rule != r.ID {
		t.Errorf("the example rule %s finds %d findings in its own example, want 1", r.ID, len(found))
	}
	if got := eng.Scan("config.env", []byte(r.Counterexamples[0]+"\n")); len(got) != 0 {
		t.Errorf("the example rule reports its counterexample")
	}
}

func TestInitKeepsExistingFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, rules.ConfigFileName)
	mine := []byte("version = 1\n# my team's settings\n")
	if err := os.WriteFile(path, mine, 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := runMain(t, "", "init", dir)
	if code != exitUsage || !strings.Contains(stderr, "already exists") || !strings.Contains(stderr, "--force") {
		t.Errorf("exit %d, stderr %q; want 2 and a hint about --force", code, stderr)
	}
	if data, _ := os.ReadFile(path); string(data) != string(mine) {
		t.Fatalf("init overwrote the existing file without --force")
	}
	if _, stderr, code := runMain(t, "", "init", "--force", dir); code != exitOK {
		t.Fatalf("init --force: exit %d: %s", code, stderr)
	}
	if data, _ := os.ReadFile(path); string(data) != initTemplate {
		t.Errorf("init --force did not write the starter file")
	}
}

func TestInitBadArgs(t *testing.T) {
	for _, args := range [][]string{
		{"init", filepath.Join(t.TempDir(), "missing")},
		{"init", "a", "b"},
		{"init", "--frce"},
	} {
		if _, _, code := runMain(t, "", args...); code != exitUsage {
			t.Errorf("sasguard %s: exit %d, want 2", strings.Join(args, " "), code)
		}
	}
}
