package config

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/sasguard/sasguard/rules"
)

// BaselineEntry records one accepted finding: the secret (fingerprint) in
// one file (path, slash-separated, relative to the config's root). The same
// secret copied into another file is a new finding. Rule and redacted token
// are there so a reviewer can read the file.
type BaselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	Rule        string `json:"rule"`
	Path        string `json:"path"`
	Redacted    string `json:"redacted"`
}

type baselineFile struct {
	Version  int             `json:"version"`
	Findings []BaselineEntry `json:"findings"`
}

// ParseBaseline reads a baseline file into the set rules.Options.Baseline
// takes: rules.BaselineKey(path, fingerprint) per entry. An entry without
// a path (written by hand, or by a tool that left it out) is kept under the
// empty path: it hides nothing, and the engine notes on the finding that
// `sasguard baseline` should be re-run. Failing closed keeps a path-less
// entry from hiding the secret in every file.
func ParseBaseline(data []byte) (map[string]bool, error) {
	var f baselineFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("baseline is not valid JSON: %v (regenerate it with `sasguard baseline`)", err)
	}
	if f.Version != 1 {
		return nil, fmt.Errorf("baseline version %d is not supported (regenerate it with `sasguard baseline`)", f.Version)
	}
	set := make(map[string]bool, len(f.Findings))
	for _, e := range f.Findings {
		set[rules.BaselineKey(cleanBaselinePath(e.Path), e.Fingerprint)] = true
	}
	return set, nil
}

// cleanBaselinePath makes a recorded path comparable with the engine's:
// slash-separated, no ./ prefix.
func cleanBaselinePath(p string) string {
	p = strings.ReplaceAll(p, "\\", "/")
	if p == "" {
		return ""
	}
	return strings.TrimPrefix(path.Clean(p), "./")
}

// FormatBaseline writes entries as a stable, reviewable baseline file:
// sorted by path then fingerprint, one entry per fingerprint and path, two
// spaces of indentation, and URLs as written (& stays &, not \u0026).
func FormatBaseline(entries []BaselineEntry) []byte {
	sorted := append([]BaselineEntry(nil), entries...)
	sort.Slice(sorted, func(i, j int) bool {
		if sorted[i].Path != sorted[j].Path {
			return sorted[i].Path < sorted[j].Path
		}
		return sorted[i].Fingerprint < sorted[j].Fingerprint
	})
	out := sorted[:0]
	for i, e := range sorted {
		if i > 0 && e.Path == sorted[i-1].Path && e.Fingerprint == sorted[i-1].Fingerprint {
			continue
		}
		out = append(out, e)
	}
	if out == nil {
		out = []BaselineEntry{}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	_ = enc.Encode(baselineFile{Version: 1, Findings: out}) // plain strings: cannot fail
	return b.Bytes()
}
