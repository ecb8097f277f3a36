// Package gittest runs the real git command for tests: repositories in a
// test's temporary directory, shell scripts that build history, and an
// environment that keeps both away from the surrounding machine. Tests often
// run inside a git hook (GIT_DIR and GIT_INDEX_FILE set) and on machines with
// a global git config; neither may leak into a test repository.
package gittest

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// Need skips the test when git is not installed.
func Need(t testing.TB) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed (apt-get install -y git)")
	}
}

// Env is the process environment without GIT_* variables, with no system or
// global git config and a fixed author and committer, followed by extra
// (later entries win, so extra can override any of it).
func Env(extra ...string) []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GIT_") {
			env = append(env, kv)
		}
	}
	env = append(env, "GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL=/dev/null",
		"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
	return append(env, extra...)
}

// Unsetenv clears the GIT_* variables of this process for the test (they
// are restored after it), for code under test that runs git with the
// inherited environment.
func Unsetenv(t *testing.T) {
	t.Helper()
	for _, kv := range os.Environ() {
		if k, _, _ := strings.Cut(kv, "="); strings.HasPrefix(k, "GIT_") {
			t.Setenv(k, "")
			os.Unsetenv(k)
		}
	}
}

// Repo is a git repository in a test's temporary directory.
type Repo struct {
	t   testing.TB
	Dir string
	env []string
}

// New runs `git init` in a new temporary directory, skipping the test when
// git is missing. extra is added to Env for every command run in it.
func New(t testing.TB, extra ...string) *Repo {
	t.Helper()
	Need(t)
	r := &Repo{t: t, Dir: t.TempDir(), env: Env(extra...)}
	r.Git("init", "-q")
	return r
}

// Git runs git with args in the repository and returns its standard output;
// a failure fails the test with git's standard error.
func (r *Repo) Git(args ...string) string {
	r.t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = r.Dir
	cmd.Env = r.env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		r.t.Fatalf("git %s: %v\n%s%s", strings.Join(args, " "), err, out, stderr.Bytes())
	}
	return string(out)
}

// Sh runs a shell script (sh -e) in the repository; see Sh.
func (r *Repo) Sh(script string) string {
	r.t.Helper()
	return sh(r.t, r.Dir, script, r.env)
}

// Sh runs a shell script (sh -e) in dir with Env(extra...) and returns its
// combined output; a failing command fails the test. It skips the test when
// git is missing: the scripts build repositories.
func Sh(t testing.TB, dir, script string, extra ...string) string {
	t.Helper()
	Need(t)
	return sh(t, dir, script, Env(extra...))
}

func sh(t testing.TB, dir, script string, env []string) string {
	t.Helper()
	cmd := exec.Command("sh", "-ec", script)
	cmd.Dir = dir
	cmd.Env = env
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", script, err, out)
	}
	return string(out)
}
