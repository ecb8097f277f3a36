package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sasguard/sasguard/hook/gittest"
	"github.com/sasguard/sasguard/rules"
)

// Attacks a cloned repository can make on the files sasguard writes (issue
// 10, item 1): every one goes through the real CLI in a real git repository.

// outsideFile is a file outside the repository a committed link points at,
// holding want; the test fails if sasguard writes into it.
func outsideFile(t *testing.T, want string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "victim")
	if err := os.WriteFile(p, []byte(want), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func mustSymlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("cannot make symlinks here: %v", err)
	}
}

func assertUntouched(t *testing.T, path, want string) {
	t.Helper()
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("sasguard wrote through a link into %s", path)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o644 {
		t.Errorf("the link's target changed mode to %v", st.Mode().Perm())
	}
}

func TestFixRefusesLinkedFiles(t *testing.T) {
	src := "const u = '{{t012}}';\n"
	for _, name := range []string{".env", ".gitignore"} {
		t.Run(name, func(t *testing.T) {
			dir := fixRepo(t, map[string]string{"app.js": src})
			victim := outsideFile(t, "KEEP=1\n")
			mustSymlink(t, victim, filepath.Join(dir, name))
			stdout, stderr, code := runMain(t, "", "fix", "--dotenv", dir)
			if code == exitOK || !strings.Contains(stderr, "symbolic link") {
				t.Fatalf("exit %d, want a failure naming the link\n%s%s", code, stdout, stderr)
			}
			assertUntouched(t, victim, "KEEP=1\n")
			if _, err := os.Lstat(filepath.Join(dir, ".env")); name == ".gitignore" && err == nil {
				if !strings.Contains(fixRead(t, dir, "app.js"), "sig=") {
					t.Error("the source lost the token")
				}
			}
			fixNoSecrets(t, stdout, stderr)
		})
	}
	t.Run("linked directory on the way", func(t *testing.T) {
		// baseline = "out/b.json" with out -> a directory elsewhere.
		dir := fixRepo(t, map[string]string{"app.js": src, ".sasguard.toml": "baseline = \"out/b.json\"\n"})
		elsewhere := t.TempDir()
		mustSymlink(t, elsewhere, filepath.Join(dir, "out"))
		gittest.Sh(t, dir, "git add app.js .sasguard.toml")
		t.Chdir(dir)
		_, stderr, code := runMain(t, "", "baseline")
		if code == exitOK {
			t.Fatalf("baseline wrote through a linked directory\n%s", stderr)
		}
		if entries, _ := os.ReadDir(elsewhere); len(entries) != 0 {
			t.Errorf("a file landed outside the repository: %v", entries)
		}
	})
}

func TestDotenvBecomes0600(t *testing.T) {
	dir := fixRepo(t, map[string]string{"app.js": "const u = '{{t012}}';\n", ".env": "X=1\n"})
	if err := os.Chmod(filepath.Join(dir, ".env"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := runMain(t, "", "fix", "--dotenv", dir); code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	st, err := os.Stat(filepath.Join(dir, ".env"))
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Errorf(".env has mode %v after the fix, want 0600", st.Mode().Perm())
	}
	if !strings.HasPrefix(fixRead(t, dir, ".env"), "X=1\n") {
		t.Error("the old .env content was lost")
	}
}

func TestBaselineRefusesLinks(t *testing.T) {
	for _, tc := range []struct {
		name   string
		config string
		link   string // the repository file that is a link to the victim
	}{
		{"linked baseline file", "baseline = \".sasguard-baseline.json\"\n", ".sasguard-baseline.json"},
		{"linked config", "version = 1\n", ".sasguard.toml"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := fixRepo(t, map[string]string{"app.js": "const u = '{{t012}}';\n"})
			victim := outsideFile(t, tc.config)
			mustSymlink(t, victim, filepath.Join(dir, tc.link))
			if tc.link != ".sasguard.toml" {
				writeFile(t, dir, ".sasguard.toml", []byte(tc.config))
			}
			gittest.Sh(t, dir, "git add app.js")
			t.Chdir(dir)
			_, stderr, code := runMain(t, "", "baseline")
			if code == exitOK || !strings.Contains(stderr, "symbolic link") {
				t.Fatalf("exit %d, want a failure naming the link\n%s", code, stderr)
			}
			assertUntouched(t, victim, tc.config)
		})
	}
}

