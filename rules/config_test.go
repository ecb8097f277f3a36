package rules

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestParseConfigErrors(t *testing.T) {
	tests := []struct {
		name     string
		toml     string
		line     int
		msg      string
		hintPart string
	}{
		{"syntax", "[policy]\nblock_on = error\n", 2, "", "quotes"},
		{"unknown top-level key", "version = 1\nbaselin = \"b.json\"\n", 2, `unknown key "baselin"`, `did you mean "baseline"`},
		{"unknown nested key", "[policy]\nblock_on = \"error\"\nexpird = \"info\"\n", 3, `unknown key "policy.expird"`, `did you mean "expired"`},
		{"unknown key in array table", "[[rules]]\nid = \"x\"\nregex = \"x\"\nexamples = [\"x\"]\nkeywordz = [\"x\"]\n", 5, `unknown key "rules.keywordz"`, "keywords"},
		{"bad severity", "[policy]\nlive = \"fatal\"\n", 2, `unknown severity "fatal"`, "error"},
		{"block on none", "[policy]\nblock_on = \"none\"\n", 2, "would let every secret through", "[[allow]]"},
		{"bad regex", "[[rules]]\nid = \"acme-key\"\nregex = '''acme_(['''\nexamples = [\"acme_1\"]\n\n[[rules]]\nid = \"other\"\n", 1, "bad regex", "RE2"},
		{"second rule bad regex", "[[rules]]\nid = \"a\"\nregex = 'a+'\nexamples = [\"a\"]\n\n[[rules]]\nid = \"b\"\nregex = '(?<=x)b'\nexamples = [\"b\"]\n", 6, "bad regex", "lookaround"},
		{"example does not match", "[[rules]]\nid = \"acme\"\nregex = 'acme_[0-9a-f]{32}'\nexamples = [\"acme_123\"]\n", 1, "does not match its example", "fix the regex"},
		{"counterexample matches", "[[rules]]\nid = \"acme\"\nregex = 'acme_[0-9a-z]+'\nexamples = [\"acme_0123456789abcdef\"]\ncounterexamples = [\"acme_placeholder\"]\n", 1, "matches its counterexample", "placeholders"},
		{"no examples", "[[rules]]\nid = \"acme\"\nregex = 'acme_[0-9]+'\n", 1, "has no examples", "examples"},
		{"reserved id", "[[rules]]\nid = \"azure-account-sas\"\nregex = 'x'\nexamples = [\"x\"]\n", 1, "reserved", "your own"},
		{"allow without reason", "[[allow]]\nfingerprint = \"abc\"\n", 1, "has no reason", "reason ="},
		{"allow matching nothing", "[[allow]]\nreason = \"x\"\n", 1, "matches nothing", "fingerprint"},
		{"allow bad date", "[[allow]]\npath = \"docs/**\"\nreason = \"x\"\nexpires = \"soon\"\n", 1, "not a date", "2027-01-31"},
		{"tolerate without severity", "[policy]\n[[policy.tolerate]]\nname = \"docs\"\n", 2, "needs a severity", "warning"},
		{"tolerate unknown kind", "[[policy.tolerate]]\nseverity = \"warning\"\nkinds = [\"sas\"]\n", 1, `unknown kind "sas"`, "service_sas"},
		{"bad env template", "[env]\ntemplate = \"AZ-{KIND}\"\n", 2, "valid variable name", "{ACCOUNT}"},
		{"wrong type", "baseline = 3\n", 1, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseConfig(".sasguard.toml", []byte(tt.toml))
			var ce *ConfigError
			if !errors.As(err, &ce) {
				t.Fatalf("got %v, want a *ConfigError", err)
			}
			if ce.File != ".sasguard.toml" {
				t.Errorf("file = %q", ce.File)
			}
			if tt.line > 0 && ce.Line != tt.line {
				t.Errorf("line = %d, want %d (%v)", ce.Line, tt.line, err)
			}
			if !strings.Contains(ce.Msg, tt.msg) {
				t.Errorf("msg = %q, want it to contain %q", ce.Msg, tt.msg)
			}
			if !strings.Contains(ce.Hint, tt.hintPart) {
				t.Errorf("hint = %q, want it to contain %q", ce.Hint, tt.hintPart)
			}
			if ce.Hint == "" {
				t.Errorf("no hint for %v", err)
			}
			if want := ".sasguard.toml:"; !strings.HasPrefix(err.Error(), want) {
				t.Errorf("error %q does not start with %q", err, want)
			}
		})
	}
}

