package install

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sasguard/sasguard/hook/gittest"
)

func readFile(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestInstallFresh(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "hooks") // created on demand
	res, err := Install(dir, PreCommit, "/opt/bin/sasguard")
	if err != nil {
		t.Fatal(err)
	}
	if !res.Changed || res.Chained != "" {
		t.Errorf("result %+v: want changed, nothing chained", res)
	}
	fi, err := os.Stat(filepath.Join(dir, "pre-commit"))
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm()&0o111 == 0 {
		t.Errorf("hook mode %v is not executable", fi.Mode())
	}
	if body := readFile(t, filepath.Join(dir, "pre-commit")); !strings.Contains(body, "installed='/opt/bin/sasguard'") || !strings.Contains(body, `exec "$sasguard" hook`) {
		t.Errorf("hook script lacks the binary path or the hook command:\n%s", body)
	}
	if !IsInstalled(dir, PreCommit) || IsInstalled(dir, PrePush) {
		t.Error("IsInstalled disagrees with what was installed")
	}
}

func TestInstallIdempotent(t *testing.T) {
	dir := t.TempDir()
	if _, err := Install(dir, PreCommit, "/a/sasguard"); err != nil {
		t.Fatal(err)
	}
	res, err := Install(dir, PreCommit, "/a/sasguard")
	if err != nil {
		t.Fatal(err)
	}
	if res.Changed || res.Chained != "" {
		t.Errorf("second install: %+v, want no change and nothing chained", res)
	}
	if _, err := os.Stat(filepath.Join(dir, "pre-commit"+ChainedSuffix)); err == nil {
		t.Error("second install chained sasguard's own hook")
	}
	// A different binary refreshes the path without chaining.
	res, err = Install(dir, PreCommit, "/b/sasguard")
	if err != nil {
		t.Fatal(err)
	}
	if !res.Changed || res.Chained != "" || !strings.Contains(readFile(t, filepath.Join(dir, "pre-commit")), "/b/sasguard") {
		t.Errorf("reinstall from another binary: %+v", res)
	}
}

func TestChainAndRestore(t *testing.T) {
	dir := t.TempDir()
	hook := filepath.Join(dir, "pre-commit")
	const theirs = "#!/bin/sh\necho theirs\n"
	if err := os.WriteFile(hook, []byte(theirs), 0o755); err != nil {
		t.Fatal(err)
	}
	res, err := Install(dir, PreCommit, "/x/sasguard")
	if err != nil {
		t.Fatal(err)
	}
	if res.Chained != hook+ChainedSuffix || readFile(t, hook+ChainedSuffix) != theirs {
		t.Fatalf("existing hook not moved aside: %+v", res)
	}
	if _, err := Install(dir, PreCommit, "/x/sasguard"); err != nil {
		t.Fatal(err)
	}
	if readFile(t, hook+ChainedSuffix) != theirs {
		t.Fatal("second install overwrote the chained hook")
	}
	res, err = Uninstall(dir, PreCommit)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Changed || readFile(t, hook) != theirs {
		t.Errorf("uninstall did not restore the previous hook: %+v", res)
	}
	if _, err := os.Stat(hook + ChainedSuffix); err == nil {
		t.Error("chained copy left behind after uninstall")
	}
	// Uninstalling again leaves their hook alone.
	res, err = Uninstall(dir, PreCommit)
	if err != nil {
		t.Fatal(err)
	}
	if res.Changed || readFile(t, hook) != theirs {
		t.Errorf("second uninstall touched a hook that is not sasguard's: %+v", res)
	}
}

func TestChainSymlinkedHook(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(t.TempDir(), "shared-hook")
	if err := os.WriteFile(target, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	hook := filepath.Join(dir, "pre-commit")
	if err := os.Symlink(target, hook); err != nil {
		t.Fatal(err)
	}
	if _, err := Install(dir, PreCommit, ""); err != nil {
		t.Fatal(err)
	}
	if got, err := os.Readlink(hook + ChainedSuffix); err != nil || got != target {
		t.Errorf("symlinked hook not kept as a symlink: %q, %v", got, err)
	}
	if readFile(t, target) != "#!/bin/sh\n" {
		t.Error("install wrote through the symlink into the shared hook")
	}
}

func TestChainedSlotTaken(t *testing.T) {
	dir := t.TempDir()
	hook := filepath.Join(dir, "pre-commit")
	for _, p := range []string{hook, hook + ChainedSuffix} {
		if err := os.WriteFile(p, []byte("#!/bin/sh\n# "+filepath.Base(p)+"\n"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := Install(dir, PreCommit, ""); err == nil {
		t.Fatal("install replaced a hook although the chained slot was taken")
	}
	if !strings.Contains(readFile(t, hook), "# pre-commit\n") {
		t.Error("the existing hook was changed")
	}
}

// TestMissingBinary runs the installed script with neither the recorded
// binary nor sasguard on PATH: it must fail (closed) and say what to do.
func TestMissingBinary(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	dir := t.TempDir()
	if _, err := Install(dir, PreCommit, "/nonexistent/sasguard"); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(sh, filepath.Join(dir, "pre-commit"))
	cmd.Env = []string{"PATH=/nonexistent"}
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 3 {
		t.Fatalf("exit %v, want 3; output:\n%s", err, out)
	}
	for _, want := range []string{"not installed at /nonexistent/sasguard", "go install github.com/sasguard/sasguard/cmd/sasguard@latest", "rm '" + filepath.Join(dir, "pre-commit") + "'"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// Every other command it suggests must work without sasguard.
	if strings.Contains(string(out), "sasguard install") || strings.Contains(string(out), "sasguard fix") {
		t.Errorf("the message suggests a command that needs the missing binary:\n%s", out)
	}
}

func TestHooksDirHonoursHooksPath(t *testing.T) {
	gittest.Unsetenv(t)
	r := gittest.New(t)
	repo := r.Dir
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	t.Setenv("GIT_CONFIG_GLOBAL", "/dev/null")
	got, err := HooksDir(repo)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(repo, ".git", "hooks"); got != want {
		t.Errorf("HooksDir = %s, want %s", got, want)
	}
	r.Git("config", "core.hooksPath", "team-hooks")
	got, err = HooksDir(repo)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(repo, "team-hooks"); got != want {
		t.Errorf("with core.hooksPath: HooksDir = %s, want %s", got, want)
	}
}
