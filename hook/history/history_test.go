package history

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/sasguard/sasguard/hook/gitdir"
	"github.com/sasguard/sasguard/hook/gittest"
	"github.com/sasguard/sasguard/hook/internal/linediff"
)

func TestParseRange(t *testing.T) {
	tests := []struct {
		in      string
		want    Range
		wantErr bool
	}{
		{in: "HEAD", want: Range{Include: []string{"HEAD"}}},
		{in: "origin/main..HEAD", want: Range{Include: []string{"HEAD"}, Exclude: []string{"origin/main"}}},
		{in: "main..", want: Range{Include: []string{"HEAD"}, Exclude: []string{"main"}}},
		{in: "abc123 ^def456 ^fed789 ", want: Range{Include: []string{"abc123"}, Exclude: []string{"def456", "fed789"}}},
		{in: "a...b", wantErr: true},
		{in: "^a", wantErr: true},
		{in: "  ", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseRange(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want error %v", err, tt.wantErr)
			}
			if err == nil {
				if diff := cmp.Diff(tt.want, got); diff != "" {
					t.Errorf("(-want +got):\n%s", diff)
				}
			}
		})
	}
}

type added struct {
	Subject, Path string
	Lines         linediff.Lines
}

// TestScan builds a history with a root commit, an edit, a side branch and
// a merge that adds a line of its own, and checks which lines each commit
// is said to add.
func TestScan(t *testing.T) {
	gittest.Need(t)
	dir := t.TempDir()
	sh := func(script string) string {
		t.Helper()
		return gittest.Sh(t, dir, script)
	}
	sh(`git init -q -b main .
		printf 'a\nb\n' > a.txt && git add a.txt && git commit -qm root
		printf 'a\nb\nc\n' > a.txt && git commit -qam edit
		git checkout -q -b side && printf 's\n' > s.txt && git add s.txt && git commit -qm side
		git checkout -q main && printf 'a\nb\nc\nd\n' > a.txt && git commit -qam main
		git merge -q --no-commit side && printf 'evil\n' > m.txt && printf 's\nevil too\n' > s.txt && git add m.txt s.txt && git commit -qm merge
		printf '\000binary' > bin.dat && git add bin.dat && git commit -qm binary
		git rm -q m.txt && git commit -qm delete`)
	subjects := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(sh(`git log --all --format='%H %s'`)), "\n") {
		h, s, _ := strings.Cut(line, " ")
		subjects[h] = s
	}
	repo, err := gitdir.Locate(dir, func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	scan := func(rng string) []added {
		var (
			mu  sync.Mutex
			got []added
		)
		err := Scan(context.Background(), repo, rng, func(f File) error {
			mu.Lock()
			got = append(got, added{subjects[f.Commit], f.Path, f.Added})
			mu.Unlock()
			return nil
		})
		if err != nil {
			t.Fatalf("Scan(%q): %v", rng, err)
		}
		sort.Slice(got, func(i, j int) bool { return got[i].Subject+got[i].Path < got[j].Subject+got[j].Path })
		return got
	}
	r := func(a, b int) linediff.Lines { return linediff.Lines{Ranges: []linediff.Range{{First: a, Last: b}}} }

	want := []added{
		{"edit", "a.txt", r(3, 3)},
		{"main", "a.txt", r(4, 4)},
		{"merge", "m.txt", linediff.AllLines},
		{"merge", "s.txt", r(2, 2)}, // only the line new to both parents
		{"root", "a.txt", linediff.AllLines},
		{"side", "s.txt", linediff.AllLines},
	}
	if diff := cmp.Diff(want, scan("HEAD")); diff != "" {
		t.Errorf("Scan(HEAD) (-want +got):\n%s", diff)
	}
	// HEAD~1 is "binary" (adds nothing scannable), HEAD~3 is "main": the
	// range holds binary, merge, and side, which main never had.
	wantRange := []added{{"merge", "m.txt", linediff.AllLines}, {"merge", "s.txt", r(2, 2)}, {"side", "s.txt", linediff.AllLines}}
	if diff := cmp.Diff(wantRange, scan("HEAD~3..HEAD~1")); diff != "" {
		t.Errorf("Scan(HEAD~3..HEAD~1) (-want +got):\n%s", diff)
	}
	// main~4 is "edit" along the first-parent chain.
	if diff := cmp.Diff([]added{{"side", "s.txt", linediff.AllLines}}, scan("side ^main~4")); diff != "" {
		t.Errorf("Scan(side ^main~4) (-want +got):\n%s", diff)
	}

	if err := Scan(context.Background(), repo, "nosuchbranch..HEAD", func(File) error { return nil }); err == nil || !strings.Contains(err.Error(), "nosuchbranch") {
		t.Errorf("unknown revision: err = %v, want one naming it", err)
	}
}

// TestScanShallow: in a shallow clone (CI's default), the commit at the
// edge has no fetched parent; like git, sasguard treats it as a root, so
// everything in it counts as added instead of the scan failing.
func TestScanShallow(t *testing.T) {
	root := t.TempDir()
	gittest.Sh(t, root, `git init -q src && cd src
		echo 1 > a.txt && git add a.txt && git commit -qm one
		echo 2 >> a.txt && git commit -qam two
		echo b > b.txt && git add b.txt && git commit -qm three
		cd .. && git clone -q --depth 2 "file://$PWD/src" shallow`)
	repo, err := gitdir.Locate(root+"/shallow", func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	err = Scan(context.Background(), repo, "HEAD", func(f File) error {
		got = append(got, fmt.Sprintf("%s all=%v", f.Path, f.Added.All))
		return nil
	})
	if err != nil {
		t.Fatalf("Scan: %v", err)
	}
	if diff := cmp.Diff([]string{"b.txt all=true", "a.txt all=true"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
