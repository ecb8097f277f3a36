package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRefusesHidingEntries: a committed config cannot turn detection off
// wholesale (issue 10, item 2); each entry is refused at its line.
func TestRefusesHidingEntries(t *testing.T) {
	for _, tc := range []struct {
		name, file string
		line       int
		msg        string
	}{
		{"live none", "version = 1\n[policy]\nlive = \"none\"\n", 3, "hide every live secret"},
		{"LIVE none", "version = 1\n[POLICY]\nLIVE = \"none\"\n", 3, "hide every live secret"},
		{"Live none", "version = 1\n[Policy]\nLive = \"none\"\n", 3, "hide every live secret"},
		{"dotted key", "version = 1\npolicy.live = \"none\"\n", 2, "hide every live secret"},
		{"expired none", "[policy]\nexpired = \"none\"\n", 2, "hide every expired"},
		{"tolerate none", "[policy]\n\n[[policy.tolerate]]\nname = \"all\"\nseverity = \"none\"\n", 3, "would hide"},
		{"tolerate none with conditions", "[[policy.tolerate]]\nseverity = \"none\"\npaths = [\"docs/**\"]\n", 1, "would hide"},
		{"allow **", "[[allow]]\npath = \"**\"\nreason = \"x\"\n", 1, "matches every file"},
		{"allow paths **/*", "[[allow]]\npath = \"docs/**\"\nreason = \"x\"\n\n[[allow]]\npaths = [\"docs/**\", \"**/*\"]\nreason = \"x\"\n", 5, "matches every file"},
		{"allow *", "[[allow]]\npath = \"*\"\nreason = \"x\"\n", 1, "matches every file"},
		{"allow {**,x}", "[[ALLOW]]\nPATH = \"{**,x}\"\nreason = \"x\"\n", 1, "matches every file"},
		{"allow **/*.*", "[[allow]]\npath = \"**/*.*\"\nreason = \"x\"\n", 1, "matches every file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(".sasguard.toml", []byte(tc.file))
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("want a config error, got %v", err)
			}
			if ce.Line != tc.line || !strings.Contains(ce.Msg, tc.msg) || ce.Hint == "" {
				t.Errorf("got %d: %s (hint %q), want line %d saying %q", ce.Line, ce.Msg, ce.Hint, tc.line, tc.msg)
			}
		})
	}
	// Narrow uses stay legal.
	for _, ok := range []string{
		"[[allow]]\npath = \"testdata/**\"\nreason = \"x\"\n",
		"[[allow]]\npath = \"**/*_test.go\"\nreason = \"x\"\n",
		"[[allow]]\nfingerprint = \"6fa9835cd72be9dcaa4834ccc616eb60\"\npath = \"**\"\nreason = \"x\"\n",
		"[policy]\nlive = \"warning\"\nexpired = \"info\"\n[[policy.tolerate]]\nseverity = \"info\"\n",
	} {
		if _, err := Parse("x.toml", []byte(ok)); err != nil {
			t.Errorf("%q refused: %v", ok, err)
		}
	}
}

// TestBounds: a small file cannot make loading expensive (issue 10, item 4).
func TestBounds(t *testing.T) {
	for _, tc := range []struct {
		name string
		data []byte
		line int
		msg  string
	}{
		{"nested inline tables", nestedConfig(5000), 4, "nested more than"},
		{"nested arrays", []byte("[[rules]]\nexamples = " + strings.Repeat("[", 10000) + "\n"), 2, "nested more than"},
		{"too large", []byte("# " + strings.Repeat("x", MaxSize) + "\n"), 0, "more than sasguard reads"},
		{"huge regex", []byte("[[rules]]\nid = \"big\"\nregex = '''" + strings.Repeat("[a-z]{500}", 20) + "'''\nexamples = [\"x\"]\n"), 1, "instructions"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(".sasguard.toml", tc.data)
			var ce *Error
			if !errors.As(err, &ce) || ce.Line != tc.line || !strings.Contains(ce.Msg, tc.msg) {
				t.Errorf("got %v, want line %d saying %q", err, tc.line, tc.msg)
			}
		})
	}
	// Brackets inside strings and comments are not nesting.
	ok := "# [[[[[[[[[[[[[[[[[[[[[[[\n[env]\ntemplate = \"A\" # {{{{{{{{{{{{{{{{{{{{{{\n[[rules]]\nid = \"r\"\nregex = '''[[[[[[[[[[[[[[[[[[[[[[[[a]'''\ndescription = \"\"\"\n[[[[[[[[[[[[[[[[[[[[[\"\"\"\nexamples = [\"[\", '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[']\n"
	if _, err := Parse("x.toml", []byte(ok)); err != nil {
		t.Errorf("brackets in strings or comments refused: %v", err)
	}
}

func TestLoadRefusesAFIFO(t *testing.T) {
	p := filepath.Join(t.TempDir(), "fifo.toml")
	if err := mkfifo(p); err != nil {
		t.Skipf("cannot make a FIFO here: %v", err)
	}
	if _, err := Load(t.TempDir(), p); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("want an error saying the config is not a regular file, got %v", err)
	}
	_ = os.Remove(p)
}
