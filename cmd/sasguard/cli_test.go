package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sasguard/sasguard/cmd/sasguardtest"
	"github.com/sasguard/sasguard/hook/gittest"
)

// CLI conventions users of other scanners expect (issue 12 item 10).
func TestCLIConventions(t *testing.T) {
	sas := sasguardtest.HookTokens(t)["SAS"]
	dir := t.TempDir()
	t.Chdir(dir)

	t.Run("scan - reads stdin", func(t *testing.T) {
		stdout, stderr, code := runMain(t, "url = \""+sas+"\"\n", "scan", "-")
		if code != exitFindings || !strings.Contains(stdout, "<stdin>:1:8: error:") {
			t.Errorf("exit %d\n%s%s", code, stdout, stderr)
		}
	})
	t.Run("help scan", func(t *testing.T) {
		stdout, _, code := runMain(t, "", "help", "scan")
		if code != exitOK || !strings.HasPrefix(stdout, "usage: sasguard scan") {
			t.Errorf("exit %d:\n%s", code, stdout)
		}
	})
	t.Run("one flag style in every help", func(t *testing.T) {
		for name := range subcommands {
			stdout, _, _ := runMain(t, "", "help", name)
			for _, line := range strings.Split(stdout, "\n") {
				if f := strings.TrimSpace(line); strings.HasPrefix(f, "-") && !strings.HasPrefix(f, "--") {
					t.Errorf("sasguard help %s lists %q: want --flag", name, f)
				}
			}
		}
	})
	t.Run("--staged points to the hook", func(t *testing.T) {
		_, stderr, code := runMain(t, "", "scan", "--staged")
		if code != exitUsage || !strings.Contains(stderr, "sasguard hook") {
			t.Errorf("exit %d: %s", code, stderr)
		}
	})
	t.Run("--output writes the report atomically and replaces a symlink", func(t *testing.T) {
		writeFile(t, dir, "a.py", []byte("url = \""+sas+"\"\n"))
		victim := filepath.Join(t.TempDir(), "victim")
		writeFile(t, filepath.Dir(victim), "victim", []byte("keep me\n"))
		out := filepath.Join(dir, "report.json")
		if err := os.Symlink(victim, out); err != nil {
			t.Fatal(err)
		}
		stdout, stderr, code := runMain(t, "", "scan", "--format", "json", "--output", out, "a.py")
		if code != exitFindings || stdout != "" {
			t.Fatalf("exit %d, stdout %q: %s", code, stdout, stderr)
		}
		data, err := os.ReadFile(out)
		if fi, lerr := os.Lstat(out); err != nil || lerr != nil || fi.Mode()&os.ModeSymlink != 0 || !strings.Contains(string(data), `"path": "a.py"`) {
			t.Errorf("report not written as a regular file (%v, %v):\n%s", err, lerr, data)
		}
		if v, _ := os.ReadFile(victim); string(v) != "keep me\n" {
			t.Errorf("the report was written through the symlink: %q", v)
		}
	})
	t.Run("nothing scanned is not a clean pass", func(t *testing.T) {
		empty := filepath.Join(dir, "empty")
		os.Mkdir(empty, 0o755)
		stdout, stderr, code := runMain(t, "", "scan", empty)
		if code != exitFailure || !strings.Contains(stderr, "nothing was scanned") || strings.Contains(stdout, "no findings in 0 files") {
			t.Errorf("exit %d\nstdout %s\nstderr %s", code, stdout, stderr)
		}
	})
	t.Run("config error masks the secret", func(t *testing.T) {
		cfg := filepath.Join(dir, "bad.toml")
		writeFile(t, dir, "bad.toml", []byte("[policy]\nlive = '"+sas+"'\n"))
		_, stderr, code := runMain(t, "", "scan", "--config", cfg, "a.py")
		if code != exitUsage || !strings.Contains(stderr, "unknown severity") {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		for _, sec := range sasguardtest.SecretsOf(sas) {
			if strings.Contains(stderr, sec[:8]) {
				t.Errorf("the config error prints the secret:\n%s", stderr)
			}
		}
	})
}

// --version names the version, commit and date from the build info, and
// --no-color / NO_COLOR keep ANSI codes out (the real binary, built from
// this checkout, carries vcs.revision).
func TestVersionAndNoColor(t *testing.T) {
	bin := sasguardtest.Binary(t)
	out, err := exec.Command(bin, "--version").Output()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(out), "sasguard ") {
		t.Errorf("--version = %q", out)
	}
	// The binary is built from this checkout with -buildvcs=auto, so Go
	// stamps the commit when git is at hand; --version must then name it
	// (a test process has no such stamp).
	if info, err := exec.Command("go", "version", "-m", bin).Output(); err == nil {
		for _, line := range strings.Split(string(info), "\n") {
			if f := strings.Fields(line); len(f) == 2 && f[0] == "build" && strings.HasPrefix(f[1], "vcs.revision=") {
				want := "commit " + short(strings.TrimPrefix(f[1], "vcs.revision="))
				if !strings.Contains(string(out), want) {
					t.Errorf("--version = %q, want it to name %q", out, want)
				}
			}
		}
	}
	if got := (build{Version: "v1.2.3", Revision: "0123456789abcdef", Time: "2026-11-30T10:00:00Z", Modified: true}).String(); got != "sasguard v1.2.3 (commit 0123456789ab, 2026-11-30T10:00:00Z, modified)" {
		t.Errorf("build string = %q", got)
	}
	c := Command{Getenv: func(string) string { return "" }, noColor: true}
	if c.color(os.Stdout) {
		t.Errorf("--no-color still colours")
	}
}

// `scan --git` speaks of commits: how many had findings and how many the
// range held; an empty range says nothing was scanned.
func TestScanGitSummarySpeaksOfCommits(t *testing.T) {
	dir := t.TempDir()
	env := []string{"SAS=" + sasguardtest.HookTokens(t)["SAS"]}
	gittest.Sh(t, dir, `git init -q . && echo a > a.txt && git add . && git -c user.name=t -c user.email=t@t commit -qm one
		printf 'u = "%s"\n' "$SAS" > b.py && git add . && git -c user.name=t -c user.email=t@t commit -qm two`, env...)
	t.Chdir(dir)
	stdout, stderr, code := runMain(t, "", "scan", "--git", "HEAD~1..HEAD")
	if code != exitFindings || !strings.Contains(stdout, "1 finding (1 blocking) in 1 commit; scanned 1 commit") {
		t.Errorf("exit %d\n%s%s", code, stdout, stderr)
	}
	stdout, stderr, code = runMain(t, "", "scan", "--git", "HEAD..HEAD")
	if code != exitOK || !strings.Contains(stderr, "holds no commits: nothing was scanned") || strings.Contains(stdout, "in 0 files") {
		t.Errorf("empty range: exit %d\n%s%s", code, stdout, stderr)
	}
}
