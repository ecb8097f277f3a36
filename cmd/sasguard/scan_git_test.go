package main

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"

	"github.com/sasguard/sasguard/cmd/sasguardtest"
	"github.com/sasguard/sasguard/hook/gittest"
)

// termBuffer is a stderr that says it is a terminal, as a tty would.
type termBuffer struct {
	bytes.Buffer
	tty bool
}

func (b *termBuffer) IsTerminal() bool { return b.tty }

func historyRepo(t *testing.T) string {
	t.Helper()
	r := gittest.New(t)
	r.Sh(`echo a > a.txt && git add a.txt && git commit -qm a
		printf 'url = "%s"\n' "$SAS" > s.py && git add s.py && git commit -qm secret
		echo b >> a.txt && git commit -qam b`)
	return r.Dir
}

// TestScanGitProgress: progress and the summary go to stderr only when it
// is a terminal; stdout (the report) is the same either way.
func TestScanGitProgress(t *testing.T) {
	gittest.Unsetenv(t)
	t.Setenv("SAS", sasguardtest.HookTokens(t)["SAS"])
	dir := historyRepo(t)
	run := func(tty bool, getenv func(string) string) (string, string, int) {
		var out bytes.Buffer
		errb := &termBuffer{tty: tty}
		code := Command{Stdout: &out, Stderr: errb, Getenv: getenv, Now: now}.Main([]string{"scan", "--git", "HEAD", dir})
		return out.String(), errb.String(), code
	}
	noEnv := func(string) string { return "" }
	out, stderr, code := run(true, noEnv)
	if code != exitFindings {
		t.Fatalf("exit %d, want %d; stderr:\n%s", code, exitFindings, stderr)
	}
	for _, want := range []string{"scanned 3 commits in ", "commits/s: 1 finding in 1 commit\n"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("terminal stderr lacks %q:\n%q", want, stderr)
		}
	}
	out2, stderr2, _ := run(false, noEnv)
	if stderr2 != "" {
		t.Errorf("stderr is not a terminal, yet got:\n%q", stderr2)
	}
	if out != out2 {
		t.Errorf("the report differs with a terminal on stderr:\n%s\n---\n%s", out, out2)
	}
	_, stderr3, _ := run(true, func(k string) string {
		if k == "TERM" {
			return "dumb"
		}
		return ""
	})
	if stderr3 != "" {
		t.Errorf("TERM=dumb, yet got progress:\n%q", stderr3)
	}
}

// TestScanGitProgressPty runs the binary under a real pseudo-terminal
// (util-linux script) and checks the summary reaches it.
func TestScanGitProgressPty(t *testing.T) {
	if _, err := exec.LookPath("script"); err != nil {
		t.Skip("script (util-linux) is not installed: apt-get install -y util-linux")
	}
	gittest.Unsetenv(t)
	t.Setenv("SAS", sasguardtest.HookTokens(t)["SAS"])
	dir := historyRepo(t)
	cmd := exec.Command("script", "-qec", sasguardtest.Binary(t)+" scan --git HEAD "+dir+" >/dev/null", "/dev/null")
	cmd.Env = append(gittest.Env(), "TERM=xterm", "NO_COLOR=1")
	out, _ := cmd.CombinedOutput()
	if !strings.Contains(string(out), "scanned 3 commits") {
		t.Errorf("no summary on the terminal; got:\n%q", out)
	}
}
