// Package tracked lists the files git tracks, from the index, for
// `sasguard baseline`. Submodules and symlinks are left out: their content
// is another repository, or a path.
package tracked

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"github.com/go-git/go-git/v5/plumbing/filemode"

	"github.com/sasguard/sasguard/hook/gitdir"
	"github.com/sasguard/sasguard/hook/internal/gitindex"
)

// Paths returns the slash-separated paths of the regular files in the
// index, read directly or, for index formats the reader does not support,
// with `git ls-files`.
func Paths(repo *gitdir.Repo) ([]string, error) {
	data, err := os.ReadFile(repo.IndexFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	idx, err := gitindex.Parse(data)
	var unsupported *gitindex.UnsupportedError
	if errors.As(err, &unsupported) {
		return lsFiles(repo)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", repo.IndexFile, err)
	}
	var out []string
	for _, e := range idx.Entries {
		if e.Stage > 1 || e.IntentToAdd || !(e.Mode == filemode.Regular || e.Mode == filemode.Executable) {
			continue
		}
		if n := len(out); n > 0 && out[n-1] == e.Path {
			continue // conflict stages of one path
		}
		out = append(out, e.Path)
	}
	return out, nil
}

func lsFiles(repo *gitdir.Repo) ([]string, error) {
	cmd := exec.Command("git", "ls-files", "-z", "--stage")
	cmd.Dir = repo.WorkTree
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("git ls-files: %v: %s", err, strings.TrimSpace(stderr.String()))
	}
	var paths []string
	for _, rec := range strings.Split(string(out), "\x00") {
		meta, path, ok := strings.Cut(rec, "\t")
		if !ok {
			continue
		}
		if mode := strings.Fields(meta); len(mode) > 0 && (mode[0] == "100644" || mode[0] == "100755") {
			if n := len(paths); n == 0 || paths[n-1] != path {
				paths = append(paths, path)
			}
		}
	}
	return paths, nil
}

// Contains reports whether git tracks the file at path, in the repository
// found from the file's own directory (not from GIT_DIR); false outside a
// repository. `sasguard fix` and the editor ask it before writing a secret
// to .env: a tracked .env would put the secret in the next commit.
func Contains(path string) (bool, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return false, err
	}
	repo, err := gitdir.Locate(filepath.Dir(abs), func(string) string { return "" })
	if errors.Is(err, gitdir.ErrNotRepo) {
		return false, nil
	}
	if err != nil || repo.WorkTree == "" {
		return false, err
	}
	rel, err := filepath.Rel(repo.WorkTree, abs)
	if err != nil {
		return false, nil
	}
	paths, err := Paths(repo)
	if err != nil {
		return false, err
	}
	return slices.Contains(paths, filepath.ToSlash(rel)), nil
}
