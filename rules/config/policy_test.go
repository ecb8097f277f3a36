package config

import (
	"strings"
	"testing"
	"time"

	"github.com/sasguard/sasguard/cmd/sasguardtest"
	"github.com/sasguard/sasguard/rules"
)

// These tests read a config and scan with it: what a .sasguard.toml says is
// what the engine does.

// testEngine is an engine under cfg with the sample tokens' clock.
func testEngine(t testing.TB, cfg *rules.Config) *rules.Engine {
	t.Helper()
	return rules.NewEngine(cfg, rules.Options{Now: func() time.Time { return sasguardtest.RefTime }})
}

// token is a sample token of rules/testdata/sas-tokens.json by id.
func token(t testing.TB, id string) string {
	t.Helper()
	tok, ok := sasguardtest.Tokens(t)[id]
	if !ok {
		t.Fatalf("no sample %s", id)
	}
	return tok
}

func TestTolerancePolicy(t *testing.T) {
	cfg, err := Parse("c.toml", []byte(`
[[policy.tolerate]]
name = "docs links"
severity = "warning"
paths = ["docs/**"]
permissions = "rl"
https_only = true
max_days = 7
`))
	if err != nil {
		t.Fatal(err)
	}
	e := testEngine(t, cfg)
	tests := []struct {
		id, path string
		want     rules.Severity
	}{
		{"t005", "docs/models.md", rules.SeverityWarning}, // read, https, 7 days
		{"t005", "src/models.py", rules.SeverityError},    // outside docs/
		{"t002", "docs/a.md", rules.SeverityWarning},      // account SAS, rl, https, 1 day: kinds unset allows it
		{"t006", "docs/a.md", rules.SeverityError},        // write and delete
		{"t012", "docs/a.md", rules.SeverityError},        // http allowed, 45 days
		{"t008", "docs/a.md", rules.SeverityError},        // stored policy: permissions unknown
		{"t015", "docs/a.md", rules.SeverityError},        // a key is never tolerated without naming its kind
	}
	for _, tt := range tests {
		fs := e.Scan(tt.path, []byte(token(t, tt.id)))
		if len(fs) != 1 {
			t.Fatalf("%s: %d findings", tt.id, len(fs))
		}
		if fs[0].Severity != tt.want {
			t.Errorf("%s in %s: severity %v, want %v", tt.id, tt.path, fs[0].Severity, tt.want)
		}
		if tt.want == rules.SeverityWarning && (len(fs[0].Notes) == 0 || !strings.Contains(fs[0].Notes[0], `"docs links"`)) {
			t.Errorf("%s: notes %q should name the policy", tt.id, fs[0].Notes)
		}
	}
}

func TestAllowlist(t *testing.T) {
	tok := []byte(token(t, "t006"))
	fp := testEngine(t, nil).Scan("a", tok)[0].Fingerprint
	cfg := func(src string) *rules.Config {
		c, err := Parse("c.toml", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	tests := []struct {
		name  string
		cfg   *rules.Config
		path  string
		found bool
		note  string
	}{
		{"fingerprint", cfg("[[allow]]\nfingerprint = \"" + fp + "\"\nreason = \"r\"\n"), "src/a.py", false, ""},
		{"other fingerprint", cfg("[[allow]]\nfingerprint = \"0000\"\nreason = \"r\"\n"), "src/a.py", true, ""},
		{"path glob", cfg("[[allow]]\npath = \"testdata/**\"\nreason = \"r\"\n"), "testdata/x/a.py", false, ""},
		{"path glob elsewhere", cfg("[[allow]]\npath = \"testdata/**\"\nreason = \"r\"\n"), "src/a.py", true, ""},
		{"both must match", cfg("[[allow]]\nfingerprint = \"" + fp + "\"\npath = \"docs/*\"\nreason = \"r\"\n"), "src/a.py", true, ""},
		{"expired entry", cfg("[[allow]]\nfingerprint = \"" + fp + "\"\nreason = \"r\"\nexpires = 2026-11-01\n"), "a.py", true, "expired on 2026-11-01"},
		{"live entry", cfg("[[allow]]\nfingerprint = \"" + fp + "\"\nreason = \"r\"\nexpires = 2026-12-01\n"), "a.py", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := testEngine(t, tt.cfg).Scan(tt.path, tok)
			if (len(fs) == 1) != tt.found {
				t.Fatalf("found %d, want found=%v", len(fs), tt.found)
			}
			if tt.note != "" && !strings.Contains(strings.Join(fs[0].Notes, " "), tt.note) {
				t.Errorf("notes %q lack %q", fs[0].Notes, tt.note)
			}
			if tt.note != "" && !strings.Contains(strings.Join(fs[0].Notes, " "), "c.toml:1") {
				t.Errorf("notes %q should point at the entry", fs[0].Notes)
			}
		})
	}
}

func TestCustomRule(t *testing.T) {
	cfg, err := Parse("c.toml", []byte(`
[[rules]]
id = "acme-api-key"
description = "Acme API key: full access to the Acme account"
regex = '''acme_live_([0-9a-f]{32})'''
secret_group = 1
keywords = ["acme_live"]
examples = ["acme_live_0123456789abcdef0123456789abcdef"]
counterexamples = ["acme_live_<your key>"]
`))
	if err != nil {
		t.Fatal(err)
	}
	e := testEngine(t, cfg)
	content := []byte("key = 'acme_live_00112233445566778899aabbccddeeff'\nplaceholder = 'acme_live_XXXX'\n" + token(t, "t001") + "\n")
	fs := e.Scan("a.py", content)
	if len(fs) != 2 {
		t.Fatalf("got %d findings, want the custom one and the SAS", len(fs))
	}
	f := fs[0]
	if f.Rule != "acme-api-key" || f.Kind != "acme-api-key" || f.Severity != rules.SeverityError || !strings.HasPrefix(f.Message, "Acme API key") {
		t.Errorf("custom finding = %+v", f)
	}
	if strings.Contains(f.Redacted, "00112233445566778899aabbccddeeff") || !strings.HasPrefix(f.Redacted, "acme_live_0011****") {
		t.Errorf("redacted = %q", f.Redacted)
	}
	if fs[1].Rule != "azure-account-sas" {
		t.Errorf("second finding %s", fs[1].Rule)
	}
}