func TestParseConfigFull(t *testing.T) {
	src := `version = 1
baseline = ".sasguard-baseline.json"

[policy]
block_on = "error"
expired = "info"

[[policy.tolerate]]
name = "short read-only links in docs"
severity = "warning"
paths = ["docs/**"]
kinds = ["service_sas"]
permissions = "rl"
https_only = true
max_days = 7

[env]
template = "{ACCOUNT}_{KIND}"

[[rules]]
id = "acme-api-key"
description = "Acme API key"
regex = '''acme_(?:live|test)_([0-9a-f]{32})'''
secret_group = 1
keywords = ["ACME_"]
severity = "warning"
examples = ["key = acme_live_0123456789abcdef0123456789abcdef"]
counterexamples = ["acme_live_<key>"]

[[allow]]
path = "testdata/**"
reason = "fixtures minted for accounts that do not exist"
expires = 2027-06-30
`
	c, err := ParseConfig(".sasguard.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if c.Policy.Expired != SeverityInfo || c.Policy.Live != SeverityError || c.Policy.BlockOn != SeverityError {
		t.Errorf("policy = %+v", c.Policy)
	}
	if len(c.Policy.Tolerate) != 1 || c.Policy.Tolerate[0].MaxDays != 7 || !c.Policy.Tolerate[0].HTTPSOnly {
		t.Errorf("tolerate = %+v", c.Policy.Tolerate)
	}
	if len(c.Rules) != 1 || c.Rules[0].Keywords[0] != "acme_" || c.Rules[0].Severity != SeverityWarning {
		t.Errorf("rules = %+v", c.Rules)
	}
	if len(c.Allow) != 1 || c.Allow[0].Expires == nil || c.Allow[0].Expires.Format("2006-01-02") != "2027-06-30" {
		t.Errorf("allow = %+v", c.Allow)
	}
	if c.Baseline != ".sasguard-baseline.json" || c.Env.Template != "{ACCOUNT}_{KIND}" {
		t.Errorf("baseline %q template %q", c.Baseline, c.Env.Template)
	}
}

