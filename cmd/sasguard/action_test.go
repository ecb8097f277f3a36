package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// actionlint finds the actionlint binary .ci/setup.d/actions.sh installs.
func actionlint(t *testing.T) string {
	t.Helper()
	if p, err := exec.LookPath("actionlint"); err == nil {
		return p
	}
	out, err := exec.Command("go", "env", "GOBIN", "GOPATH").Output()
	if err == nil {
		f := strings.Split(strings.TrimSpace(string(out)), "\n")
		for _, dir := range []string{f[0], filepath.Join(f[len(f)-1], "bin")} {
			if p := filepath.Join(dir, "actionlint"); dir != "" && fileExists(p) {
				return p
			}
		}
	}
	t.Skip("actionlint is not installed: bash .ci/setup.d/actions.sh")
	return ""
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

// TestActionlint runs actionlint on the example workflows laid out as a
// repository with action.yml at its root, so the workflow that says
// `uses: ./` is checked against action.yml's inputs; a workflow passing an
// input action.yml lacks must be caught, proving action.yml was read.
func TestActionlint(t *testing.T) {
	bin := actionlint(t)
	_, file, _, _ := runtime.Caller(0)
	root := filepath.Join(filepath.Dir(file), "..", "..")
	examples, err := filepath.Glob(filepath.Join(root, "docs", "examples", "*.yml"))
	if err != nil || len(examples) < 3 {
		t.Fatalf("example workflows: %v, %v", examples, err)
	}
	lint := func(extra map[string]string) (string, error) {
		dir := t.TempDir()
		wf := filepath.Join(dir, ".github", "workflows")
		if err := os.MkdirAll(wf, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil { // how actionlint finds the project
			t.Fatal(err)
		}
		copyFile(t, filepath.Join(root, "action.yml"), filepath.Join(dir, "action.yml"))
		for _, e := range examples {
			copyFile(t, e, filepath.Join(wf, filepath.Base(e)))
		}
		for name, body := range extra {
			if err := os.WriteFile(filepath.Join(wf, name), []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		cmd := exec.Command(bin, "-no-color")
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	if out, err := lint(nil); err != nil {
		t.Errorf("actionlint: %v\n%s", err, out)
	}
	bad := "on: push\njobs:\n  s:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./\n        with:\n          no-such-input: x\n"
	out, err := lint(map[string]string{"bad.yml": bad})
	if err == nil || !strings.Contains(out, `input "no-such-input" is not defined in action "sasguard"`) {
		t.Errorf("actionlint did not check the inputs against action.yml: %v\n%s", err, out)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
