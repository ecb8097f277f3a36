// Package install puts sasguard's git hooks in place without clobbering
// what is there: an existing hook is moved aside and chained to, installing
// twice changes nothing, and uninstalling puts the old hook back.
package install

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/sasguard/sasguard/rules/safefile"
)

// Hook names a git hook sasguard installs.
type Hook string

const (
	PreCommit Hook = "pre-commit"
	PrePush   Hook = "pre-push"
)

// marker identifies a hook file written by sasguard.
const marker = "# sasguard-managed-hook"

// ChainedSuffix is appended to a hook that was there before sasguard's, which
// sasguard's hook runs first.
const ChainedSuffix = ".sasguard-chained"

// HooksDir asks git where hooks live for the repository at dir: it honours
// core.hooksPath, and linked worktrees share their main repository's hooks.
func HooksDir(dir string) (string, error) {
	cmd := exec.Command("git", "rev-parse", "--git-path", "hooks")
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.Error
		if errors.As(err, &ee) {
			return "", fmt.Errorf("the git command is needed to find the hooks directory: %w", err)
		}
		return "", fmt.Errorf("git rev-parse --git-path hooks: %s", strings.TrimSpace(stderr.String()))
	}
	p := strings.TrimSpace(string(out))
	if !filepath.IsAbs(p) {
		p = filepath.Join(dir, p)
	}
	return filepath.Clean(p), nil
}

// Result says what Install or Uninstall did, for the user.
type Result struct {
	Path    string // the hook file
	Chained string // the hook that was already there, now run first; "" for none
	Changed bool   // false when there was nothing to do
	Message string
}

// Install writes hook h into hooksDir. binary is the absolute path of the
// sasguard to run ("" to find it on PATH when the hook runs).
func Install(hooksDir string, h Hook, binary string) (Result, error) {
	if err := os.MkdirAll(hooksDir, 0o755); err != nil {
		return Result{}, err
	}
	path := filepath.Join(hooksDir, string(h))
	chained := path + ChainedSuffix
	script := Script(h, binary)
	res := Result{Path: path}
	if exists(chained) {
		res.Chained = chained
	}

	current, err := os.ReadFile(path)
	switch {
	case err == nil && isOurs(current):
		if bytes.Equal(current, script) {
			res.Message = fmt.Sprintf("%s hook already installed in %s", h, path)
			return res, nil
		}
		// Ours, from another sasguard binary or version: refresh it. A link
		// to it is replaced by the file, as a rename over it would.
		if isSymlink(path) {
			if err := os.Remove(path); err != nil {
				return res, err
			}
		}
	case err == nil || isSymlink(path):
		if res.Chained != "" {
			return res, fmt.Errorf("%s exists and is not sasguard's, and %s is already taken; move one of them away and run sasguard install again", path, chained)
		}
		if err := os.Rename(path, chained); err != nil {
			return res, err
		}
		res.Chained = chained
	case errors.Is(err, fs.ErrNotExist):
	default:
		return res, err
	}
	if err := safefile.WritePath(path, script, 0o755); err != nil {
		return res, err
	}
	res.Changed = true
	res.Message = fmt.Sprintf("installed the %s hook in %s", h, path)
	if res.Chained != "" {
		res.Message += fmt.Sprintf("; it runs the hook that was there first (kept as %s)", filepath.Base(chained))
	}
	return res, nil
}

// Uninstall removes sasguard's hook h and puts back the hook it chained to.
// A hook that is not sasguard's is left alone.
func Uninstall(hooksDir string, h Hook) (Result, error) {
	path := filepath.Join(hooksDir, string(h))
	chained := path + ChainedSuffix
	res := Result{Path: path}
	current, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist) && !isSymlink(path):
		res.Message = fmt.Sprintf("no %s hook in %s: nothing to uninstall", h, hooksDir)
		return res, nil
	case err != nil && !isSymlink(path):
		return res, err
	case !isOurs(current):
		res.Message = fmt.Sprintf("%s is not sasguard's hook: left as it is", path)
		return res, nil
	}
	if err := os.Remove(path); err != nil {
		return res, err
	}
	res.Changed = true
	res.Message = fmt.Sprintf("removed the %s hook from %s", h, path)
	if exists(chained) {
		if err := os.Rename(chained, path); err != nil {
			return res, err
		}
		res.Chained = chained
		res.Message += "; restored the hook that was there before"
	}
	return res, nil
}

// IsInstalled reports whether sasguard's hook h is in hooksDir.
func IsInstalled(hooksDir string, h Hook) bool {
	b, err := os.ReadFile(filepath.Join(hooksDir, string(h)))
	return err == nil && isOurs(b)
}

func isOurs(b []byte) bool { return bytes.Contains(b, []byte(marker)) }

func exists(p string) bool {
	_, err := os.Lstat(p)
	return err == nil
}

func isSymlink(p string) bool {
	fi, err := os.Lstat(p)
	return err == nil && fi.Mode()&fs.ModeSymlink != 0
}
