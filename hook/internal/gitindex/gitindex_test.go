package gitindex

import (
	"bytes"
	"crypto/sha1"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/filemode"
	"github.com/google/go-cmp/cmp"

	"github.com/sasguard/sasguard/hook/gittest"
)

// gitRepo makes a repository in a temporary directory and returns a
// function running git in it.
func gitRepo(t *testing.T) (string, func(args ...string) string) {
	t.Helper()
	r := gittest.New(t)
	return r.Dir, r.Git
}

func write(t *testing.T, dir, name, content string) {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// lsFiles is git's own view of the index, to compare against.
func lsFiles(t *testing.T, git func(...string) string) []Entry {
	var out []Entry
	for _, line := range strings.Split(strings.TrimSpace(git("ls-files", "-s")), "\n") {
		meta, path, _ := strings.Cut(line, "\t")
		f := strings.Fields(meta)
		mode, _ := strconv.ParseUint(f[0], 8, 32)
		stage, _ := strconv.Atoi(f[2])
		out = append(out, Entry{Path: path, Mode: filemode.FileMode(mode), Hash: plumbing.NewHash(f[1]), Stage: stage})
	}
	return out
}

func parseFile(t *testing.T, dir string) *Index {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, ".git", "index"))
	if err != nil {
		t.Fatal(err)
	}
	idx, err := Parse(data)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return idx
}

func withoutFlags(es []Entry) []Entry {
	out := make([]Entry, len(es))
	for i, e := range es {
		e.IntentToAdd, e.SkipWorktree = false, false
		out[i] = e
	}
	return out
}

// TestParseMatchesGit reads indexes git wrote in each version and checks
// the entries against `git ls-files -s`.
func TestParseMatchesGit(t *testing.T) {
	for _, version := range []string{"2", "3", "4"} {
		t.Run("v"+version, func(t *testing.T) {
			dir, git := gitRepo(t)
			write(t, dir, "a.txt", "a\n")
			write(t, dir, "dir/b.txt", "b\n")
			write(t, dir, "dir/sub/c.txt", "c\n")
			write(t, dir, "dir-x/d.txt", "d\n")
			write(t, dir, strings.Repeat("long/", 30)+"e.txt", "e\n")
			git("add", ".")
			if err := os.Symlink("a.txt", filepath.Join(dir, "link")); err != nil {
				t.Fatal(err)
			}
			git("add", "link")
			if version != "2" { // extended flags need version 3 or later
				write(t, dir, "later.txt", "later\n")
				git("add", "-N", "later.txt") // intent-to-add sets extended flags
			}
			git("update-index", "--index-version", version)
			idx := parseFile(t, dir)
			if idx.Version != mustAtoi(version) {
				t.Errorf("version %d, want %s", idx.Version, version)
			}
			if diff := cmp.Diff(lsFiles(t, git), withoutFlags(idx.Entries)); diff != "" {
				t.Errorf("entries differ from git ls-files -s (-git +parsed):\n%s", diff)
			}
			var ita []string
			for _, e := range idx.Entries {
				if e.IntentToAdd {
					ita = append(ita, e.Path)
				}
			}
			if version != "2" && !cmp.Equal(ita, []string{"later.txt"}) {
				t.Errorf("intent-to-add entries %v, want [later.txt]", ita)
			}
		})
	}
}

func mustAtoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// TestCacheTree checks that valid cache-tree entries carry the tree hash
// git has for that directory, and that directories touched since the last
// commit are absent.
func TestCacheTree(t *testing.T) {
	dir, git := gitRepo(t)
	write(t, dir, "top.txt", "t\n")
	write(t, dir, "a/x.txt", "x\n")
	write(t, dir, "a/deep/y.txt", "y\n")
	write(t, dir, "b/z.txt", "z\n")
	git("add", ".")
	git("commit", "-qm", "base")

	idx := parseFile(t, dir)
	for _, d := range []string{"", "a", "a/deep", "b"} {
		want := strings.TrimSpace(git("rev-parse", "HEAD:"+d))
		if got := idx.Trees[d]; got.String() != want {
			t.Errorf("tree for %q = %s, want %s", d, got, want)
		}
	}

	write(t, dir, "a/deep/y.txt", "changed\n")
	git("add", "a/deep/y.txt")
	idx = parseFile(t, dir)
	for _, d := range []string{"", "a", "a/deep"} {
		if h, ok := idx.Trees[d]; ok {
			t.Errorf("tree for %q still valid (%s) after a change under it", d, h)
		}
	}
	if got, want := idx.Trees["b"].String(), strings.TrimSpace(git("rev-parse", "HEAD:b")); got != want {
		t.Errorf("untouched tree b = %s, want %s", got, want)
	}
}

// TestSkipHash: index.skipHash writes an all-zero checksum (git >= 2.40);
// the index must still parse. The zero checksum is forged on an index git
// wrote, so the test runs with any git.
func TestSkipHash(t *testing.T) {
	dir, git := gitRepo(t)
	write(t, dir, "a.txt", "a\n")
	git("add", ".")
	data, err := os.ReadFile(filepath.Join(dir, ".git", "index"))
	if err != nil {
		t.Fatal(err)
	}
	copy(data[len(data)-20:], make([]byte, 20))
	idx, err := Parse(data)
	if err != nil {
		t.Fatalf("Parse with zero checksum: %v", err)
	}
	if diff := cmp.Diff(lsFiles(t, git), withoutFlags(idx.Entries)); diff != "" {
		t.Errorf("entries (-git +parsed):\n%s", diff)
	}
}

func TestRejects(t *testing.T) {
	dir, git := gitRepo(t)
	write(t, dir, "a.txt", "a\n")
	git("add", ".")
	good, err := os.ReadFile(filepath.Join(dir, ".git", "index"))
	if err != nil {
		t.Fatal(err)
	}
	flipped := bytes.Clone(good)
	flipped[len(flipped)-21] ^= 0xff // a byte of content, not the checksum

	// A mandatory extension (lower-case signature) this reader does not know,
	// appended before a recomputed checksum.
	withExt := func(sig string) []byte {
		body := bytes.Clone(good[:len(good)-20])
		body = append(body, sig...)
		body = append(body, 0, 0, 0, 4, 1, 2, 3, 4)
		sum := sha1.Sum(body)
		return append(body, sum[:]...)
	}
	tests := []struct {
		name        string
		data        []byte
		unsupported bool
	}{
		{"corrupt checksum", flipped, false},
		{"truncated", good[:30], false},
		{"split index", withExt("link"), true},
		{"sparse index", withExt("sdir"), true},
		{"unknown mandatory extension", withExt("zzzz"), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.data)
			var u *UnsupportedError
			switch {
			case err == nil:
				t.Fatal("Parse accepted it")
			case tt.unsupported && !errors.As(err, &u):
				t.Errorf("got %v, want an UnsupportedError (the hook falls back to git)", err)
			case !tt.unsupported && !errors.Is(err, ErrCorrupt):
				t.Errorf("got %v, want ErrCorrupt", err)
			}
		})
	}
	// An optional (upper-case) extension is skipped.
	body := bytes.Clone(good[:len(good)-20])
	body = append(body, "ZZZZ"...)
	body = append(body, 0, 0, 0, 2, 9, 9)
	sum := sha1.Sum(body)
	if _, err := Parse(append(body, sum[:]...)); err != nil {
		t.Errorf("optional extension: %v", err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("DIRC\x00\x00\x00\x02\x00\x00\x00\x00" + strings.Repeat("\x00", 20)))
	f.Fuzz(func(t *testing.T, data []byte) {
		Parse(data) // must not panic
	})
}
