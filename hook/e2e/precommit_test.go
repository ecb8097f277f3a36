package e2e

import (
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sasguard/sasguard/cmd/sasguardtest"
)

// TestPreCommitFramework runs this repository's .pre-commit-hooks.yaml
// under the real pre-commit: the `golang` hook, built by pre-commit from a
// copy of this tree, blocks a real commit that adds a SAS and lets a clean
// one through; `pre-commit try-repo` runs the `system` variant.
func TestPreCommitFramework(t *testing.T) {
	if _, err := exec.LookPath("pre-commit"); err != nil {
		t.Skip("pre-commit is not installed (apt-get install -y pre-commit, or run .ci/setup.d/hook.sh)")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go is not on PATH: pre-commit's golang hooks build with it")
	}
	s := newSandbox(t)
	// pre-commit builds the golang hook with the go on PATH; share this
	// machine's module and build caches so it need not download the world.
	for _, v := range []string{"GOMODCACHE", "GOCACHE", "GOPROXY", "GOFLAGS", "GONOSUMDB", "GOPRIVATE"} {
		if out, err := exec.Command("go", "env", v).Output(); err == nil && strings.TrimSpace(string(out)) != "" {
			s.env = append(s.env, v+"="+strings.TrimSpace(string(out)))
		}
	}
	// sasguard is not on PATH: the golang hook must run the binary
	// pre-commit built; only the system variant below gets $SASGUARD_DIR.
	s.env = append(s.env, "PRE_COMMIT_HOME="+filepath.Join(s.dir, "pre-commit-cache"), "SASGUARD_DIR="+filepath.Dir(sasguardtest.Binary(t)))

	// pre-commit clones hook repositories: give it this tree as a repository.
	src := filepath.Join(s.dir, "sasguard-src")
	copyTree(t, moduleRoot(t), src)
	s.must(`cd sasguard-src && git init -q . && git add -A && git commit -qm snapshot`)
	rev := strings.TrimSpace(s.must(`cd sasguard-src && git rev-parse HEAD`))

	s.must(`git init -q repo && cd repo
		printf 'repos:\n- repo: %s\n  rev: %s\n  hooks:\n  - id: sasguard\n' "$PWD/../sasguard-src" ` + rev + ` > .pre-commit-config.yaml
		git add .pre-commit-config.yaml && pre-commit install >/dev/null
		` + sasLine + ` > config.py && git add config.py`)

	out, code := s.sh(`cd repo && git commit -m secret`)
	t.Logf("commit with a SAS: exit %d\n%s", code, out)
	if code == 0 {
		t.Fatalf("pre-commit let a commit with a live SAS through")
	}
	mustContain(t, out, "config.py:1:8:")
	mustContain(t, out, "blocked: 1 blocking secret")
	if n := s.commits("repo"); n != 0 {
		t.Errorf("%d commits recorded, want none", n)
	}

	out, code = s.sh(`cd repo && git rm -q --cached config.py && echo hello > README && git add README .pre-commit-config.yaml && git commit -m clean`)
	t.Logf("clean commit: exit %d\n%s", code, out)
	if code != 0 || s.commits("repo") != 1 {
		t.Errorf("pre-commit blocked a clean commit (exit %d)", code)
	}

	// `pre-commit run --all-files` and `--files` check the files they name,
	// so a live secret committed earlier (with --no-verify) fails the run.
	s.must(`cd repo && ` + sasLine + ` > committed.py && git add committed.py && git commit -qm "skip the hook" --no-verify`)
	out, code = s.sh(`cd repo && pre-commit run --all-files`)
	t.Logf("run --all-files with a committed SAS: exit %d\n%s", code, out)
	if code == 0 {
		t.Errorf("pre-commit run --all-files passed with a live SAS committed")
	}
	mustContain(t, out, "committed.py:1:8:")
	out, code = s.sh(`cd repo && pre-commit run --files committed.py`)
	t.Logf("run --files committed.py: exit %d\n%s", code, out)
	if code == 0 {
		t.Errorf("pre-commit run --files passed a file with a live SAS")
	}
	mustContain(t, out, "committed.py:1:8:")
	// The hint names a command the user can run: pre-commit's golang hook
	// builds sasguard in its own cache, which is not on the user's PATH.
	if strings.Contains(out, "    sasguard fix") {
		t.Errorf("the hint names `sasguard`, which is not on PATH here:\n%s", out)
	}
	out, code = s.sh(`cd repo && pre-commit run --files README`)
	if code != 0 {
		t.Errorf("pre-commit run --files README (clean): exit %d\n%s", code, out)
	}
	s.must(`cd repo && git rm -q committed.py && git commit -qm "remove it" --no-verify`)

	// try-repo runs a hook straight from a repository, without a config.
	s.must(`cd repo && ` + keyLine + ` > k.py && git add k.py`)
	out, code = s.sh(`cd repo && PATH="$SASGUARD_DIR:$PATH" pre-commit try-repo ../sasguard-src sasguard-system`)
	t.Logf("try-repo: exit %d\n%s", code, out)
	if code == 0 {
		t.Errorf("try-repo passed a staged storage key")
	}
	mustContain(t, out, "k.py:1:")
}

// moduleRoot is the directory holding go.mod above this package.
func moduleRoot(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the test")
		}
		dir = parent
	}
}

// copyTree copies the source tree, leaving out VCS data and node_modules.
func copyTree(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		// .git is a directory in a clone but a file in a linked worktree or a
		// submodule; copying the file would make the git init below commit
		// into the checkout under test.
		if d.Name() == ".git" || (d.IsDir() && d.Name() == "node_modules") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		target := filepath.Join(to, rel)
		switch {
		case d.IsDir():
			return os.MkdirAll(target, 0o755)
		case d.Type().IsRegular():
			return copyFile(p, target)
		}
		return nil // symlinks and the like are not part of the build
	})
	if err != nil {
		t.Fatalf("copying the source tree: %v", err)
	}
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
