// Package report renders findings for people and tools: compiler-style text,
// JSON per docs/contract.md, and SARIF 2.1.0. The scanner and the hook
// both print through it, so they read the same.
//
// Nothing here prints a whole secret: findings carry only masked text
// (Finding.Redacted, Finding.Snippet), and Item.Raw, the one field that holds
// a secret, is set by the CLI only when the user passed --show-secret.
package report

import (
	"sort"

	"github.com/sasguard/sasguard/rules"
)

// Item is one finding with where it was found.
type Item struct {
	Path    string // slash-separated, as the user should read it
	Commit  string // the commit that added it, for `scan --git`; "" otherwise
	Finding rules.Finding

	// CharStart and CharEnd are Finding.Start.Col and Finding.End.Col counted
	// in Unicode code points instead of bytes (1-based), for SARIF, whose
	// columns cannot be bytes. Zero means unknown: the byte columns are used,
	// which is exact for ASCII lines.
	CharStart, CharEnd int

	// Raw is the token exactly as written in the file. It is the one place a
	// whole secret may appear, so callers set it only for --show-secret.
	Raw string
}

// Problem is something a run could not read: every format says so (text on
// stderr, JSON "errors", SARIF invocations), so a partial run never looks
// like a clean one.
type Problem struct {
	Path   string // as Item.Path
	Reason string
}

// Options shape the text output.
type Options struct {
	Color  bool                      // ANSI colour (a terminal, and NO_COLOR unset)
	Blocks func(rules.Severity) bool // which severities stop a commit, for the summary; nil means the default policy
	// Scanned is how many files (or commits, for Unit "commit") the run
	// examined, for the summary's "scanned N files"; 0 leaves it out.
	Scanned int
	// Unit is what Scanned counts and what the summary says findings are
	// "in": "file" (the default) or "commit".
	Unit string
}

// Sort orders the items of a file scan by path, position, rule and commit,
// so concurrent scans print the same bytes every run. Renderers print items
// in the order given; a commit range keeps its own order (newest commit
// first), so it is not sorted here.
func Sort(items []Item) {
	sort.SliceStable(items, func(i, j int) bool {
		a, b := &items[i], &items[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Finding.Span.Start != b.Finding.Span.Start {
			return a.Finding.Span.Start < b.Finding.Span.Start
		}
		if a.Finding.Rule != b.Finding.Rule {
			return a.Finding.Rule < b.Finding.Rule
		}
		return a.Commit < b.Commit
	})
}

// blocks returns opts.Blocks, or the default policy's when unset.
func (o Options) blocks() func(rules.Severity) bool {
	if o.Blocks != nil {
		return o.Blocks
	}
	return rules.DefaultConfig().Blocks
}

// Summary counts what a list of items holds.
type Summary struct {
	Findings int // all findings
	Blocking int // findings whose severity blocks
	Files    int // distinct paths with findings
	Commits  int // distinct commits with findings (scan --git)
}

// Summarize counts items under blocks (the default policy when nil).
func Summarize(items []Item, blocks func(rules.Severity) bool) Summary {
	if blocks == nil {
		blocks = rules.DefaultConfig().Blocks
	}
	s := Summary{Findings: len(items)}
	paths, commits := map[string]bool{}, map[string]bool{}
	for _, it := range items {
		if blocks(it.Finding.Severity) {
			s.Blocking++
		}
		paths[it.Path] = true
		if it.Commit != "" {
			commits[it.Commit] = true
		}
	}
	s.Files, s.Commits = len(paths), len(commits)
	return s
}