// TestBaselineOutsideRepository: a committed config cannot make sasguard
// read or write a baseline outside the repository.
func TestBaselineOutsideRepository(t *testing.T) {
	for _, p := range []string{"../outside.json", "/tmp/sasguard-outside.json", "a/../../outside.json"} {
		t.Run(p, func(t *testing.T) {
			dir := fixRepo(t, map[string]string{"app.js": "const u = '{{t012}}';\n", ".sasguard.toml": "version = 1\n\nbaseline = \"" + p + "\"\n"})
			gittest.Sh(t, dir, "git add app.js .sasguard.toml")
			t.Chdir(dir)
			for _, args := range [][]string{{"baseline"}, {"scan", "."}} {
				_, stderr, code := runMain(t, "", args...)
				if code != exitUsage || !strings.Contains(stderr, ".sasguard.toml:3") || !strings.Contains(stderr, "outside") {
					t.Errorf("%s: exit %d, want %d and .sasguard.toml:3 saying the path is outside\n%s", args[0], code, exitUsage, stderr)
				}
			}
			if _, err := os.Stat(filepath.Join(filepath.Dir(dir), "outside.json")); err == nil {
				t.Error("a baseline was written outside the repository")
			}
		})
	}
}

func TestInstallRefusesToWriteThroughLinkedHook(t *testing.T) {
	dir := fixRepo(t, nil)
	victim := outsideFile(t, "#!/bin/sh\necho shared\n")
	hooks := filepath.Join(dir, ".git", "hooks")
	if err := os.MkdirAll(hooks, 0o755); err != nil {
		t.Fatal(err)
	}
	mustSymlink(t, victim, filepath.Join(hooks, "pre-commit"))
	t.Chdir(dir)
	if _, stderr, code := runMain(t, "", "install"); code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	assertUntouched(t, victim, "#!/bin/sh\necho shared\n")
	if fi, err := os.Lstat(filepath.Join(hooks, "pre-commit")); err != nil || fi.Mode()&os.ModeSymlink != 0 {
		t.Errorf("the hook is still a link: %v", err)
	}
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
}

