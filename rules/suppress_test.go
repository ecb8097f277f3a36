package rules

import (
	"strings"
	"testing"
	"time"
)

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

// TestBaselineOption: a baseline entry hides that finding in the file it
// was recorded in and no other; an entry without a path hides nothing and
// says to re-run `sasguard baseline`.
func TestBaselineOption(t *testing.T) {
	tok := []byte(sampleByID(t, "t006").Text)
	fp := testEngine(t, nil).Scan("a", tok)[0].Fingerprint
	now := loadSamples(t).ReferenceTime
	e := NewEngine(nil, Options{Now: func() time.Time { return now }, Baseline: map[string]bool{BaselineKey("a.py", fp): true}})
	if fs := e.Scan("a.py", tok); len(fs) != 0 {
		t.Errorf("baselined finding reported")
	}
	if fs := e.Scan("copy.py", tok); len(fs) != 1 {
		t.Errorf("the baselined secret copied into another file is not reported")
	}
	other := []byte(sampleByID(t, "t005").Text)
	if fs := e.Scan("a.py", other); len(fs) != 1 {
		t.Errorf("a new finding must still be reported with a baseline")
	}
	legacy := NewEngine(nil, Options{Now: func() time.Time { return now }, Baseline: map[string]bool{BaselineKey("", fp): true}})
	fs := legacy.Scan("a.py", tok)
	if len(fs) != 1 || !strings.Contains(strings.Join(fs[0].Notes, " "), "re-run `sasguard baseline`") {
		t.Errorf("an entry without a path: got %d findings (notes %v), want it reported with a note to re-run sasguard baseline", len(fs), fs)
	}
}
