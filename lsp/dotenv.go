package lsp

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/sasguard/sasguard/rules"
)

// saveToDotenv writes each NAME=value to dir/.env (created with mode 0600;
// an existing file keeps its mode and every byte) and makes sure .gitignore
// ignores .env. It never overwrites a different value: a taken name is
// replaced by the next free one (NAME_2, …) and the fix is recomputed to
// read that name. It returns the fixes to apply, in order, and changes
// nothing on disk when any of them cannot be stored.
func saveToDotenv(dir string, sn *snapshot, lang rules.Language, picks []chosenFix) ([]chosenFix, error) {
	envPath := filepath.Join(dir, ".env")
	existing, mode, err := readIfExists(envPath)
	if err != nil {
		return nil, err
	}
	updated := existing
	out := make([]chosenFix, 0, len(picks))
	for _, p := range picks {
		if p.fix.Kind != rules.FixDotenv {
			out = append(out, p)
			continue
		}
		if p.fix.EnvValue == "" || p.fix.EnvName == "" {
			return nil, fmt.Errorf("the fix for %s has no value to store", p.finding.Redacted)
		}
		name, err := rules.SuggestDotenvName(updated, p.fix.EnvName, p.fix.EnvValue)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", envPath, err)
		}
		fix := p.fix
		if name != fix.EnvName {
			renamed, err := rules.RenameEnvFix(lang, sn.text, p.finding, fix, name)
			if err != nil {
				return nil, fmt.Errorf("%s already holds a different %s and the fix cannot use %s: %w", envPath, fix.EnvName, name, err)
			}
			renamed.EnvValue = fix.EnvValue
			fix = renamed
		}
		var changedNow bool
		updated, changedNow, err = rules.MergeDotenv(updated, fix.EnvName, fix.EnvValue)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", envPath, err)
		}
		_ = changedNow // already there with this value: nothing to add
		out = append(out, chosenFix{finding: p.finding, fix: fix})
	}
	if string(updated) != string(existing) {
		if mode == 0 {
			mode = 0o600
		}
		if err := writeAtomic(envPath, updated, mode); err != nil {
			return nil, err
		}
	}
	ignorePath := filepath.Join(dir, ".gitignore")
	gi, giMode, err := readIfExists(ignorePath)
	if err != nil {
		return nil, fmt.Errorf("the secret is saved in %s, but %w; add .env to .gitignore by hand", envPath, err)
	}
	if next, changed := rules.EnsureGitignored(gi, ".env"); changed {
		if giMode == 0 {
			giMode = 0o644
		}
		if err := writeAtomic(ignorePath, next, giMode); err != nil {
			return nil, fmt.Errorf("the secret is saved in %s, but %w; add .env to .gitignore by hand", envPath, err)
		}
	}
	return out, nil
}

// readIfExists returns a file's bytes and mode, or nothing for a missing file.
func readIfExists(path string) ([]byte, fs.FileMode, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, 0, nil
	}
	if err != nil {
		return nil, 0, fmt.Errorf("reading %s: %w", path, err)
	}
	st, err := os.Stat(path)
	if err != nil {
		return nil, 0, fmt.Errorf("reading %s: %w", path, err)
	}
	return data, st.Mode().Perm(), nil
}

// writeAtomic replaces path with data through a temporary file in the same
// directory, so a crash leaves the old file or the new one, never half.
func writeAtomic(path string, data []byte, mode fs.FileMode) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".sasguard-*")
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	name := tmp.Name()
	fail := func(err error) error {
		tmp.Close()
		os.Remove(name)
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Chmod(mode); err != nil {
		return fail(err)
	}
	if _, err := tmp.Write(data); err != nil {
		return fail(err)
	}
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		return fail(err)
	}
	if err := os.Rename(name, path); err != nil {
		os.Remove(name)
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
