package gitdir

import (
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/sasguard/sasguard/hook/gittest"
)

// TestLocate finds the repository the way git does inside a hook: from the
// work tree, from a subdirectory, through a linked worktree's .git file,
// and from GIT_DIR and GIT_INDEX_FILE (relative to the work tree top).
func TestLocate(t *testing.T) {
	gittest.Need(t)
	root, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	main := filepath.Join(root, "main")
	wt := filepath.Join(root, "wt")
	gittest.Sh(t, root, `git init -q main && cd main && mkdir -p sub/dir && git commit -q --allow-empty -m base && git worktree add -q ../wt`)
	dotGit := filepath.Join(main, ".git")
	wtGit := filepath.Join(dotGit, "worktrees", "wt")
	tests := []struct {
		name string
		dir  string
		env  map[string]string
		want Repo
	}{
		{"work tree top", main, nil, Repo{dotGit, dotGit, main, filepath.Join(dotGit, "index")}},
		{"subdirectory", filepath.Join(main, "sub", "dir"), nil, Repo{dotGit, dotGit, main, filepath.Join(dotGit, "index")}},
		{"linked worktree", wt, nil, Repo{wtGit, dotGit, wt, filepath.Join(wtGit, "index")}},
		{"GIT_DIR as git exports it in a linked worktree", wt, map[string]string{"GIT_DIR": wtGit}, Repo{wtGit, dotGit, wt, filepath.Join(wtGit, "index")}},
		{"relative GIT_INDEX_FILE (commit -a)", main, map[string]string{"GIT_INDEX_FILE": ".git/index.lock"}, Repo{dotGit, dotGit, main, filepath.Join(dotGit, "index.lock")}},
		{"absolute GIT_INDEX_FILE (commit <path>)", main, map[string]string{"GIT_INDEX_FILE": filepath.Join(dotGit, "next-index-1.lock")}, Repo{dotGit, dotGit, main, filepath.Join(dotGit, "next-index-1.lock")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Locate(tt.dir, func(k string) string { return tt.env[k] })
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, *got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	if _, err := Locate(root, func(string) string { return "" }); err == nil {
		t.Error("Locate outside a repository succeeded")
	}
}
