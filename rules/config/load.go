package config

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"github.com/sasguard/sasguard/rules"
	"github.com/sasguard/sasguard/rules/safefile"
)

// Result is a loaded config and where it came from.
type Result struct {
	Config   *rules.Config
	Path     string          // the config file read; "" when the defaults are used
	Root     string          // the directory paths are relative to: the config's directory or the repository root
	Baseline map[string]bool // fingerprints from the baseline file, if the config names one
}

// FindRoot walks up from dir to the first directory holding .sasguard.toml
// or .git, and returns it; it returns dir itself when neither is found.
func FindRoot(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return dir
	}
	for d := abs; ; {
		for _, marker := range []string{rules.ConfigFileName, ".git"} {
			if _, err := os.Lstat(filepath.Join(d, marker)); err == nil {
				return d
			}
		}
		parent := filepath.Dir(d)
		if parent == d {
			return abs
		}
		d = parent
	}
}

// Load reads the config for the tree at dir: explicit when set (an error if
// missing), else .sasguard.toml at FindRoot(dir), else the defaults.
func Load(dir, explicit string) (*Result, error) {
	res := &Result{Root: FindRoot(dir)}
	path := explicit
	if path == "" {
		candidate := filepath.Join(res.Root, rules.ConfigFileName)
		if _, err := os.Stat(candidate); err == nil {
			path = candidate
		}
	} else if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	if path == "" {
		res.Config = rules.DefaultConfig()
		return res, nil
	}
	data, err := readBounded(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("config %s does not exist (create one with `sasguard init`)", path)
		}
		return nil, fmt.Errorf("reading config: %w", err)
	}
	// The name findings' notes and errors use: the found config by its
	// name at the root, so the hook, scan and an editor started anywhere
	// say the same; an explicit one as the user wrote it.
	name := rules.ConfigFileName
	if explicit != "" {
		name = displayPath(path)
	}
	cfg, err := Parse(name, data)
	if err != nil {
		return nil, err
	}
	res.Config, res.Path = cfg, path
	if explicit != "" {
		res.Root = filepath.Dir(path)
	}
	if cfg.Baseline != "" {
		// Parse keeps the path inside the config's directory; safefile
		// refuses a link on the way, as writing it would.
		bpath := filepath.Join(filepath.Dir(path), filepath.FromSlash(cfg.Baseline))
		data, _, exists, err := safefile.Read(filepath.Dir(path), cfg.Baseline)
		switch {
		case err != nil:
			return nil, fmt.Errorf("reading baseline: %w", err)
		case !exists:
			// Named but not yet written: `sasguard baseline` creates it.
		default:
			if res.Baseline, err = ParseBaseline(data); err != nil {
				return nil, fmt.Errorf("%s: %w", bpath, err)
			}
		}
	}
	return res, nil
}

// Engine is Load followed by rules.NewEngine with the given clock.
func Engine(dir, explicit string, now func() time.Time) (*rules.Engine, *Result, error) {
	res, err := Load(dir, explicit)
	if err != nil {
		return nil, nil, err
	}
	return rules.NewEngine(res.Config, rules.Options{Now: now, Baseline: res.Baseline}), res, nil
}

// displayPath shortens path relative to the working directory when it can,
// so errors read like a compiler's.
func displayPath(path string) string {
	wd, err := os.Getwd()
	if err != nil {
		return path
	}
	rel, err := filepath.Rel(wd, path)
	if err != nil || len(rel) >= len(path) || filepath.IsAbs(rel) || rel == "" || rel[0] == '.' && len(rel) > 1 && rel[1] == '.' {
		return path
	}
	return rel
}

// readBounded reads at most MaxSize+1 bytes of path (Parse refuses more),
// and refuses what is not a regular file: a FIFO would block the reader.
func readBounded(path string) ([]byte, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil {
		return nil, err
	} else if !st.Mode().IsRegular() && path != os.DevNull {
		return nil, fmt.Errorf("%s is not a regular file", path)
	}
	return io.ReadAll(io.LimitReader(f, MaxSize+1))
}
