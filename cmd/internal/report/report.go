// Package report renders findings for people and tools: compiler-style text,
// JSON per DESIGN.md's contract, and SARIF 2.1.0. The scanner and the hook
// both print through it, so they read the same.
package report

import (
	"errors"
	"io"

	"github.com/sasguard/sasguard/rules"
)

// Item is one finding with where it was found.
type Item struct {
	Path    string // slash-separated, as the user should read it
	Commit  string // the commit that added it, for `scan --git`; "" otherwise
	Finding rules.Finding
}

// Options shape the text output.
type Options struct {
	Color  bool                      // ANSI colour (a terminal, and NO_COLOR unset)
	Blocks func(rules.Severity) bool // which severities stop a commit, for the summary
}

// TODO(cli helper): placeholder signatures, replaced by the real renderers.
func Text(w io.Writer, items []Item, opts Options) error { return errors.New("report: not built yet") }
func JSON(w io.Writer, items []Item) error               { return errors.New("report: not built yet") }
func SARIF(w io.Writer, items []Item, toolVersion string) error {
	return errors.New("report: not built yet")
}
