package staged

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/sasguard/sasguard/hook/gitdir"
	"github.com/sasguard/sasguard/hook/gittest"
	"github.com/sasguard/sasguard/hook/internal/linediff"
)

type seen struct {
	Path    string
	Content string // short hash of the content
	Added   linediff.Lines
}

func collect(t *testing.T, changes []Change, src blobSource) []seen {
	t.Helper()
	var (
		mu  sync.Mutex
		out []seen
		inf Info
	)
	err := files(changes, src, 2, &inf, func(f File) error {
		mu.Lock()
		defer mu.Unlock()
		out = append(out, seen{f.Path, fmt.Sprintf("%x", sha256.Sum256(f.Content))[:12], f.Added})
		return nil
	})
	src.Close()
	if err != nil {
		t.Fatal(err)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}

// TestGoGitMatchesGitCommand stages every kind of change and checks that
// the go-git reader and the git-command fallback see the same files, the
// same staged content and the same added lines, and that those are what
// the test staged.
func TestGoGitMatchesGitCommand(t *testing.T) {
	gittest.Unsetenv(t)
	gittest.Need(t)
	const lines = `i=1; while [ $i -le 30 ]; do echo "line $i"; i=$((i+1)); done`
	tests := []struct {
		name  string
		setup string
		want  []seen // Content left empty: compared between readers only
	}{
		{
			name:  "first commit",
			setup: `echo a > a.txt && mkdir d && printf 'x\ny\n' > d/b.txt && git add .`,
			want:  []seen{{Path: "a.txt", Added: linediff.AllLines}, {Path: "d/b.txt", Added: linediff.AllLines}},
		},
		{
			name: "every kind of change",
			setup: lines + ` > mod.txt && ` + lines + ` > gone.txt && ` + lines + ` > moved.txt && ` + lines + ` > edited.txt
				mkdir -p deep/er/still && echo keep > deep/er/still/k.txt && echo same > deep/same.txt && echo x > exec.sh
				git add . && git commit -qm base
				sed -i 's/^line 2$/line two/; s/^line 29$/line twenty-nine/' mod.txt
				git rm -q gone.txt
				mkdir to && git mv moved.txt to/moved.txt && git mv edited.txt to/edited.txt && echo extra >> to/edited.txt
				echo new > deep/er/still/new.txt
				printf '\000bin' > b.bin
				ln -s mod.txt link
				chmod +x exec.sh
				git add -A
				git update-index --add --cacheinfo 160000,1234567890123456789012345678901234567890,sub`,
			want: []seen{
				{Path: "deep/er/still/new.txt", Added: linediff.AllLines},
				{Path: "link", Added: linediff.AllLines},
				{Path: "mod.txt", Added: linediff.Lines{Ranges: []linediff.Range{{First: 2, Last: 2}, {First: 29, Last: 29}}}},
				{Path: "to/edited.txt", Added: linediff.Lines{Ranges: []linediff.Range{{First: 31, Last: 31}}}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			gittest.Sh(t, dir, "git init -q .\n"+tt.setup)
			repo, err := gitdir.Locate(dir, func(string) string { return "" })
			if err != nil {
				t.Fatal(err)
			}
			changes, src, err := readGoGit(repo)
			if err != nil {
				t.Fatalf("go-git: %v", err)
			}
			viaGoGit := collect(t, changes, src)
			changes, src, err = readCLI(repo)
			if err != nil {
				t.Fatalf("git command: %v", err)
			}
			viaGit := collect(t, changes, src)
			if diff := cmp.Diff(viaGit, viaGoGit); diff != "" {
				t.Errorf("go-git and the git command disagree (-git +go-git):\n%s", diff)
			}
			noContent := cmp.Transformer("noContent", func(s seen) seen { s.Content = ""; return s })
			if diff := cmp.Diff(tt.want, viaGoGit, noContent); diff != "" {
				t.Errorf("staged files (-want +got):\n%s", diff)
			}
		})
	}
}

// TestScanFallsBack: a split index makes the go-git reader give up; Scan
// must say so and still deliver the staged files through the git command.
func TestScanFallsBack(t *testing.T) {
	gittest.Unsetenv(t)
	gittest.Need(t)
	dir := t.TempDir()
	gittest.Sh(t, dir, `git init -q . && echo a > a.txt && git add . && git commit -qm base
		git config core.splitIndex true && git update-index --split-index && echo b > b.txt && git add b.txt`)
	repo, err := gitdir.Locate(dir, func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	var fellBack string
	var got []string
	info, err := Scan(repo, Options{OnFallback: func(r string) { fellBack = r }}, func(f File) error {
		got = append(got, f.Path)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if info.Backend != "git" || !strings.Contains(fellBack, "split index") {
		t.Errorf("backend %q, fallback reason %q: want the git command, because of the split index", info.Backend, fellBack)
	}
	if !cmp.Equal(got, []string{"b.txt"}) {
		t.Errorf("files %v, want [b.txt]", got)
	}
}

// TestScanFailsClosedOnCutShortIndex: a truncated or altered index is never
// handed to the git command, which reads it without checking and lists less
// than is staged (issue 10, item 3); a split index cut short neither.
func TestScanFailsClosedOnCutShortIndex(t *testing.T) {
	gittest.Unsetenv(t)
	gittest.Need(t)
	for _, split := range []bool{false, true} {
		dir := t.TempDir()
		script := `git init -q . && echo a > a.txt && git add . && git commit -qm base`
		if split {
			script += ` && git config core.splitIndex true && git update-index --split-index`
		}
		gittest.Sh(t, dir, script+` && for i in 1 2 3 4 5 6; do echo "secret $i" > f$i.txt; done && git add .`)
		index := filepath.Join(dir, ".git", "index")
		whole, err := os.ReadFile(index)
		if err != nil {
			t.Fatal(err)
		}
		flipped := append([]byte(nil), whole...)
		flipped[len(flipped)/2] ^= 1
		for name, data := range map[string][]byte{
			"empty": nil, "header only": whole[:12], "cut at 2/3": whole[:len(whole)*2/3], "cut by one byte": whole[:len(whole)-1], "one bit flipped": flipped,
		} {
			t.Run(fmt.Sprintf("split=%v/%s", split, name), func(t *testing.T) {
				if err := os.WriteFile(index, data, 0o644); err != nil {
					t.Fatal(err)
				}
				defer os.WriteFile(index, whole, 0o644)
				repo, err := gitdir.Locate(dir, func(string) string { return "" })
				if err != nil {
					t.Fatal(err)
				}
				var fellBack bool
				_, err = Scan(repo, Options{OnFallback: func(string) { fellBack = true }}, func(File) error { return nil })
				if err == nil {
					t.Fatalf("scan of a damaged index succeeded (fell back: %v)", fellBack)
				}
				if !strings.Contains(err.Error(), "index") {
					t.Errorf("the error does not say the index is the problem: %v", err)
				}
			})
		}
	}
}
