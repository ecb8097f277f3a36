package config

import (
	"errors"
	"os"
	"regexp"
	"strings"
	"testing"
)

// FuzzParse: whatever a committed .sasguard.toml holds, Parse returns a
// config or an *Error, never panics, and stays within its bounds. CI runs
// only the seeds (go test); explore with
// go test ./rules/config -run '^$' -fuzz FuzzParse -fuzztime 60s.
func FuzzParse(f *testing.F) {
	if data, err := os.ReadFile("../../README.md"); err == nil {
		for _, b := range regexp.MustCompile("(?s)```toml\n(.*?)```").FindAllSubmatch(data, -1) {
			f.Add(b[1])
		}
	}
	if data, err := os.ReadFile("../../.sasguard.toml"); err == nil {
		f.Add(data)
	}
	for _, s := range []string{
		"",
		"version = 1\nbaseline = \".sasguard-baseline.json\"\n",
		"[policy]\nlive = \"none\"\n",
		"[POLICY]\nLIVE = \"warning\"\nblock_on = \"warning\"\n",
		"[[policy.tolerate]]\nseverity = \"info\"\npaths = [\"docs/**\"]\nkinds = [\"service_sas\"]\npermissions = \"rl\"\nmax_days = 7\n",
		"[[allow]]\npath = \"**\"\nreason = \"x\"\n",
		"[[allow]]\nfingerprint = \"6fa9835cd72be9dcaa4834ccc616eb60\"\nreason = \"r\"\nexpires = 2027-06-30\n",
		"[[rules]]\nid = \"acme\"\nregex = '''acme_([0-9a-f]{8})'''\nsecret_group = 1\nkeywords = [\"acme\"]\nexamples = [\"acme_0123abcd\"]\n",
		"x = " + strings.Repeat("{a=", 40) + "1" + strings.Repeat("}", 40) + "\n",
		"a = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n",
		"s = \"\"\"\n[[[[\\\"\"\"\"\nt = '''{{{'''\n",
		"baseline = \"../x.json\"\n",
		"[env]\ntemplate = \"{ACCOUNT}_{KIND}\"\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := Parse(".sasguard.toml", data)
		if err != nil {
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("error is not a *config.Error: %T %v", err, err)
			}
			if ce.Line < 0 || ce.Msg == "" {
				t.Fatalf("error without a message or with a bad line: %+v", ce)
			}
			return
		}
		if cfg == nil {
			t.Fatal("no config and no error")
		}
		if len(data) > MaxSize {
			t.Fatal("a file over MaxSize loaded")
		}
		if baselinePathProblem(cfg.Baseline) != "" {
			t.Fatalf("a baseline outside the repository loaded: %q", cfg.Baseline)
		}
		for _, a := range cfg.Allow {
			for _, g := range a.Paths {
				if a.Fingerprint == "" && matchesEverything(g) {
					t.Fatalf("an allowlist glob matching everything loaded: %q", g)
				}
			}
		}
	})
}
