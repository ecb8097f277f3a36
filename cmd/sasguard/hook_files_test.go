package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sasguard/sasguard/cmd/sasguardtest"
)

// With FILEs (what pre-commit passes), a committed secret in a file that is
// not staged is found; a staged file keeps the added-lines check, so a
// secret already in HEAD does not block its unrelated edit.
func TestHookFiles(t *testing.T) {
	dir := hookRepo(t, `printf 'old = "%s"\n' "$SAS" > committed.py && printf 'x = 1\nold = "%s"\n' "$KEY" > edited.py
		git add . && git -c user.name=t -c user.email=t@t commit -qm base
		echo 'y = 2' >> edited.py && git add edited.py`)
	t.Run("no files: the staged diff only", func(t *testing.T) {
		_, stderr, code := hookMain(t, dir, "hook")
		if code != exitOK {
			t.Errorf("exit %d, want 0 (the staged change adds no secret):\n%s", code, stderr)
		}
	})
	t.Run("an unstaged file is scanned whole", func(t *testing.T) {
		_, stderr, code := hookMain(t, dir, "hook", "committed.py")
		if code != exitFindings || !strings.Contains(stderr, "committed.py:1:") {
			t.Errorf("exit %d, want 1 with the committed SAS:\n%s", code, stderr)
		}
	})
	t.Run("a staged file gets the added-lines check", func(t *testing.T) {
		_, stderr, code := hookMain(t, dir, "hook", "edited.py")
		if code != exitOK || strings.Contains(stderr, "edited.py:") {
			t.Errorf("exit %d, want 0: the secret in edited.py is not what this commit adds:\n%s", code, stderr)
		}
	})
	t.Run("outside the repository", func(t *testing.T) {
		_, stderr, code := hookMain(t, dir, "hook", filepath.Join(t.TempDir(), "x.py"))
		if code != exitUsage || !strings.Contains(stderr, "outside the repository") {
			t.Errorf("exit %d:\n%s", code, stderr)
		}
	})
}

// Nothing staged and no files: the hook says it checked nothing.
func TestHookNothingStagedSaysSo(t *testing.T) {
	dir := hookRepo(t, `true`)
	_, stderr, code := hookMain(t, dir, "hook")
	if code != exitOK || !strings.Contains(stderr, "nothing was checked") {
		t.Errorf("exit %d, stderr %q: want 0 and a note that nothing was checked", code, stderr)
	}
}

// Hints name paths as the user sees them from the directory they committed
// in, in the file's own comment syntax, and paste safely into a shell.
func TestHookHints(t *testing.T) {
	dir := hookRepo(t, `mkdir -p web/src && printf 'const u = "%s";\n' "$SAS" > web/src/app.js
		printf 'x = "%s"\n' "$SAS" > ./-n.py && printf 'x = "%s"\n' "$SAS" > 'a b$(id).py'
		git add -A`)
	_, stderr, code := runMainEnv(t, dir, map[string]string{"GIT_PREFIX": "web/"}, "hook")
	if code != exitFindings {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	for _, want := range []string{
		"src/app.js:1:",                              // relative to web/, where git commit ran
		"    sasguard fix --dotenv src/app.js\n",     // the same path in the hint
		"    sasguard fix --dotenv ../-n.py\n",       // not read as a flag
		"    sasguard fix --dotenv '../a b$(id).py'", // quoted
		`// sasguard:ignore reason="why this is safe"   (src/app.js)`,
		`# sasguard:ignore reason="why this is safe"   (../-n.py, ../a b$(id).py)`,
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("hint lacks %q:\n%s", want, stderr)
		}
	}

	_, stderr, _ = runMainEnv(t, dir, nil, "hook", "--", "-n.py") // pre-commit passes files after "--" (.pre-commit-hooks.yaml args)
	if !strings.Contains(stderr, "fix --dotenv ./-n.py\n") {
		t.Errorf("a file named -n.py: hint is not runnable:\n%s", stderr)
	}
}

// The hint names "sasguard" only when that is this binary on the user's
// PATH; under pre-commit's golang hook (PATH holds pre-commit's cache) it
// names the binary by its path.
func TestHookSelfCommand(t *testing.T) {
	bin := sasguardtest.Binary(t)
	home := t.TempDir()
	cache := filepath.Join(home, ".cache", "pre-commit", "repo1", "golangenv-default", "bin")
	if err := os.MkdirAll(cache, 0o755); err != nil {
		t.Fatal(err)
	}
	inCache := filepath.Join(cache, "sasguard")
	if err := os.Link(bin, inCache); err != nil {
		t.Skipf("cannot hard-link the test binary: %v", err)
	}
	exe := func(p string) func() (string, error) { return func() (string, error) { return p, nil } }
	for _, tc := range []struct {
		name string
		c    Command
		want string
	}{
		{"on PATH", Command{Executable: exe(inCache), Getenv: envOf(map[string]string{"PATH": cache})}, "sasguard"},
		{"not on PATH", Command{Executable: exe(bin), Getenv: envOf(map[string]string{"PATH": "/usr/bin"})}, bin},
		{"pre-commit's env", Command{Executable: exe(inCache), Getenv: envOf(map[string]string{"PATH": cache + ":/usr/bin", "PRE_COMMIT": "1", "HOME": home})}, inCache},
	} {
		if got := tc.c.selfCommand(); got != tc.want && got != shellQuote(tc.want) {
			t.Errorf("%s: selfCommand = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func envOf(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

// runMainEnv is hookMain with an environment.
func runMainEnv(t *testing.T, dir string, env map[string]string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	t.Chdir(dir)
	var out, errb strings.Builder
	code = Command{
		Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb,
		Getenv:     envOf(env),
		Now:        now,
		Executable: func() (string, error) { return "", os.ErrNotExist },
	}.Main(args)
	return out.String(), errb.String(), code
}

// A pure rename (git mv) of a file holding an old secret is part of the
// commit, not an unstaged file: it keeps the added-lines check.
func TestHookFilesRename(t *testing.T) {
	dir := hookRepo(t, `printf 'old = "%s"\n' "$SAS" > a.py && git add . && git -c user.name=t -c user.email=t@t commit -qm base && git mv a.py b.py`)
	_, stderr, code := hookMain(t, dir, "hook", "--", "b.py")
	if code != exitOK {
		t.Errorf("exit %d, want 0 for a rename:\n%s", code, stderr)
	}
}