func TestTolerancePolicy(t *testing.T) {
	cfg, err := ParseConfig("c.toml", []byte(`
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
		want     Severity
	}{
		{"t005", "docs/models.md", SeverityWarning}, // read, https, 7 days
		{"t005", "src/models.py", SeverityError},    // outside docs/
		{"t002", "docs/a.md", SeverityWarning},      // account SAS, rl, https, 1 day: kinds unset allows it
		{"t006", "docs/a.md", SeverityError},        // write and delete
		{"t012", "docs/a.md", SeverityError},        // http allowed, 45 days
		{"t008", "docs/a.md", SeverityError},        // stored policy: permissions unknown
		{"t015", "docs/a.md", SeverityError},        // a key is never tolerated without naming its kind
	}
	for _, tt := range tests {
		fs := e.Scan(tt.path, []byte(sampleByID(t, tt.id).Text))
		if len(fs) != 1 {
			t.Fatalf("%s: %d findings", tt.id, len(fs))
		}
		if fs[0].Severity != tt.want {
			t.Errorf("%s in %s: severity %v, want %v", tt.id, tt.path, fs[0].Severity, tt.want)
		}
		if tt.want == SeverityWarning && (len(fs[0].Notes) == 0 || !strings.Contains(fs[0].Notes[0], `"docs links"`)) {
			t.Errorf("%s: notes %q should name the policy", tt.id, fs[0].Notes)
		}
	}
}

func TestInlineSuppression(t *testing.T) {
	e := testEngine(t, nil) // now = 2026-11-22
	tok := sampleByID(t, "t006").Text
	tests := []struct {
		name, content string
		suppressed    bool
		note          string
	}{
		{"same line", "url = \"" + tok + "\"  # sasguard:ignore reason=\"test fixture, account deleted\"\n", true, ""},
		{"line above", "// sasguard:ignore reason=\"rotated 2026-11-01\" until=2027-01-31\nconst u = \"" + tok + "\";\n", true, ""},
		{"markdown comment", "<!-- sasguard:ignore reason=\"public sample container\" -->\n[x](" + tok + ")\n", true, ""},
		{"no reason", "# sasguard:ignore\nurl = \"" + tok + "\"\n", false, "needs reason"},
		{"empty reason", "# sasguard:ignore reason=\"\"\nurl = \"" + tok + "\"\n", false, "needs reason"},
		{"expired", "# sasguard:ignore reason=\"temporary\" until=2026-11-01\nurl = \"" + tok + "\"\n", false, "expired on 2026-11-01"},
		{"until today still holds", "# sasguard:ignore reason=\"temporary\" until=2026-11-22\nurl = \"" + tok + "\"\n", true, ""},
		{"two lines above does not count", "# sasguard:ignore reason=\"x\"\n\nurl = \"" + tok + "\"\n", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := e.Scan("a.py", []byte(tt.content))
			if tt.suppressed {
				if len(fs) != 0 {
					t.Fatalf("got %d findings, want it suppressed", len(fs))
				}
				return
			}
			if len(fs) != 1 {
				t.Fatalf("got %d findings, want 1", len(fs))
			}
			if fs[0].Severity != SeverityError {
				t.Errorf("severity %v", fs[0].Severity)
			}
			notes := strings.Join(fs[0].Notes, "\n")
			if tt.note == "" && notes != "" || !strings.Contains(notes, tt.note) {
				t.Errorf("notes = %q, want %q", notes, tt.note)
			}
		})
	}
}

func TestAllowlistAndBaseline(t *testing.T) {
	tok := []byte(sampleByID(t, "t006").Text)
	fp := testEngine(t, nil).Scan("a", tok)[0].Fingerprint
	cfg := func(src string) *Config {
		c, err := ParseConfig("c.toml", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	tests := []struct {
		name  string
		cfg   *Config
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
	now := loadSamples(t).ReferenceTime
	e := NewEngine(nil, Options{Now: func() time.Time { return now }, Baseline: map[string]bool{fp: true}})
	if fs := e.Scan("a.py", tok); len(fs) != 0 {
		t.Errorf("baselined finding reported")
	}
	other := []byte(sampleByID(t, "t005").Text)
	if fs := e.Scan("a.py", other); len(fs) != 1 {
		t.Errorf("a new finding must still be reported with a baseline")
	}
}

// TestFingerprintIgnoresPosition: the same secret moved or re-encoded keeps
// its fingerprint; a different secret does not share it.
func TestFingerprintIgnoresPosition(t *testing.T) {
	e := testEngine(t, nil)
	tok := sampleByID(t, "t001").Text
	a := e.Scan("a.py", []byte("x = '"+tok+"'\n"))[0].Fingerprint
	b := e.Scan("b/c.md", []byte("\n\n\nlink: "+strings.ReplaceAll(tok, "&", "&amp;")+"\n"))[0].Fingerprint
	c := e.Scan("a.py", []byte(sampleByID(t, "t002").Text))[0].Fingerprint
	if a != b {
		t.Errorf("same secret, different fingerprints %s %s", a, b)
	}
	if a == c {
		t.Errorf("different secrets share fingerprint %s", a)
	}
}

func TestCustomRule(t *testing.T) {
	cfg, err := ParseConfig("c.toml", []byte(`
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
	content := []byte("key = 'acme_live_00112233445566778899aabbccddeeff'\nplaceholder = 'acme_live_XXXX'\n" + sampleByID(t, "t001").Text + "\n")
	fs := e.Scan("a.py", content)
	if len(fs) != 2 {
		t.Fatalf("got %d findings, want the custom one and the SAS", len(fs))
	}
	f := fs[0]
	if f.Rule != "acme-api-key" || f.Kind != "acme-api-key" || f.Severity != SeverityError || !strings.HasPrefix(f.Message, "Acme API key") {
		t.Errorf("custom finding = %+v", f)
	}
	if strings.Contains(f.Redacted, "00112233445566778899aabbccddeeff") || !strings.HasPrefix(f.Redacted, "acme_live_0011****") {
		t.Errorf("redacted = %q", f.Redacted)
	}
	if fs[1].Rule != "azure-account-sas" {
		t.Errorf("second finding %s", fs[1].Rule)
	}
}
