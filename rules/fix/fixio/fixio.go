// Package fixio is the disk side of a fix plan, shared by `sasguard fix`
// and the language server so they put .env in the same place and write it
// the same way: where .env goes (the repository root), reading .env and
// .gitignore there, refusing a .env that git tracks, and writing both with
// rules/safefile (.env always mode 0600).
package fixio

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/sasguard/sasguard/hook/tracked"
	"github.com/sasguard/sasguard/rules"
	"github.com/sasguard/sasguard/rules/config"
	"github.com/sasguard/sasguard/rules/fix"
	"github.com/sasguard/sasguard/rules/safefile"
)

// DotenvMode is .env's mode, whatever it had: it holds secrets.
const DotenvMode fs.FileMode = 0o600

// Root is where .env goes for the file at path: its repository root,
// walking up from the file, the first directory that holds .sasguard.toml
// or .git (rules/config.FindRoot). For a file in no repository it is base, the
// root the front end resolved its config from (`sasguard fix`'s argument,
// the editor's workspace folder); "" when base is "" too.
func Root(path, base string) string {
	root := config.FindRoot(filepath.Dir(path))
	for _, marker := range []string{rules.ConfigFileName, ".git"} {
		if _, err := os.Lstat(filepath.Join(root, marker)); err == nil {
			return root
		}
	}
	return base
}

// ErrTracked is wrapped by Save's error when git tracks .env.
var ErrTracked = errors.New("is tracked by git")

// Files are a root's .env and .gitignore as they are on disk.
type Files struct {
	Root       string
	Dotenv     []byte
	Gitignore  []byte
	ignorePerm fs.FileMode
}

// Load reads root's .env and .gitignore (nil when missing). A link in
// their place is an error, as writing through it would be.
func Load(root string) (*Files, error) {
	f := &Files{Root: root, ignorePerm: 0o644}
	var err error
	if f.Dotenv, _, _, err = safefile.Read(root, fix.DotenvFile); err != nil {
		return nil, err
	}
	var perm fs.FileMode
	var ok bool
	if f.Gitignore, perm, ok, err = safefile.Read(root, fix.GitignoreFile); err != nil {
		return nil, err
	}
	if ok {
		f.ignorePerm = perm
	}
	return f, nil
}

// Save writes what pl changes in .env, then .gitignore (keeping its mode).
// It refuses to put a secret in a .env that git tracks: the next commit
// would carry it.
func (f *Files) Save(pl *fix.Plan) error {
	if pl.DotenvChanged {
		envPath := filepath.Join(f.Root, fix.DotenvFile)
		isTracked, err := tracked.Contains(envPath)
		if err != nil {
			return fmt.Errorf("checking whether git tracks %s: %v", envPath, err)
		}
		if isTracked {
			return fmt.Errorf("%s %w, so a secret written there would be committed; untrack it first: git rm --cached %s (and commit that), then fix again", envPath, ErrTracked, fix.DotenvFile)
		}
		if err := safefile.Write(f.Root, fix.DotenvFile, pl.Dotenv, DotenvMode); err != nil {
			return err
		}
	}
	if pl.GitignoreChanged {
		if err := safefile.Write(f.Root, fix.GitignoreFile, pl.Gitignore, f.ignorePerm); err != nil {
			return fmt.Errorf("the secrets are saved in %s, but %w; add .env to .gitignore by hand", filepath.Join(f.Root, fix.DotenvFile), err)
		}
	}
	return nil
}
