package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/unicode"

	"github.com/sasguard/sasguard/cmd/sasguardtest"
	"github.com/sasguard/sasguard/hook/gittest"
)

// hookGoldenDir is resolved before any test changes directory (hookMain does).
var hookGoldenDir = func() string {
	abs, err := filepath.Abs(filepath.Join("testdata", "hook"))
	if err != nil {
		panic(err)
	}
	return abs
}()

// hookRepo runs script (sh) in a new repository with the tokens in $SAS,
// $KEY and $EXPIRED, and returns the repository's directory.
func hookRepo(t *testing.T, script string) string {
	t.Helper()
	dir := t.TempDir()
	var env []string
	for k, v := range sasguardtest.HookTokens(t) {
		env = append(env, k+"="+v)
	}
	gittest.Sh(t, dir, "git init -q .\n"+script, env...)
	return dir
}

// hookMain runs sasguard in-process in dir with a pinned clock and no
// environment (no GIT_DIR or GIT_INDEX_FILE from a surrounding hook).
func hookMain(t *testing.T, dir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	t.Chdir(dir)
	stdout, stderr, code = runMain(t, "", args...)
	for name, tok := range sasguardtest.HookTokens(t) {
		// The masked form shows the secret's first 4 characters; 8 is a leak.
		for _, sec := range sasguardtest.SecretsOf(tok) {
			if strings.Contains(stdout+stderr, sec[:8]) {
				t.Errorf("output carries the secret of $%s", name)
			}
		}
	}
	return stdout, stderr, code
}

// TestHookGolden pins what a developer sees when a commit is blocked: the
// findings through the shared text report, then what to do.
func TestHookGolden(t *testing.T) {
	dir := hookRepo(t, `echo 'base = 1' > app.py && git add app.py && git commit -qm base
		printf 'url = "%s"\n' "$SAS" >> app.py
		printf 'conn = "%s"\nold = "%s"\n' "$KEY" "$EXPIRED" > 'my settings.py'
		git add .`)
	_, stderr, code := hookMain(t, dir, "hook")
	if code != exitFindings {
		t.Errorf("exit %d, want %d", code, exitFindings)
	}
	golden := filepath.Join(hookGoldenDir, "blocked.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(stderr), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), stderr); diff != "" {
		t.Errorf("hook output (-golden +got; go test ./cmd/sasguard -run TestHookGolden -update to accept):\n%s", diff)
	}
}

func TestHookExitCodes(t *testing.T) {
	tests := []struct {
		name    string
		setup   string // empty: not a repository
		args    []string
		want    int
		wantErr string
	}{
		{name: "nothing staged", setup: `true`, want: exitOK},
		{name: "clean change", setup: `echo hi > a.txt && git add a.txt`, want: exitOK},
		{name: "expired token only warns", setup: `printf 'x = "%s"\n' "$EXPIRED" > a.py && git add a.py`, want: exitOK, wantErr: "none blocking"},
		{name: "live SAS blocks", setup: `printf 'x = "%s"\n' "$SAS" > a.py && git add a.py`, want: exitFindings, wantErr: "commit blocked"},
		{name: "SAS in the work tree but not staged", setup: `echo clean > a.py && git add a.py && printf 'x = "%s"\n' "$SAS" > a.py`, want: exitOK},
		{name: "config error", setup: `printf '[policy]\nblock = "error"\n' > .sasguard.toml`, want: exitUsage, wantErr: ".sasguard.toml:2"},
		{name: "explicit config missing", setup: `true`, args: []string{"--config", "nope.toml"}, want: exitUsage, wantErr: "does not exist"},
		{name: "not a repository", want: exitUsage, wantErr: "cannot find the git repository"},
		{name: "a file that does not exist", setup: `true`, args: []string{"a.py"}, want: exitUsage, wantErr: "a.py does not exist"},
		{
			name:    "staged blob missing: fails closed",
			setup:   `echo content > n.txt && git add n.txt && h=$(git rev-parse :n.txt) && rm .git/objects/$(echo $h | cut -c1-2)/$(echo $h | cut -c3-)`,
			want:    exitFailure,
			wantErr: "was not checked",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if tt.setup != "" {
				dir = hookRepo(t, tt.setup)
			}
			_, stderr, code := hookMain(t, dir, append([]string{"hook"}, tt.args...)...)
			if code != tt.want {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.want, stderr)
			}
			if !strings.Contains(stderr, tt.wantErr) {
				t.Errorf("stderr lacks %q:\n%s", tt.wantErr, stderr)
			}
		})
	}
}

