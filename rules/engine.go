package rules

import (
	"io"
	"time"
)

// Options are what the engine needs from its caller: a clock and the
// fingerprints already accepted in the baseline.
type Options struct {
	// Now is the clock. The engine never reads the system time: tests and the
	// language server pass their own.
	Now func() time.Time
	// Baseline holds the findings recorded by `sasguard baseline`, keyed by
	// BaselineKey(path, fingerprint): a finding is not reported in the file
	// it was recorded in; the same secret in another file is. A key with an
	// empty path (an entry that recorded none) hides nothing: the finding
	// is reported with a note to re-run `sasguard baseline`.
	Baseline map[string]bool
}

// BaselineKey is the Options.Baseline key of a finding with fingerprint fp
// in the file at path (slash-separated, relative to the config's root).
func BaselineKey(path, fp string) string { return path + "\x00" + fp }

// Engine scans content under one config. It is safe for concurrent use.
type Engine struct {
	cfg  *Config
	opts Options
}

// NewEngine returns an engine for cfg (DefaultConfig when nil).
func NewEngine(cfg *Config, opts Options) *Engine {
	if cfg == nil {
		cfg = DefaultConfig()
	}
	if opts.Now == nil {
		panic("rules: Options.Now is required: the engine never reads the clock itself")
	}
	return &Engine{cfg: cfg, opts: opts}
}

// Config returns the engine's config.
func (e *Engine) Config() *Config { return e.cfg }

// Scan returns the findings in content, in order of position. path is the
// file's slash-separated path relative to the repository root (or "" for
// text with no file); it picks the language for fixes and matches allowlist
// globs. Findings with SeverityNone are not returned.
func (e *Engine) Scan(path string, content []byte) []Finding {
	return e.scan(path, content)
}

// ScanReader scans r in bounded memory, calling emit for each finding in
// order. Findings' spans and positions are relative to the whole stream.
// Use it for files too large to hold; fixes are not computed.
func (e *Engine) ScanReader(path string, r io.Reader, emit func(Finding)) error {
	return e.scanReader(path, r, emit)
}
