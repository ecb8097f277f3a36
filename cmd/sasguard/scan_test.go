package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/sasguard/sasguard/cmd/sasguardtest"
	"github.com/sasguard/sasguard/hook/gittest"
)

// scanJSON is the part of the JSON output the tests read.
type scanJSON struct {
	Findings []struct {
		Path        string          `json:"path"`
		Line        int             `json:"line"`
		Column      int             `json:"column"`
		EndLine     int             `json:"end_line"`
		EndColumn   int             `json:"end_column"`
		Rule        string          `json:"rule"`
		Kind        string          `json:"kind"`
		Severity    string          `json:"severity"`
		Message     string          `json:"message"`
		Fingerprint string          `json:"fingerprint"`
		Redacted    string          `json:"redacted"`
		Facts       json.RawMessage `json:"facts"`
	} `json:"findings"`
}

func scanParseJSON(t *testing.T, out string) scanJSON {
	t.Helper()
	var r scanJSON
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	return r
}

// TestScanGolden pins the text, JSON and SARIF output for the fixture tree.
// Rewrite with: go test ./cmd/sasguard -run Golden -update
func TestScanGolden(t *testing.T) {
	golden, err := filepath.Abs(filepath.Join("testdata", "scan"))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(scanFixture(t))
	for _, tc := range []struct{ format, file string }{
		{"text", "golden.txt"},
		{"json", "golden.json"},
		{"sarif", "golden.sarif"},
	} {
		t.Run(tc.format, func(t *testing.T) {
			stdout, stderr, code := runMain(t, "", "scan", "--format", tc.format)
			if code != exitFindings || stderr != "" {
				t.Errorf("exit %d, stderr %q; want exit %d and no stderr", code, stderr, exitFindings)
			}
			path := filepath.Join(golden, tc.file)
			if *update {
				if err := os.WriteFile(path, []byte(stdout), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (write it with -update)", err)
			}
			if diff := cmp.Diff(string(want), stdout); diff != "" {
				t.Errorf("output differs from %s (-want +got); rerun with -update if the change is intended:\n%s", tc.file, diff)
			}
		})
	}
}

// TestScanFindsMarkedTokens checks the scan against the fixture's own
// "want:" markers: every marked token is found with its rule on its line,
// nothing else is (placeholders, ignored, binary and .git files), and each
// finding's line:column points at the token in the file.
func TestScanFindsMarkedTokens(t *testing.T) {
	dir := scanFixture(t)
	t.Chdir(dir)
	stdout, stderr, code := runMain(t, "", "scan", "--format", "json")
	if code != exitFindings {
		t.Errorf("exit %d, want %d; stderr: %s", code, exitFindings, stderr)
	}
	res := scanParseJSON(t, stdout)
	var got []scanWant
	for _, f := range res.Findings {
		got = append(got, scanWant{Path: f.Path, Line: f.Line, Rule: f.Rule})

		data, err := os.ReadFile(filepath.FromSlash(f.Path))
		if err != nil {
			t.Fatal(err)
		}
		text, _ := scanText(data)
		lines := strings.Split(string(text), "\n")
		if f.Line < 1 || f.Line > len(lines) || f.EndLine != f.Line {
			t.Errorf("%s:%d: lines %d-%d out of range", f.Path, f.Line, f.Line, f.EndLine)
			continue
		}
		line := lines[f.Line-1]
		if f.Column < 1 || f.EndColumn <= f.Column || f.EndColumn-1 > len(line) {
			t.Errorf("%s:%d: columns %d-%d out of range for a %d-byte line", f.Path, f.Line, f.Column, f.EndColumn, len(line))
			continue
		}
		// The redacted token is the token as written up to its secret, then
		// the secret's first 4 characters (decoded) and "****".
		token := line[f.Column-1 : f.EndColumn-1]
		shown, _, ok := strings.Cut(f.Redacted, "****")
		if !ok || len(shown) < 4 || !strings.HasPrefix(token, shown[:len(shown)-4]) {
			t.Errorf("%s:%d:%d: redacted %q does not start the token at that position", f.Path, f.Line, f.Column, f.Redacted)
		}
	}
	want := scanWants(t, dir)
	sortWants := func(w []scanWant) {
		sort.Slice(w, func(i, j int) bool {
			if w[i].Path != w[j].Path {
				return w[i].Path < w[j].Path
			}
			return w[i].Line < w[j].Line
		})
	}
	sortWants(got)
	sortWants(want)
	if len(want) < 9 {
		t.Fatalf("only %d want markers in the fixture", len(want))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings differ from the fixture's want markers (-want +got):\n%s", diff)
	}
}

// TestScanNeverPrintsSecrets: no format prints a whole signature or key
// unless --show-secret is given, and then text and JSON do but SARIF does not.
func TestScanNeverPrintsSecrets(t *testing.T) {
	dir := scanFixture(t)
	secrets := scanSecrets(t, dir)
	t.Chdir(dir)
	for _, format := range []string{"text", "json", "sarif"} {
		for _, show := range []bool{false, true} {
			args := []string{"scan", "--format", format, "."}
			if show {
				args = append(args, "--show-secret")
			}
			stdout, stderr, _ := runMain(t, "", args...)
			leaked := 0
			for _, s := range secrets {
				if strings.Contains(stdout+stderr, s) {
					leaked++
				}
			}
			switch {
			case !show || format == "sarif":
				if leaked > 0 {
					t.Errorf("%s, show-secret=%v: %d whole secrets in the output", format, show, leaked)
				}
			case leaked == 0:
				t.Errorf("%s --show-secret printed no secret", format)
			}
		}
	}
}

func TestScanExitCodes(t *testing.T) {
	dir := scanFixture(t)
	t.Chdir(dir)
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stdout string // a substring stdout must hold
		stderr string // a substring stderr must hold
	}{
		{"blocking findings", []string{"scan"}, exitFindings, "9 findings (8 blocking) in 8 files; scanned 12 files", ""},
		{"only an expired token warns", []string{"scan", "docs/runbook.md"}, exitOK, "1 finding (0 blocking) in 1 file", ""},
		{"placeholders are clean", []string{"scan", "docs/placeholders.md", "app/storage.py"}, exitOK, "no findings; scanned 2 files", ""},
		{"an ignored path named explicitly is scanned", []string{"scan", "local/secrets.txt"}, exitFindings, "local/secrets.txt:2:1: error:", ""},
		{"flags after paths", []string{"scan", "local", "--format", "json"}, exitFindings, `"path": "local/secrets.txt"`, ""},
		{"missing path", []string{"scan", "nope"}, exitUsage, "", "sasguard: error: nope: no such file or directory"},
		{"bad format", []string{"scan", "--format", "xml"}, exitUsage, "", `unknown format "xml"`},
		{"bad flag", []string{"scan", "--frmat", "json"}, exitUsage, "", "flag provided but not defined"},
		{"help", []string{"scan", "--help"}, exitOK, "usage: sasguard scan", ""},
		{"missing config", []string{"scan", "--config", "nope.toml"}, exitUsage, "", "does not exist"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			stdout, stderr, code := runMain(t, "", tc.args...)
			if code != tc.code || !strings.Contains(stdout, tc.stdout) || !strings.Contains(stderr, tc.stderr) {
				t.Errorf("sasguard %s: exit %d, want %d; stdout should hold %q, stderr %q\nstdout:\n%s\nstderr:\n%s",
					strings.Join(tc.args, " "), code, tc.code, tc.stdout, tc.stderr, stdout, stderr)
			}
		})
	}
}

