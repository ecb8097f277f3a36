package lsp

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sasguard/sasguard/rules"
)

// describe renders rules.Describe as Markdown for hover, so hover and
// `sasguard explain` say the same words; only the escaping is the LSP's.
// now is the server's clock, for the time left.
func describe(f *rules.Finding, now time.Time) string {
	d := rules.Describe(f, now)
	var b strings.Builder
	fmt.Fprintf(&b, "**%s** · `%s` · %s\n\n", escapeMD(d.Title), codeMD(f.Rule), f.Severity)
	if f.Message != "" {
		b.WriteString(escapeMD(f.Message))
		b.WriteString("\n\n")
	}
	b.WriteString("| | |\n|---|---|\n")
	for _, r := range d.Rows {
		v := escapeMD(r.Value)
		switch {
		case r.Literal:
			v = "`" + codeMD(r.Value) + "`"
		case r.Risk:
			v = "**" + v + "**"
		}
		fmt.Fprintf(&b, "| %s | %s |\n", escapeMD(capitalize(r.Label)), v)
	}
	for _, n := range f.Notes {
		b.WriteString("\n_note:_ ")
		b.WriteString(escapeMD(n))
		b.WriteString("\n")
	}
	return b.String()
}

// capitalize turns a row label into a table heading: "IP range" stays.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// escapeMD keeps plain text from turning into Markdown markup, or a table
// cell from splitting at a '|'.
func escapeMD(s string) string {
	r := strings.NewReplacer("*", `\*`, "_", `\_`, "`", "'", "|", `\|`, "<", "&lt;", "\n", " ")
	return r.Replace(s)
}

// codeMD makes s safe inside a code span in a table cell: no backtick to end
// the span, no bare '|' to split the cell (GFM unescapes "\|" in code).
func codeMD(s string) string {
	r := strings.NewReplacer("`", "'", "|", `\|`, "\n", " ")
	return r.Replace(s)
}
