package config

import (
	"encoding/json"
	"fmt"
	"sort"
)

// BaselineEntry records one accepted finding. The fingerprint is what
// matters; path, rule and redacted token are there so a reviewer can read
// the file.
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

// ParseBaseline reads a baseline file into a fingerprint set.
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
		set[e.Fingerprint] = true
	}
	return set, nil
}

// FormatBaseline writes entries as a stable, reviewable baseline file:
// sorted, one entry per fingerprint and path.
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
	b, _ := json.MarshalIndent(baselineFile{Version: 1, Findings: out}, "", "  ")
	return append(b, '\n')
}
