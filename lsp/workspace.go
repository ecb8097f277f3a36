package lsp

import (
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"go.lsp.dev/uri"

	"github.com/sasguard/sasguard/rules"
	"github.com/sasguard/sasguard/rules/config"
	"github.com/sasguard/sasguard/rules/fix/fixio"
)

// workspace holds the folder the client opened and the engine built from
// its .sasguard.toml. A config that fails to load leaves the last good
// engine in place and is reported as a diagnostic in the TOML file.
type workspace struct {
	now func() time.Time

	mu         sync.Mutex
	folder     string // the client's workspace folder; "" when it sent none
	root       string // where the config lives (or the repository root): paths are relative to it
	configPath string // the config file, found or expected
	baseline   string // the baseline file the config names, if any
	engine     *rules.Engine
	configErr  error // the last load's error; nil when it loaded
}

func newWorkspace(now func() time.Time) *workspace {
	return &workspace{now: now, engine: rules.NewEngine(nil, rules.Options{Now: now})}
}

// setFolder records the workspace folder (an absolute path).
func (w *workspace) setFolder(folder string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.folder = folder
}

// reload reads the config again. It returns the load error, if any; the
// engine changes only when the config loaded.
func (w *workspace) reload() error {
	w.mu.Lock()
	folder := w.folder
	w.mu.Unlock()
	if folder == "" {
		return nil
	}
	eng, res, err := config.Engine(folder, "", w.now)
	w.mu.Lock()
	defer w.mu.Unlock()
	w.configErr = err
	if err != nil {
		if w.configPath == "" {
			w.root = config.FindRoot(folder)
			w.configPath = filepath.Join(w.root, rules.ConfigFileName)
		}
		return err
	}
	w.engine = eng
	w.root = res.Root
	w.configPath = res.Path
	if w.configPath == "" {
		w.configPath = filepath.Join(res.Root, rules.ConfigFileName)
	}
	w.baseline = ""
	if b := eng.Config().Baseline; b != "" {
		w.baseline = filepath.Join(filepath.Dir(w.configPath), filepath.FromSlash(b))
	}
	return nil
}

func (w *workspace) currentEngine() *rules.Engine {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.engine
}

// configURI is the .sasguard.toml that governs the workspace ("" with no
// workspace folder).
func (w *workspace) configURI() uri.URI {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.configPath == "" {
		return ""
	}
	return uri.File(w.configPath)
}

// loadError returns the last load's error as a *config.Error (line
// known) or a plain error.
func (w *workspace) loadError() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.configErr
}

// isConfigFile reports whether path is the config or the baseline it names,
// whose change calls for a reload.
func (w *workspace) isConfigFile(path string) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	if filepath.Base(path) == rules.ConfigFileName {
		return true
	}
	return w.baseline != "" && filepath.Clean(path) == filepath.Clean(w.baseline)
}

// relPath is the slash-separated path the engine sees for a file: relative
// to the root, like the hook and the scanner; absolute when outside it.
func (w *workspace) relPath(u uri.URI) string {
	if u.Scheme() != "file" {
		return ""
	}
	p := u.FsPath()
	w.mu.Lock()
	root := w.root
	w.mu.Unlock()
	if root != "" {
		if rel, err := filepath.Rel(root, p); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.ToSlash(p)
}

// dotenvRoot is where "Move to .env" writes: the document's repository
// root (fixio.Root), as for `sasguard fix`, not the workspace folder, which
// may be a subfolder. Outside a repository it is the folder's root.
func (w *workspace) dotenvRoot(u uri.URI) (string, error) {
	w.mu.Lock()
	base := w.root
	w.mu.Unlock()
	root := base
	if u.Scheme() == "file" {
		root = fixio.Root(u.FsPath(), base)
	}
	if root == "" {
		return "", errors.New("the file is in no repository (no .git or .sasguard.toml above it) and the client opened no workspace folder, so there is no place for .env: open the project folder")
	}
	return root, nil
}

// baselineFile is the baseline the config names, or "".
func (w *workspace) baselineFile() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.baseline
}
