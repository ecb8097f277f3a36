package config

import (
	"errors"
	"strings"
	"testing"

	"github.com/sasguard/sasguard/rules"
)

func TestParseErrors(t *testing.T) {
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
		{"bad regex", "[[rules]]\nid = \"acme-key\"\nregex = '''acme_(['''\nexamples = [\"acme_1\"]\n\n[[rules]]\nid = \"other\"\n", 3, "bad regex", "RE2"},
		{"second rule bad regex", "[[rules]]\nid = \"a\"\nregex = 'a+'\nexamples = [\"a\"]\n\n[[rules]]\nid = \"b\"\nregex = '(?<=x)b'\nexamples = [\"b\"]\n", 8, "bad regex", "lookaround"},
		{"example does not match", "[[rules]]\nid = \"acme\"\nregex = 'acme_[0-9a-f]{32}'\nexamples = [\"acme_123\"]\n", 4, "does not match its example", "fix the regex"},
		{"counterexample matches", "[[rules]]\nid = \"acme\"\nregex = 'acme_[0-9a-z]+'\nexamples = [\"acme_0123456789abcdef\"]\ncounterexamples = [\"acme_placeholder\"]\n", 5, "matches its counterexample", "placeholders"},
		{"no examples", "[[rules]]\nid = \"acme\"\nregex = 'acme_[0-9]+'\n", 1, "has no examples", "examples"},
		{"reserved id", "[[rules]]\nid = \"azure-account-sas\"\nregex = 'x'\nexamples = [\"x\"]\n", 2, "reserved", "your own"},
		{"allow without reason", "[[allow]]\nfingerprint = \"abc\"\n", 1, "has no reason", "reason ="},
		{"allow matching nothing", "[[allow]]\nreason = \"x\"\n", 1, "matches nothing", "fingerprint"},
		{"allow bad date", "[[allow]]\npath = \"docs/**\"\nreason = \"x\"\nexpires = \"soon\"\n", 4, "not a date", "2027-01-31"},
		{"tolerate without severity", "[policy]\n[[policy.tolerate]]\nname = \"docs\"\n", 2, "needs a severity", "warning"},
		{"tolerate unknown kind", "[[policy.tolerate]]\nseverity = \"warning\"\nkinds = [\"sas\"]\n", 3, `unknown kind "sas"`, "service_sas"},
		{"bad env template", "[env]\ntemplate = \"AZ-{KIND}\"\n", 2, "valid variable name", "{ACCOUNT}"},
		{"wrong type", "baseline = 3\n", 1, "", ""},
		{"misspelt top-level key", "verison = 1\n", 1, `unknown key "verison"`, `did you mean "version"`},
		{"misspelt key in an entry", "[[allow]]\nfingerprint = \"abc\"\nreasno = \"x\"\n", 3, `unknown key "allow.reasno"`, `did you mean "reason"`},
		{"unknown template placeholder", "[env]\ntemplate = \"{ACCT}_{KIND}\"\n", 2, "unknown placeholder {ACCT}", "did you mean {ACCOUNT}? the placeholders are {ACCOUNT} and {KIND}"},
		{"lower-case template placeholder", "[env]\ntemplate = \"{kind}\"\n", 2, "unknown placeholder {kind}", "{KIND}"},
		{"bad regex in the third entry, indented", "[[rules]]\nid = \"a\"\nregex = 'a+'\nexamples = [\"a\"]\n[[rules]]\nid = \"b\"\nregex = 'b+'\nexamples = [\"b\"]\n[[rules]]\n  id = \"c\"\n  examples = [\"c\"]\n  regex = '(c'\n", 12, "bad regex", "RE2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(".sasguard.toml", []byte(tt.toml))
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("got %v, want a *Error", err)
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

func TestParseFull(t *testing.T) {
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
	c, err := Parse(".sasguard.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if c.Policy.Expired != rules.SeverityInfo || c.Policy.Live != rules.SeverityError || c.Policy.BlockOn != rules.SeverityError {
		t.Errorf("policy = %+v", c.Policy)
	}
	if len(c.Policy.Tolerate) != 1 || c.Policy.Tolerate[0].MaxDays != 7 || !c.Policy.Tolerate[0].HTTPSOnly {
		t.Errorf("tolerate = %+v", c.Policy.Tolerate)
	}
	if len(c.Rules) != 1 || c.Rules[0].Keywords[0] != "acme_" || c.Rules[0].Severity != rules.SeverityWarning {
		t.Errorf("rules = %+v", c.Rules)
	}
	if len(c.Allow) != 1 || c.Allow[0].Expires == nil || c.Allow[0].Expires.Format("2006-01-02") != "2027-06-30" {
		t.Errorf("allow = %+v", c.Allow)
	}
	if c.Baseline != ".sasguard-baseline.json" || c.Env.Template != "{ACCOUNT}_{KIND}" {
		t.Errorf("baseline %q template %q", c.Baseline, c.Env.Template)
	}
}

// TestErrorPointsAtTheKey: an entry's problem names the line and column of
// the key at fault, not the entry's [[header]].
func TestErrorPointsAtTheKey(t *testing.T) {
	src := "[[rules]]\nid = \"acme\"\n   regex = '(x'\nexamples = [\"x\"]\n"
	_, err := Parse(".sasguard.toml", []byte(src))
	var ce *Error
	if !errors.As(err, &ce) || ce.Line != 3 || ce.Col != 4 {
		t.Fatalf("got %v, want .sasguard.toml:3:4 (the regex key)", err)
	}
	if !strings.HasPrefix(err.Error(), ".sasguard.toml:3:4: ") {
		t.Errorf("text %q does not start with file:line:col", err)
	}
}
