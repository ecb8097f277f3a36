package install

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sasguard/sasguard/hook/gittest"
)

// TestFindManaged: only a core.hooksPath inside the work tree is the
// team's; the default hooks folder is not, and husky 9's generated .husky/_
// points at the file the team edits.
func TestFindManaged(t *testing.T) {
	r := gittest.New(t)
	dir, err := HooksDir(r.Dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, managed, err := FindManaged(r.Dir, dir, PreCommit); err != nil || managed {
		t.Fatalf("default hooks folder: managed=%v err=%v, want not managed", managed, err)
	}

	r.Sh("mkdir .githooks && echo 'echo team' > .githooks/pre-commit && git add .githooks && git -c user.name=t -c user.email=t@t commit -qm hooks && git config core.hooksPath .githooks")
	dir, _ = HooksDir(r.Dir)
	m, managed, err := FindManaged(r.Dir, dir, PreCommit)
	if err != nil || !managed || !m.Tracked || filepath.Base(m.Target) != "pre-commit" {
		t.Fatalf(".githooks: %+v managed=%v err=%v, want managed and tracked", m, managed, err)
	}
	res, err := AddPortable(m)
	if err != nil || !res.Changed {
		t.Fatalf("AddPortable: %+v %v", res, err)
	}
	body := readFile(t, m.Target)
	if !strings.HasPrefix(body, "echo team\n") || !strings.Contains(body, "\nsasguard hook") || strings.Contains(body, "installed=") || strings.Contains(body, m.WorkTree) {
		t.Errorf("hook after AddPortable:\n%s", body)
	}

	r.Sh("git config core.hooksPath .husky/_ && mkdir -p .husky/_ && printf 'exec npx lint-staged\\n' > .husky/pre-commit")
	dir, _ = HooksDir(r.Dir)
	m, managed, _ = FindManaged(r.Dir, dir, PreCommit)
	if !managed || m.Target != filepath.Join(m.WorkTree, ".husky", "pre-commit") || m.Tracked {
		t.Fatalf("husky 9: %+v managed=%v, want target .husky/pre-commit, untracked", m, managed)
	}
	if _, err := AddPortable(m); err == nil || !strings.Contains(err.Error(), "exec") {
		t.Errorf("a hook ending in exec: %v, want a refusal naming exec", err)
	}
	if b, _ := os.ReadFile(m.Target); string(b) != "exec npx lint-staged\n" {
		t.Errorf("refused, yet the hook changed:\n%s", b)
	}
}

// TestFindManagedUntracked: a folder in the work tree that git tracks
// nothing in is a private hooks folder: sasguard installs there as usual.
func TestFindManagedUntracked(t *testing.T) {
	r := gittest.New(t)
	r.Git("config", "core.hooksPath", ".githooks")
	dir, err := HooksDir(r.Dir)
	if err != nil {
		t.Fatal(err)
	}
	if m, managed, err := FindManaged(r.Dir, dir, PreCommit); err != nil || managed {
		t.Errorf("untracked .githooks: %+v managed=%v err=%v, want not managed", m, managed, err)
	}
}
