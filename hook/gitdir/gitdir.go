// Package gitdir finds the pieces of a git repository the way git itself
// does inside a hook: GIT_DIR (exported in linked worktrees), the common
// directory shared by worktrees, the work tree top, and the index file
// (GIT_INDEX_FILE during `git commit -a` and `git commit <path>`). It opens
// go-git's storage layer directly, because go-git refuses to open a
// repository whose config enables extensions such as worktreeConfig (set by
// `git sparse-checkout`), though its objects read fine.
package gitdir

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/go-git/go-billy/v5/osfs"
	"github.com/go-git/go-git/v5/plumbing/cache"
	format "github.com/go-git/go-git/v5/plumbing/format/config"
	"github.com/go-git/go-git/v5/storage/filesystem"
	"github.com/go-git/go-git/v5/storage/filesystem/dotgit"
)

// Repo locates one repository as seen from a hook.
type Repo struct {
	GitDir    string // this worktree's git directory (.git, or .git/worktrees/NAME)
	CommonDir string // objects, refs and config; equals GitDir outside linked worktrees
	WorkTree  string // top of the work tree; "" for a bare repository
	IndexFile string // the index to read: GIT_INDEX_FILE when set
}

// ErrNotRepo is returned when no repository is found.
var ErrNotRepo = errors.New("not inside a git repository")

// Locate finds the repository for a process running in dir with the given
// environment (GIT_DIR, GIT_WORK_TREE, GIT_INDEX_FILE).
func Locate(dir string, getenv func(string) string) (*Repo, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	r := &Repo{}
	if gd := getenv("GIT_DIR"); gd != "" {
		r.GitDir = absFrom(dir, gd)
		r.WorkTree = dir
		if wt := getenv("GIT_WORK_TREE"); wt != "" {
			r.WorkTree = absFrom(dir, wt)
		} else if top, ok := findTop(dir); ok {
			r.WorkTree = top
		}
	} else {
		top, ok := findTop(dir)
		if !ok {
			return nil, ErrNotRepo
		}
		r.WorkTree = top
		if r.GitDir, err = resolveDotGit(filepath.Join(top, ".git")); err != nil {
			return nil, err
		}
	}
	if _, err := os.Stat(filepath.Join(r.GitDir, "HEAD")); err != nil {
		return nil, fmt.Errorf("%s is not a git directory: %w", r.GitDir, err)
	}
	r.CommonDir = r.GitDir
	if b, err := os.ReadFile(filepath.Join(r.GitDir, "commondir")); err == nil {
		r.CommonDir = absFrom(r.GitDir, strings.TrimSpace(string(b)))
	}
	r.IndexFile = filepath.Join(r.GitDir, "index")
	if f := getenv("GIT_INDEX_FILE"); f != "" {
		// git may pass it relative to the top of the work tree.
		base := r.WorkTree
		if base == "" {
			base = dir
		}
		r.IndexFile = absFrom(base, f)
	}
	return r, nil
}

// Storage opens go-git's object and reference storage for the repository,
// with a small object cache so memory stays bounded.
func (r *Repo) Storage() *filesystem.Storage {
	var fs = osfs.New(r.GitDir)
	if r.CommonDir != r.GitDir {
		fs = dotgit.NewRepositoryFilesystem(osfs.New(r.GitDir), osfs.New(r.CommonDir))
	}
	return filesystem.NewStorageWithOptions(fs, cache.NewObjectLRU(8*cache.MiByte), filesystem.Options{
		LargeObjectThreshold: 4 << 20,
	})
}

// findTop walks up from dir to the first directory holding .git.
func findTop(dir string) (string, bool) {
	for d := dir; ; {
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil {
			return d, true
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", false
		}
		d = parent
	}
}

// resolveDotGit follows a ".git" file ("gitdir: PATH", used by linked
// worktrees and submodules) to the real git directory.
func resolveDotGit(p string) (string, error) {
	fi, err := os.Stat(p)
	if err != nil {
		return "", err
	}
	if fi.IsDir() {
		return p, nil
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return "", err
	}
	line := strings.TrimSpace(string(b))
	target, ok := strings.CutPrefix(line, "gitdir:")
	if !ok {
		return "", fmt.Errorf("%s: expected \"gitdir: PATH\"", p)
	}
	return absFrom(filepath.Dir(p), strings.TrimSpace(target)), nil
}

func absFrom(base, p string) string {
	if filepath.IsAbs(p) {
		return filepath.Clean(p)
	}
	return filepath.Join(base, p)
}

// ObjectFormat returns the repository's hash ("sha1" or "sha256") from
// extensions.objectFormat. go-git v5 reads only SHA-1 repositories.
func (r *Repo) ObjectFormat() (string, error) {
	f, err := os.Open(filepath.Join(r.CommonDir, "config"))
	if errors.Is(err, os.ErrNotExist) {
		return "sha1", nil
	}
	if err != nil {
		return "", err
	}
	defer f.Close()
	cfg := format.New()
	if err := format.NewDecoder(f).Decode(cfg); err != nil {
		return "", fmt.Errorf("reading %s: %w", f.Name(), err)
	}
	if v := cfg.Section("extensions").Option("objectformat"); v != "" {
		return strings.ToLower(v), nil
	}
	return "sha1", nil
}