func TestInsertTopLevel(t *testing.T) {
	const line = "baseline = \"b.json\"\n"
	tests := []struct{ name, in, want string }{
		{"empty", "", line},
		{"keys only", "version = 1", "version = 1\n" + line},
		{"before the first table", "# team config\nversion = 1\n\n[policy]\nlive = \"error\"\n[[allow]]\npath = \"x\"\n",
			"# team config\nversion = 1\n\n" + line + "[policy]\nlive = \"error\"\n[[allow]]\npath = \"x\"\n"},
		{"indented table header", "  [policy]\n", line + "  [policy]\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, string(insertTopLevel([]byte(tt.in), line))); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestBaseline records existing findings, adds the baseline key to a
// config that has tables, and checks the hook then ignores the recorded
// secret wherever it moves but still blocks a new one.
func TestBaseline(t *testing.T) {
	dir := hookRepo(t, `printf 'version = 1\n\n[policy]\nexpired = "warning"\n' > .sasguard.toml
		printf 'url = "%s"\n' "$SAS" > old.py && git add . && git commit -qm old`)
	stdout, stderr, code := hookMain(t, dir, "baseline")
	if code != exitOK {
		t.Fatalf("baseline exit %d:\n%s", code, stderr)
	}
	for _, want := range []string{`added ` + "`" + `baseline = ".sasguard-baseline.json"` + "`", "recorded 1 finding in 1 file"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout)
		}
	}
	conf, err := os.ReadFile(filepath.Join(dir, ".sasguard.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(conf), "baseline = \".sasguard-baseline.json\"") || !strings.HasSuffix(string(conf), "[policy]\nexpired = \"warning\"\n") {
		t.Errorf("config after baseline:\n%s", conf)
	}
	base, err := os.ReadFile(filepath.Join(dir, ".sasguard-baseline.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(base), `"path": "old.py"`) || !strings.Contains(string(base), `"rule": "azure-account-sas"`) {
		t.Errorf("baseline file:\n%s", base)
	}

	// The baseline entry covers old.py only: the same secret copied into a
	// new file is a new finding, and so is a new secret.
	tok := sasguardtest.HookTokens(t)
	if err := os.WriteFile(filepath.Join(dir, "copy.py"), []byte("again = \""+tok["SAS"]+"\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	gitAdd := func(p string) { gittest.Sh(t, dir, "git add "+p) }
	gitAdd("copy.py")
	if _, stderr, code := hookMain(t, dir, "hook"); code != exitFindings || !strings.Contains(stderr, "copy.py:1:") {
		t.Errorf("baselined secret copied into a new file: exit %d, want %d naming copy.py\n%s", code, exitFindings, stderr)
	}
	gittest.Sh(t, dir, "git rm -q --cached copy.py")
	if err := os.WriteFile(filepath.Join(dir, "new.py"), []byte("k = \""+tok["KEY"]+"\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	gitAdd("new.py")
	if _, stderr, code := hookMain(t, dir, "hook"); code != exitFindings || !strings.Contains(stderr, "new.py:1:") {
		t.Errorf("new secret after baseline: exit %d\n%s", code, stderr)
	}

	// Running baseline again keeps the config as it is.
	if _, stderr, code := hookMain(t, dir, "baseline"); code != exitOK {
		t.Fatalf("second baseline: exit %d\n%s", code, stderr)
	}
	again, _ := os.ReadFile(filepath.Join(dir, ".sasguard.toml"))
	if !bytes.Equal(conf, again) {
		t.Errorf("second baseline changed the config:\n%s", again)
	}
}

// TestBaselineThenScanIsClean: baseline reads the tracked files the way scan
// does (UTF-16 decoded, large files streamed), so a scan right after it
// reports nothing; files deleted from or replaced in the work tree are
// skipped, not errors.
func TestBaselineThenScanIsClean(t *testing.T) {
	tok := sasguardtest.HookTokens(t)
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte("url = \"" + tok["SAS"] + "\"\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	dir := hookRepo(t, `printf 'k = "%s"\n' "$KEY" > app.py && echo gone > gone.txt && echo x > link.txt && git add . && git commit -qm base
		rm gone.txt link.txt && ln -s app.py link.txt`)
	writeFile(t, dir, "notes-utf16.txt", utf16)
	gittest.Sh(t, dir, "git add notes-utf16.txt")

	stdout, stderr, code := hookMain(t, dir, "baseline")
	if code != exitOK || !strings.Contains(stdout, "recorded 2 findings in 2 files") {
		t.Fatalf("baseline: exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	stdout, stderr, code = hookMain(t, dir, "scan", "--format", "json", "app.py", "notes-utf16.txt")
	if code != exitOK || strings.Contains(stdout, `"rule"`) {
		t.Errorf("scan after baseline: exit %d, want 0 and no finding\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
}