// TestConfigCannotHideFindings: a committed config that would hide every
// finding is refused at its line by scan, the hook and scan --git, which
// exit 2 rather than pass a tree with a live token (issue 10, item 2).
func TestConfigCannotHideFindings(t *testing.T) {
	for _, tc := range []struct{ name, config, where string }{
		{"live none", "version = 1\n[policy]\nlive = \"none\"\n", ".sasguard.toml:3"},
		{"LIVE none", "version = 1\n[Policy]\nLIVE = \"none\"\n", ".sasguard.toml:3"},
		{"tolerate none", "[[policy.tolerate]]\nname = \"all\"\nseverity = \"none\"\n", ".sasguard.toml:1"},
		{"allow **", "version = 1\n[[allow]]\npath = \"**\"\nreason = \"everything is fine\"\n", ".sasguard.toml:2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := hookRepo(t, `echo 'base = 1' > app.py && git add app.py && git commit -qm base
				printf '%s' '`+tc.config+`' > .sasguard.toml
				printf 'url = "%s"\n' "$SAS" >> app.py
				git add app.py .sasguard.toml && git commit -qm token
				printf 'url2 = "%s"\n' "$SAS" >> app.py && git add app.py`)
			for _, args := range [][]string{{"scan", "."}, {"hook"}, {"scan", "--git", "HEAD~1..HEAD"}} {
				_, stderr, code := hookMain(t, dir, args...)
				if code != exitUsage || !strings.Contains(stderr, tc.where) {
					t.Errorf("%v: exit %d, want %d naming %s\n%s", args, code, exitUsage, tc.where, stderr)
				}
			}
		})
	}
}

// TestHookFailsClosedOnCutShortIndex: the hook exits 3 with the reason when
// .git/index is cut short, instead of passing what git would still list.
func TestHookFailsClosedOnCutShortIndex(t *testing.T) {
	dir := hookRepo(t, `echo 'base = 1' > app.py && git add app.py && git commit -qm base
		for i in 1 2 3 4 5 6 7 8; do printf 'url = "%s"\n' "$SAS" > f$i.py; done
		git add .`)
	index := filepath.Join(dir, ".git", "index")
	whole, err := os.ReadFile(index)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(index, whole[:len(whole)*3/4], 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := hookMain(t, dir, "hook")
	if code != exitFailure || !strings.Contains(stderr, "index") {
		t.Errorf("exit %d, want %d with the reason\n%s", code, exitFailure, stderr)
	}
}

// TestStrayBOMDoesNotHideAToken: a UTF-8 file that starts with the bytes
// FF FE (a UTF-16 byte-order mark) still has its token found by the hook,
// scan and scan --git (issue 10, item 5).
func TestStrayBOMDoesNotHideAToken(t *testing.T) {
	for _, bom := range []string{`\377\376`, `\376\377`} {
		t.Run(bom, func(t *testing.T) {
			dir := hookRepo(t, `echo 'base = 1' > app.py && git add app.py && git commit -qm base
				printf '`+bom+`# config\nurl = "%s"\n' "$SAS" > bom.py && git add bom.py`)
			for _, args := range [][]string{{"hook"}, {"scan", "."}} {
				if stdout, stderr, code := hookMain(t, dir, args...); code != exitFindings || !strings.Contains(stdout+stderr, "bom.py:2") {
					t.Errorf("%v: exit %d, want %d with a finding at bom.py:2\n%s%s", args, code, exitFindings, stdout, stderr)
				}
			}
			gittest.Sh(t, dir, "git commit -qm bom")
			if stdout, stderr, code := hookMain(t, dir, "scan", "--git", "HEAD~1..HEAD"); code != exitFindings || !strings.Contains(stdout, "bom.py:2") {
				t.Errorf("scan --git: exit %d, want %d with a finding at bom.py:2\n%s%s", code, exitFindings, stdout, stderr)
			}
		})
	}
}

// TestFIFODoesNotHangScan: a FIFO where a file or .gitignore should be,
// named on the command line, met by the walk, or swapped in between the
// walk and the read, never blocks the scan (issue 10, item 7).
func TestFIFODoesNotHangScan(t *testing.T) {
	noHang := func(t *testing.T, what string, run func()) {
		t.Helper()
		done := make(chan struct{})
		go func() { defer close(done); run() }()
		select {
		case <-done:
		case <-time.After(60 * time.Second):
			t.Fatalf("%s blocked on a FIFO", what)
		}
	}
	dir := fixRepo(t, map[string]string{"app.js": "const u = '{{t012}}';\n"})
	for _, name := range []string{"pipe.txt", ".gitignore", "sub/.gitignore"} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := mkfifo(filepath.Join(dir, name)); err != nil {
			t.Skipf("cannot make a FIFO here: %v", err)
		}
	}
	writeFile(t, dir, "sub/b.txt", []byte("nothing\n"))
	noHang(t, "scan of a tree", func() {
		stdout, stderr, code := runMain(t, "", "scan", dir)
		if code == exitOK || !strings.Contains(stdout, "app.js") {
			t.Errorf("exit %d, want the finding in app.js\n%s%s", code, stdout, stderr)
		}
	})
	noHang(t, "scan of a named FIFO", func() {
		_, stderr, code := runMain(t, "", "scan", filepath.Join(dir, "pipe.txt"))
		if code == exitOK {
			t.Errorf("exit 0 for a FIFO that was not read\n%s", stderr)
		}
	})
	noHang(t, "a file swapped for a FIFO after the walk", func() {
		s := &scanner{eng: rules.NewEngine(nil, rules.Options{Now: now}), root: dir, largeFile: scanLargeFile}
		_, problems := s.scanFiles([]walkFile{{abs: filepath.Join(dir, "pipe.txt"), display: "pipe.txt"}})
		if len(problems) != 1 || !strings.Contains(problems[0].err.Error(), "FIFO") {
			t.Errorf("want one problem naming the FIFO, got %v", problems)
		}
	})
}

// TestFindingsAreCapped: a committed custom rule that matches every word
// cannot make a scan report (and hold) without bound: one file stops at
// rules.MaxFindings, the run at scanMaxFindings, and each says so.
func TestFindingsAreCapped(t *testing.T) {
	cfg := "[[rules]]\nid = \"everything\"\nregex = '''[a-z]+'''\nexamples = [\"abc\"]\n"
	words := strings.Repeat("abc def ghi jkl\n", 600) // 2,400 words a file
	files := map[string]string{".sasguard.toml": cfg}
	for i := range 6 {
		files[fmt.Sprintf("f%d.txt", i)] = words
	}
	dir := fixRepo(t, files)
	stdout, stderr, code := runMain(t, "", "scan", "--format", "json", dir)
	if code == exitOK || !strings.Contains(stderr, "more than 1000 findings in this one file") {
		t.Errorf("exit %d, want a failure saying one file held too many findings\n%s", code, stderr)
	}
	if n := strings.Count(stdout, `"fingerprint"`); n > scanMaxFindings || n < rules.MaxFindings {
		t.Errorf("%d findings reported, want between %d and %d", n, rules.MaxFindings, scanMaxFindings)
	}
	// Twelve files of 1,000 matches each pass the run's cap of 10,000.
	files = map[string]string{".sasguard.toml": cfg}
	for i := range 12 {
		files[fmt.Sprintf("g%02d.txt", i)] = strings.Repeat("abc def ghi jkl\n", 250)
	}
	dir = fixRepo(t, files)
	stdout, stderr, code = runMain(t, "", "scan", "--format", "json", dir)
	if code == exitOK || !strings.Contains(stderr, "stopped after 10000 findings") {
		t.Errorf("exit %d, want a failure saying the run stopped at its cap\n%s", code, stderr)
	}
	if n := strings.Count(stdout, `"fingerprint"`); n != scanMaxFindings {
		t.Errorf("%d findings reported, want the cap, %d", n, scanMaxFindings)
	}
}

// TestHookAndHistoryAreCapped: the hook and `scan --git` stop at the run's
// cap as scan does, say so, and fail rather than pass a commit or a range
// they did not fully examine.
func TestHookAndHistoryAreCapped(t *testing.T) {
	cfg := "[[rules]]\nid = \"everything\"\nregex = '''[a-z]+'''\nexamples = [\"abc\"]\nseverity = \"warning\"\n"
	files := map[string]string{".sasguard.toml": cfg}
	for i := range 12 {
		files[fmt.Sprintf("g%02d.txt", i)] = strings.Repeat("abc def ghi jkl\n", 250)
	}
	dir := fixRepo(t, files)
	t.Chdir(dir)
	gitIn := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	gitIn("add", "-A")
	_, stderr, code := runMain(t, "", "hook")
	if code != exitFailure || !strings.Contains(stderr, "stopped after 10000 findings") {
		t.Errorf("hook: exit %d, want 3 (fail closed) saying the run stopped at its cap\n%s", code, stderr)
	}
	gitIn("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "many", "--no-verify")
	stdout, stderr, code := runMain(t, "", "scan", "--format", "json", "--git", "HEAD")
	if code == exitOK || !strings.Contains(stderr, "stopped after 10000 findings") {
		t.Errorf("scan --git: exit %d, want a failure saying the run stopped at its cap\n%s", code, stderr)
	}
	if n := strings.Count(stdout, `"fingerprint"`); n != scanMaxFindings {
		t.Errorf("scan --git reported %d findings, want the cap, %d", n, scanMaxFindings)
	}
}