// TestScanConfigError: a broken .sasguard.toml stops the scan with exit 2
// and a compiler-style file:line message and a hint.
func TestScanConfigError(t *testing.T) {
	dir := scanFixture(t)
	writeFile(t, dir, ".sasguard.toml", []byte("version = 1\n\n[policy]\nblock_onn = \"error\"\n"))
	t.Chdir(dir)
	stdout, stderr, code := runMain(t, "", "scan")
	if code != exitUsage || stdout != "" {
		t.Errorf("exit %d with stdout %q; want exit 2 and nothing on stdout", code, stdout)
	}
	for _, want := range []string{"sasguard: error: .sasguard.toml:4: unknown key", "sasguard: hint: did you mean \"block_on\""} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
}

// TestScanWalkMatchesGit compares the files scan reads with the untracked,
// not ignored files real git lists, across nested .gitignore files,
// negations, directory patterns and .git/info/exclude.
func TestScanWalkMatchesGit(t *testing.T) {
	// HOME and XDG_CONFIG_HOME hide a global core.excludesFile from git.
	home := t.TempDir()
	r := gittest.New(t, "HOME="+home, "XDG_CONFIG_HOME="+home)
	dir, git := r.Dir, r.Git
	for name, data := range map[string]string{
		".gitignore":                  "*.log\n/build/\nsecrets/\n!keep.log\n# comment\n\nvendor/**/*.txt\n",
		".git/info/exclude":           "scratch*\n",
		"a.log":                       "x",
		"keep.log":                    "x",
		"build/out.txt":               "x",
		"src/build/out.txt":           "x",
		"src/.gitignore":              "generated.go\n!important.log\n",
		"src/generated.go":            "x",
		"src/main.go":                 "x",
		"src/important.log":           "x",
		"src/deep/generated.go":       "x",
		"secrets/prod.env":            "x",
		"src/secrets/dev.env":         "x",
		".env":                        "x",
		".github/workflows/ci.yml":    "x",
		"scratch-notes.md":            "x",
		"vendor/a/b/c.txt":            "x",
		"vendor/a/b/c.go":             "x",
		"docs/trailing-space.md":      "x",
		"docs/.gitignore":             "*.md\r\n", // written on Windows
		"docs/index.html":             "x",
		"with space/file name.txt":    "x",
		"unicodé/ファイル.txt":            "x",
		".hidden-dir/.also-hidden.py": "x",
	} {
		writeFile(t, dir, name, []byte(data))
	}
	want := strings.Split(strings.TrimSuffix(git("ls-files", "--others", "--exclude-standard", "-z"), "\x00"), "\x00")
	sort.Strings(want)

	t.Chdir(dir)
	var set walkSet
	if err := set.add("."); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range set.files {
		got = append(got, f.display)
	}
	sort.Strings(got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("scan walks other files than git lists (-git +scan):\n%s", diff)
	}
	if len(set.problems) > 0 {
		t.Errorf("problems: %v", set.problems)
	}

	// Starting below the root still honours the root's .gitignore.
	var sub walkSet
	if err := sub.add("src"); err != nil {
		t.Fatal(err)
	}
	var subGot []string
	for _, f := range sub.files {
		subGot = append(subGot, f.display)
	}
	var subWant []string
	for _, p := range want {
		if strings.HasPrefix(p, "src/") {
			subWant = append(subWant, p)
		}
	}
	sort.Strings(subGot)
	if diff := cmp.Diff(subWant, subGot); diff != "" {
		t.Errorf("scan src walks other files than git lists under src (-git +scan):\n%s", diff)
	}
}

