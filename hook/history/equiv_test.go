package history

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/sasguard/sasguard/cmd/sasguardtest"
	"github.com/sasguard/sasguard/hook/gitdir"
	"github.com/sasguard/sasguard/hook/gittest"
	"github.com/sasguard/sasguard/rules"
)

// plantedHistory builds a history with tokens planted in added, modified,
// renamed, merged (clean, evil, conflicted, octopus) and later-deleted
// files, in a UTF-16 file, a file marked -diff, a binary file and a path
// with spaces and non-ASCII letters. It returns the repository's directory.
func plantedHistory(t *testing.T, initArgs string) string {
	t.Helper()
	gittest.Need(t)
	dir := t.TempDir()
	tok := sasguardtest.Tokens(t)
	var env []string
	for _, id := range []string{"t001", "t005", "t006", "t007", "t008", "t009", "t010", "t011", "t012", "t013", "t014", "t015", "t017", "t019"} {
		env = append(env, "T"+strings.TrimLeft(id[1:], "0")+"="+tok[id])
	}
	wide := func(s string) []byte { // UTF-16LE with a BOM
		out := []byte{0xFF, 0xFE}
		for _, b := range []byte(s) {
			out = append(out, b, 0)
		}
		return out
	}
	if err := os.WriteFile(filepath.Join(dir, "wide.txt.new"), wide("name = \"x\"\nconn = \""+tok["t010"]+"\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	gittest.Sh(t, dir, `git init -q -b main `+initArgs+` . && mv wide.txt.new ../wide.txt.$$ && W=../wide.txt.$$
		t() { d=$1; shift; GIT_COMMITTER_DATE="2026-01-01T00:00:${d}Z" GIT_AUTHOR_DATE="2026-01-01T00:00:${d}Z" git commit -q "$@"; }
		printf 'x = 1\nurl = "%s"\n' "$T1" > config.py && git add . && t 01 -m add
		printf 'y = 2\ntoken = "%s"\n' "$T5" >> config.py && t 02 -am modify
		base=${T6%%&sig=*}; sig=${T6#*&sig=}
		printf 'u = (\n    "%s"\n    "&sig=%s"\n)\n' "$base" "$sig" > split.py && git add split.py && t 03 -m split
		sed -i 's/uploads/uploads2/' split.py && t 04 -am "split edited away from sig"
		git mv config.py settings.py && echo 'z = 3' >> settings.py && t 05 -am rename
		git mv split.py split2.py && printf 'k = "%s"\n' "$T15" >> split2.py && git add -A && t 06 -m "rename and add"
		git checkout -q -b side && printf 'side = "%s"\n' "$T7" > side.py && git add side.py && t 07 -m side
		git checkout -q main && echo m > m.txt && git add m.txt && t 08 -m main
		git merge -q --no-commit side && printf 'evil = "%s"\n' "$T8" >> side.py && git add side.py && t 09 -m "evil merge"
		git checkout -q -b c1 && printf 'c = "%s"\n' "$T11" > conflict.py && git add . && t 10 -m c1
		git checkout -q main && printf 'c = "%s"\n' "$T12" > conflict.py && git add . && t 11 -m c2
		git merge -q c1 >/dev/null 2>&1 || true; printf 'c = "%s"\n' "$T13" > conflict.py && git add conflict.py && t 12 -m "conflict resolved with a third token"
		git checkout -q -b o1 && printf 'o1 = "%s"\n' "$T14" > o1.py && git add . && t 13 -m o1
		git checkout -q main && git checkout -q -b o2 && echo o2 > o2.txt && git add . && t 14 -m o2
		git checkout -q main && echo o3 > o3.txt && git add . && t 15 -m o3
		GIT_COMMITTER_DATE="2026-01-01T00:00:16Z" GIT_AUTHOR_DATE="2026-01-01T00:00:16Z" git merge -q o1 o2 -m octopus
		printf 'gone = "%s"\n' "$T9" > gone.py && git add gone.py && t 17 -m "add later deleted"
		git rm -q gone.py && t 18 -m delete
		cp "$W" wide.txt && git add wide.txt && t 19 -m utf16
		echo '*.cfg -diff' > .git/info/attributes && printf 'k = "%s"\n' "$T17" > app.cfg && git add app.cfg && t 20 -m "a -diff file"
		printf '\000\001 %s\n' "$T19" > blob.bin && git add blob.bin && t 21 -m binary
		mkdir "dir with space" && printf 'a = "%s"\n' "$T1" > "dir with space/é	t.py" && git add . && t 22 -m "odd path"
		rm -f "$W"`, env...)
	return dir
}

type found struct{ Subject, Path, Rule string }

// scanWith runs the engine over what each commit added, keeping findings
// on added lines, as `sasguard scan --git` does.
func scanWith(t *testing.T, dir, rng string, scan func(context.Context, *gitdir.Repo, Range, Options, func(File) error) error, prefilter bool) []found {
	t.Helper()
	repo, err := gitdir.Locate(dir, func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	subjects := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(gittest.Sh(t, dir, `git log --all --format='%H %s'`)), "\n") {
		h, s, _ := strings.Cut(line, " ")
		subjects[h] = s
	}
	eng := rules.NewEngine(nil, rules.Options{Now: func() time.Time { return sasguardtest.RefTime }})
	var opts Options
	if prefilter {
		opts.Prefilter = EnginePrefilter(eng)
	}
	r, err := ParseRange(rng)
	if err != nil {
		t.Fatal(err)
	}
	var got []found
	err = scan(context.Background(), repo, r, opts, func(f File) error {
		for _, fd := range eng.Scan(f.Path, f.Content) {
			if f.Added.Touches(fd.Start.Line, fd.End.Line) {
				got = append(got, found{subjects[f.Commit], f.Path, fd.Rule})
			}
		}
		return nil
	})
	if err != nil {
		t.Fatalf("scan %s: %v", rng, err)
	}
	sort.Slice(got, func(i, j int) bool { return fmt.Sprint(got[i]) < fmt.Sprint(got[j]) })
	return got
}

// TestSameFindingsAsGoGit holds the git-command path to the go-git walker
// it replaced: the same findings, commit by commit, over a history with
// tokens planted in every shape of change, with and without the prefilter.
func TestSameFindingsAsGoGit(t *testing.T) {
	dir := plantedHistory(t, "")
	oracle := scanWith(t, dir, "HEAD", scanGoGit, false)
	// The oracle must itself see the planted tokens, or agreeing proves nothing.
	want := []string{"add", "modify", "split", "split edited away from sig", "rename and add", "side",
		"evil merge", "c1", "c2", "conflict resolved with a third token", "o1", "add later deleted", "utf16", "a -diff file", "odd path"}
	subjects := map[string]bool{}
	for _, f := range oracle {
		subjects[f.Subject] = true
	}
	for _, s := range want {
		if !subjects[s] {
			t.Errorf("the go-git walker found nothing in commit %q; findings: %v", s, oracle)
		}
	}
	for _, s := range []string{"rename", "main", "octopus", "delete", "binary", "o2", "o3"} {
		if subjects[s] {
			t.Errorf("commit %q adds no token, yet was reported: %v", s, oracle)
		}
	}
	for _, prefilter := range []bool{false, true} {
		got := scanWith(t, dir, "HEAD", scanCLI, prefilter)
		if diff := cmp.Diff(oracle, got); diff != "" {
			t.Errorf("git command (prefilter %v) vs go-git (-go-git +git):\n%s", prefilter, diff)
		}
	}
	// A range: the commits after "rename".
	rng := "HEAD~14..HEAD"
	if diff := cmp.Diff(scanWith(t, dir, rng, scanGoGit, false), scanWith(t, dir, rng, scanCLI, true)); diff != "" {
		t.Errorf("range %s (-go-git +git):\n%s", rng, diff)
	}
}

// TestSHA256 scans a SHA-256 repository, which go-git v5 cannot read.
func TestSHA256(t *testing.T) {
	sha1 := scanWith(t, plantedHistory(t, ""), "HEAD", scanCLI, true)
	dir := plantedHistory(t, "--object-format=sha256")
	got := scanWith(t, dir, "HEAD", scanCLI, true)
	if len(got) == 0 {
		t.Fatal("no findings in the SHA-256 repository")
	}
	if diff := cmp.Diff(sha1, got); diff != "" {
		t.Errorf("SHA-256 vs SHA-1 repository (-sha1 +sha256):\n%s", diff)
	}
}
