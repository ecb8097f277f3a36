package report

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sasguard/sasguard/rules"
	"github.com/sasguard/sasguard/rules/printable"
)

// ANSI styles for a terminal. Plain text output uses none of them.
const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiDim    = "\x1b[2m"
	ansiRed    = "\x1b[1;31m"
	ansiYellow = "\x1b[1;33m"
	ansiCyan   = "\x1b[1;36m"
	ansiGreen  = "\x1b[1;32m"
)

// Text prints items like a compiler's diagnostics:
//
//	path:line:col: error: message [rule]
//	   12 | masked source line
//	      |      ^~~~~~~~~~~~~~
//	  note: …
//	  fingerprint: …
//	  fix: …
//
// followed by a one-line summary. Items are printed in the order given; call
// Sort first for a stable order.
func Text(w io.Writer, items []Item, opts Options) error {
	bw := bufio.NewWriter(w)
	p := painter{on: opts.Color}
	for _, it := range items {
		writeItem(bw, p, it)
	}
	s := Summarize(items, opts.blocks())
	if len(items) > 0 {
		bw.WriteString("\n")
	}
	bw.WriteString(summaryLine(s, opts))
	bw.WriteString("\n")
	return bw.Flush()
}

// summaryLine reads "2 findings (1 blocking) in 1 file; scanned 12 files":
// the files (or commits) that have findings, then how many were examined.
func summaryLine(s Summary, opts Options) string {
	unit := opts.Unit
	if unit == "" {
		unit = "file"
	}
	scanned := ""
	if opts.Scanned > 0 {
		scanned = "scanned " + plural(opts.Scanned, unit)
	}
	if s.Findings == 0 {
		if scanned == "" {
			return "no findings"
		}
		return "no findings; " + scanned
	}
	in := s.Files
	if unit == "commit" {
		in = s.Commits
	}
	line := fmt.Sprintf("%s (%d blocking) in %s", plural(s.Findings, "finding"), s.Blocking, plural(in, unit))
	if scanned != "" {
		line += "; " + scanned
	}
	return line
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

func writeItem(w *bufio.Writer, p painter, it Item) {
	f := it.Finding
	path := printable.String(it.Path)
	if path == "" {
		path = "<input>"
	}
	fmt.Fprintf(w, "%s: %s %s %s\n",
		p.paint(ansiBold, fmt.Sprintf("%s:%d:%d", path, f.Start.Line, f.Start.Col)),
		p.paint(severityStyle(f.Severity), f.Severity.String()+":"),
		p.paint(ansiBold, oneLine(f.Message)),
		p.paint(ansiDim, "["+f.Rule+"]"))

	if sn := f.Snippet; sn.Text != "" {
		num := strconv.Itoa(f.Start.Line)
		gutter := strings.Repeat(" ", len(num))
		text := strings.TrimRight(sn.Text, "\r\n")
		mark := underline(text, sn.StartCol, sn.EndCol)
		fmt.Fprintf(w, " %s | %s\n", p.paint(ansiDim, num), printable.String(text))
		fmt.Fprintf(w, " %s | %s\n", gutter, p.paint(ansiGreen, mark))
	}
	for _, n := range f.Notes {
		fmt.Fprintf(w, "  %s %s\n", p.paint(ansiCyan, "note:"), oneLine(n))
	}
	if it.Commit != "" {
		fmt.Fprintf(w, "  %s %s\n", p.paint(ansiCyan, "commit:"), it.Commit)
	}
	if f.Redacted != "" && f.Snippet.Text == "" {
		fmt.Fprintf(w, "  %s %s\n", p.paint(ansiCyan, "token:"), printable.String(f.Redacted))
	}
	if it.Raw != "" {
		fmt.Fprintf(w, "  %s %s\n", p.paint(ansiRed, "secret:"), printable.String(it.Raw))
	}
	fmt.Fprintf(w, "  %s %s\n", p.paint(ansiCyan, "fingerprint:"), f.Fingerprint)
	fmt.Fprintf(w, "  %s %s\n", p.paint(ansiCyan, "fix:"), fixHint(it))
}

// fixHint is the first fix the engine offers, or the command that applies one.
func fixHint(it Item) string {
	if it.Commit != "" {
		return "the token is in git history: revoke it (`sasguard explain` says how), then remove it from the branch"
	}
	if len(it.Finding.Fixes) > 0 && it.Finding.Fixes[0].Title != "" {
		return oneLine(it.Finding.Fixes[0].Title)
	}
	path := it.Path
	if path == "" {
		path = "PATH"
	}
	return "run `sasguard fix --dotenv " + path + "`"
}

// underline draws a caret under the token's first byte and tildes under the
// rest. The prefix keeps the line's tabs so the caret lines up; every other
// character counts as one column.
func underline(text string, start, end int) string {
	start = clamp(start, 0, len(text))
	end = clamp(end, start, len(text))
	var b strings.Builder
	for _, r := range printable.String(text[:start]) {
		if r == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteByte(' ')
		}
	}
	b.WriteByte('^')
	if n := utf8.RuneCountInString(printable.String(text[start:end])); n > 1 {
		b.WriteString(strings.Repeat("~", n-1))
	}
	return b.String()
}

func clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// oneLine keeps a message on its line so output stays one finding per header.
func oneLine(s string) string {
	return printable.String(strings.Join(strings.Fields(s), " "))
}

func severityStyle(s rules.Severity) string {
	switch s {
	case rules.SeverityError:
		return ansiRed
	case rules.SeverityWarning:
		return ansiYellow
	default:
		return ansiCyan
	}
}

// painter wraps text in ANSI styles when colour is on.
type painter struct{ on bool }

func (p painter) paint(style, s string) string {
	if !p.on || s == "" {
		return s
	}
	return style + s + ansiReset
}
