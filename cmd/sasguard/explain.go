package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/sasguard/sasguard/rules"
	"github.com/sasguard/sasguard/rules/printable"
)

const explainUsage = `usage: sasguard explain [URL|-]

Say in plain words what a SAS URL, SAS query, connection string or key
grants: kind, account, permissions, validity and time left, https-only, IP
range, stored policy, and how to revoke it. With no argument or "-", read the
text from stdin (quote a URL on the command line: it holds '&'). The secret
is never printed whole.

exit codes: 0 explained at least one token, 2 the input holds no SAS or key

`

// explainMaxInput bounds what explain reads: it is for a URL or a pasted
// snippet, not a file (use `sasguard scan` for files).
const explainMaxInput = 16 << 20

// runExplain is informational: it uses the default policy rather than the
// repository's config, so a baseline or allowlist entry cannot hide the
// token someone is asking about.
func runExplain(c Command, args []string) int {
	fs := flag.NewFlagSet("sasguard explain", flag.ContinueOnError)
	positional, code, ok := c.parseFlags(fs, explainUsage, args)
	if !ok {
		return code
	}
	var input []byte
	if len(positional) == 0 || len(positional) == 1 && positional[0] == "-" {
		if c.Stdin == nil {
			c.errorf("no input: give a URL or pipe the text on stdin")
			return exitUsage
		}
		data, err := io.ReadAll(io.LimitReader(c.Stdin, explainMaxInput+1))
		if err != nil {
			c.errorf("reading stdin: %v", err)
			return exitFailure
		}
		if len(data) > explainMaxInput {
			c.errorf("input is larger than %d MiB", explainMaxInput>>20)
			c.hintf("use `sasguard scan FILE` for files")
			return exitUsage
		}
		input = data
	} else {
		input = []byte(strings.Join(positional, "\n"))
	}
	if text, ok := scanText(input); ok {
		input = text // a UTF-16 paste from a Windows clipboard dump
	}

	eng := rules.NewEngine(nil, rules.Options{Now: c.Now})
	findings := eng.Scan("", input)
	if len(findings) == 0 {
		c.errorf("no Azure SAS token, connection string or key found in the input")
		c.hintf("pass the whole URL in quotes (`sasguard explain 'https://…?sv=…&sig=…'`) or the connection string; placeholders such as sig=<signature> are not tokens")
		return exitUsage
	}
	w := bufio.NewWriter(c.Stdout)
	cfg := eng.Config()
	for i, f := range findings {
		if i > 0 {
			w.WriteString("\n")
		}
		explainFinding(w, f, cfg, c.Now())
	}
	if err := w.Flush(); err != nil {
		c.errorf("writing output: %v", err)
		return exitFailure
	}
	return exitOK
}

// explainFinding prints one token's report: a headline, the engine's plain
// words, the verdict under the policy, then rules.Describe's rows one per
// line.
func explainFinding(w io.Writer, f rules.Finding, cfg *rules.Config, now time.Time) {
	d := rules.Describe(&f, now)
	verdict := f.Severity.String()
	if cfg.Blocks(f.Severity) {
		verdict += ": a commit holding it is blocked"
	} else {
		verdict += ": reported, does not block"
	}
	fmt.Fprintf(w, "%s [%s]\n", printable.String(d.Title), printable.String(f.Rule))
	fmt.Fprintf(w, "  %s\n\n", explainOneLine(f.Message))
	row := func(k, v string) { fmt.Fprintf(w, "  %-15s %s\n", k, explainOneLine(v)) }
	row("severity", verdict)
	for _, r := range d.Rows {
		row(r.Label, r.Value)
	}
}

// explainOneLine folds whitespace so a message stays on its line, and
// escapes what the token brought (a percent-decoded name can hold an escape
// sequence or a bidi override).
func explainOneLine(s string) string {
	return printable.String(strings.Join(strings.Fields(s), " "))
}