// TestScanUnreadableFile: a file that cannot be read is reported on stderr,
// the others are still scanned, and the exit code is 3 when nothing blocks
// (1 when something does, since that is what CI must act on first).
func TestScanUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		scanUnreadableAsNobody(t)
		return
	}
	dir := scanFixture(t)
	t.Chdir(dir)
	writeFile(t, dir, "clean/ok.txt", []byte("nothing here\n"))
	writeFile(t, dir, "clean/locked.txt", []byte("nothing here\n"))
	if err := os.Chmod(filepath.Join(dir, "clean", "locked.txt"), 0); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := runMain(t, "", "scan", "clean")
	if code != exitFailure || !strings.Contains(stderr, "sasguard: error: clean/locked.txt: permission denied") || !strings.Contains(stdout, "scanned 2 files") {
		t.Errorf("exit %d (want 3)\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	scanCheckUnreadableReported(t, func(args ...string) (string, string, int) { return runMain(t, "", args...) })
	stdout, stderr, code = runMain(t, "", "scan", "clean", "app")
	if code != exitFindings || !strings.Contains(stderr, "clean/locked.txt: permission denied") || !strings.Contains(stdout, "app/settings.py:4:14: error:") {
		t.Errorf("with a blocking finding too: exit %d (want 1)\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
}

// scanUnreadableAsNobody runs the same check as root, who can read any
// file: the real binary runs as the unprivileged user "nobody".
func scanUnreadableAsNobody(t *testing.T) {
	bin := sasguardtest.Binary(t)
	dir := scanFixture(t)
	writeFile(t, dir, "clean/ok.txt", []byte("nothing here\n"))
	writeFile(t, dir, "clean/locked.txt", []byte("nothing here\n"))
	if err := os.Chmod(filepath.Join(dir, "clean", "locked.txt"), 0); err != nil {
		t.Fatal(err)
	}
	// nobody must reach the tree: open up the temp dirs above it.
	for d := dir; d != os.TempDir() && d != "/" && d != "."; d = filepath.Dir(d) {
		os.Chmod(d, 0o755)
	}
	for _, p := range []string{bin, filepath.Dir(bin)} {
		os.Chmod(p, 0o755)
	}
	run := func(args ...string) (string, string, int) {
		cmd := exec.Command(bin, args...)
		cmd.Dir = dir
		cmd.Env = []string{"NO_COLOR=1", "HOME=/nonexistent", "PATH=/usr/bin:/bin"}
		cmd.SysProcAttr = scanAsNobody()
		var out, errb strings.Builder
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		code := cmd.ProcessState.ExitCode()
		if err != nil && code < 0 {
			t.Skipf("cannot run as nobody here (%v): run the tests as a non-root user to check unreadable files", err)
		}
		return out.String(), errb.String(), code
	}
	stdout, stderr, code := run("scan", "clean")
	if code != exitFailure || !strings.Contains(stderr, "sasguard: error: clean/locked.txt: permission denied") || !strings.Contains(stdout, "scanned 2 files") {
		t.Errorf("exit %d (want 3)\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	scanCheckUnreadableReported(t, run)
	stdout, stderr, code = run("scan", "clean", "app")
	if code != exitFindings || !strings.Contains(stderr, "clean/locked.txt: permission denied") || !strings.Contains(stdout, "app/settings.py:4:14: error:") {
		t.Errorf("with a blocking finding too: exit %d (want 1)\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
}

// scanAsNobody makes a child process run as nobody (uid/gid 65534).
func scanAsNobody() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
}

// TestScanLargeSingleLine: a 10 MB file that is one line, with the token at
// its end, goes through the streaming path and is still found at the right
// column.
func TestScanLargeSingleLine(t *testing.T) {
	dir := t.TempDir()
	token := "https://st4t67ig.blob.core.windows.net/uploads?sv=2026-04-06&se=2027-12-27T00%3A00%3A00Z&sr=c&sp=racwdl&sig=3zrQXsjpDN%2FOpHhq0jAb0nm2BB54X6YdWe613GiQpnw%3D"
	pad := strings.Repeat("abcdefgh,", (10<<20)/9)
	content := pad + `"` + token + `"` + "\n"
	if int64(len(content)) <= scanLargeFile {
		t.Fatalf("fixture of %d bytes would not take the streaming path", len(content))
	}
	writeFile(t, dir, "bundle.min.js", []byte(content))
	t.Chdir(dir)
	stdout, stderr, code := runMain(t, "", "scan", "--format", "json", "--show-secret")
	if code != exitFindings {
		t.Fatalf("exit %d, want 1; stderr: %s", code, stderr)
	}
	res := scanParseJSON(t, stdout)
	if len(res.Findings) != 1 {
		t.Fatalf("got %d findings, want 1:\n%s", len(res.Findings), stdout)
	}
	f := res.Findings[0]
	if f.Path != "bundle.min.js" || f.Line != 1 || f.Column != len(pad)+2 || f.Rule != "azure-service-sas" {
		t.Errorf("got %s:%d:%d [%s], want bundle.min.js:1:%d [azure-service-sas]", f.Path, f.Line, f.Column, f.Rule, len(pad)+2)
	}
	// --show-secret reads the token back from the file at its span.
	if !strings.Contains(stdout, `"secret": "`+token+`"`) {
		t.Errorf("--show-secret did not print the token read back from the large file")
	}
}

// TestScanStableOrder: concurrent workers, same bytes every run.
func TestScanStableOrder(t *testing.T) {
	t.Chdir(scanFixture(t))
	first, _, _ := runMain(t, "", "scan", "--format", "json")
	for range 5 {
		again, _, _ := runMain(t, "", "scan", "--format", "json")
		if again != first {
			t.Fatalf("output changed between runs:\n%s", cmp.Diff(first, again))
		}
	}
}

// TestScanTwoSecretsOnOneLine: when two secrets share a line, each finding's
// source line must mask both, not only its own. (Found by FuzzScanFile.)
func TestScanTwoSecretsOnOneLine(t *testing.T) {
	dir := t.TempDir()
	key := "lubGZsrqZlxN1i26+rILmg+OPPMzuCdNIsOcUne8S/M="
	sig := "HUPuEv3QBibVkmIA4BClKILlydYTGx34dM5sqJGHuIE"
	writeFile(t, dir, "two.txt", []byte("SharedAccessKey="+key+" sv=2026-04-06&si=read-policy&sr=c&sig="+sig+"%3D\n"))
	t.Chdir(dir)
	for _, format := range []string{"text", "json", "sarif"} {
		stdout, stderr, code := runMain(t, "", "scan", "--format", format)
		if code != exitFindings || strings.Count(stdout, "azure-") < 2 {
			t.Fatalf("%s: exit %d, want 1 with two findings:\n%s%s", format, code, stdout, stderr)
		}
		for _, secret := range []string{key, sig} {
			if strings.Contains(stdout, secret) {
				t.Errorf("%s output prints the secret %s…: a finding's snippet masks only its own secret", format, secret[:4])
			}
		}
	}
}

// TestScanGitRange: `scan --git` renders the history findings like any
// others, with the commit that added each.
func TestScanGitRange(t *testing.T) {
	r := gittest.New(t)
	dir := r.Dir
	git := func(args ...string) string { return strings.TrimSpace(r.Git(args...)) }
	writeFile(t, dir, "a.txt", []byte("hello\n"))
	git("add", ".")
	git("commit", "-q", "-m", "one")
	writeFile(t, dir, "conf/app.py", []byte("URL = \"https://st4t67ig.blob.core.windows.net/models/resnet50.ckpt?sv=2026-04-06&spr=https&se=2026-11-29T00%3A00%3A00Z&sr=b&sp=r&sig=4P%2BQtC3BrGU9FruD4ANxQ9Mrn0%2BuzQEjN1hEUPXpOCI%3D\"\n"))
	git("add", ".")
	git("commit", "-q", "-m", "two")
	commit := git("rev-parse", "HEAD")
	t.Chdir(dir)

	stdout, stderr, code := runMain(t, "", "scan", "--git", "HEAD~1..HEAD")
	if code != exitFindings || !strings.Contains(stdout, "conf/app.py:1:8: error:") || !strings.Contains(stdout, "commit: "+commit) {
		t.Errorf("exit %d (want 1)\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	stdout, _, _ = runMain(t, "", "scan", "--format", "json", "--git", "HEAD~1..HEAD")
	if !strings.Contains(stdout, `"commit": "`+commit+`"`) {
		t.Errorf("JSON lacks the commit:\n%s", stdout)
	}
	if _, stderr, code := runMain(t, "", "scan", "--git", "HEAD~1..HEAD", "a", "b"); code != exitUsage {
		t.Errorf("--git with two paths: exit %d, want 2: %s", code, stderr)
	}
	if _, stderr, code := runMain(t, "", "scan", "--git", "HEAD..HEAD"); code != exitOK {
		t.Errorf("empty range: exit %d, want 0: %s", code, stderr)
	}
}

// TestScanGitRangeOrder: a range report reads like `git log`, newest commit
// first, and within a commit by path and line, whatever the paths of other
// commits; a file scan's path order must not reshuffle it.
func TestScanGitRangeOrder(t *testing.T) {
	tok := sasguardtest.Tokens(t)
	r := gittest.New(t)
	commit := func(date string, files map[string]string) string {
		t.Helper()
		for name, content := range files {
			writeFile(t, r.Dir, name, []byte(content))
		}
		// The committer date orders history; give each commit its own.
		r.Sh("git add . && GIT_COMMITTER_DATE=" + date + " git commit -q --date " + date + " -m " + date)
		return strings.TrimSpace(r.Git("rev-parse", "HEAD"))
	}
	older := commit("2026-11-01T00:00:00Z", map[string]string{"a.py": "A = \"" + tok["t001"] + "\"\n"})
	newer := commit("2026-11-02T00:00:00Z", map[string]string{
		"z.py": "Z1 = \"" + tok["t003"] + "\"\n\nZ3 = \"" + tok["t006"] + "\"\n",
		"m.py": "M = \"" + tok["t015"] + "\"\n",
	})
	t.Chdir(r.Dir)

	stdout, stderr, code := runMain(t, "", "scan", "--format", "json", "--git", "HEAD")
	if code != exitFindings {
		t.Fatalf("exit %d, want 1\n%s", code, stderr)
	}
	var rep struct {
		Findings []struct {
			Path   string `json:"path"`
			Line   int    `json:"line"`
			Commit string `json:"commit"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	var got []string
	for _, f := range rep.Findings {
		got = append(got, fmt.Sprintf("%s %s:%d", f.Commit, f.Path, f.Line))
	}
	want := []string{newer + " m.py:1", newer + " z.py:1", newer + " z.py:3", older + " a.py:1"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("order of scan --git findings (-want +got):\n%s", diff)
	}
}

// scanCheckUnreadableReported: JSON lists the unreadable file in "errors",
// SARIF marks the invocation unsuccessful with a notification for it.
func scanCheckUnreadableReported(t *testing.T, run func(args ...string) (string, string, int)) {
	t.Helper()
	stdout, stderr, code := run("scan", "--format", "json", "clean")
	var js struct {
		Errors []struct{ Path, Reason string } `json:"errors"`
	}
	if err := json.Unmarshal([]byte(stdout), &js); err != nil || code != exitFailure || len(js.Errors) != 1 || js.Errors[0].Path != "clean/locked.txt" || !strings.Contains(js.Errors[0].Reason, "permission denied") {
		t.Errorf("JSON: exit %d, errors %+v (%v); want exit 3 and clean/locked.txt listed\n%s%s", code, js.Errors, err, stdout, stderr)
	}
	stdout, _, code = run("scan", "--format", "sarif", "clean")
	var log struct {
		Runs []struct {
			Invocations []struct {
				ExecutionSuccessful bool `json:"executionSuccessful"`
				Notifications       []struct {
					Message struct{ Text string }
				} `json:"toolExecutionNotifications"`
			} `json:"invocations"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(stdout), &log); err != nil || code != exitFailure || len(log.Runs) != 1 || len(log.Runs[0].Invocations) != 1 {
		t.Fatalf("SARIF: exit %d, %v:\n%s", code, err, stdout)
	}
	inv := log.Runs[0].Invocations[0]
	if inv.ExecutionSuccessful || len(inv.Notifications) != 1 || !strings.Contains(inv.Notifications[0].Message.Text, "clean/locked.txt") {
		t.Errorf("SARIF invocation %+v: want executionSuccessful false and a notification for clean/locked.txt", inv)
	}
}
