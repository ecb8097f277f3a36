package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"
)

// Exit codes: a contract other tools rely on (DESIGN.md).
const (
	exitOK       = 0 // no blocking finding
	exitFindings = 1 // blocking findings
	exitUsage    = 2 // usage or config error
	exitFailure  = 3 // internal failure; the hook fails closed with it
)

// Command is one run of sasguard. Tests build one with buffers and call Main
// directly; main wires it to the process.
type Command struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Getenv reads the environment; nil means os.Getenv.
	Getenv func(string) string
	// Now is the clock; nil means time.Now. Tests pin it.
	Now func() time.Time
}

type subcommand struct {
	run     func(c Command, args []string) int
	summary string
}

var subcommands = map[string]subcommand{
	"scan":     {runScan, "scan files and directories (or --git REV-RANGE) for secrets"},
	"explain":  {runExplain, "say in plain words what a SAS URL or key grants"},
	"init":     {runInit, "write a commented starter .sasguard.toml"},
	"hook":     {runHook, "scan what is staged; run by git as a pre-commit hook"},
	"install":  {runInstall, "install the pre-commit (or --pre-push) hook in this repository"},
	"baseline": {runBaseline, "record current findings so later runs report only new ones"},
	"lsp":      {runLSP, "run the language server on stdin/stdout"},
	"fix":      {runFix, "apply a fix (--env NAME, --dotenv or --redact) to files"},
}

// Main runs sasguard with args (without the program name) and returns the
// exit code.
func (c Command) Main(args []string) int {
	if c.Getenv == nil {
		c.Getenv = os.Getenv
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if len(args) == 0 {
		c.usage(c.Stderr)
		return exitUsage
	}
	switch args[0] {
	case "-h", "--help", "help":
		c.usage(c.Stdout)
		return exitOK
	case "version", "--version":
		fmt.Fprintln(c.Stdout, "sasguard", version())
		return exitOK
	}
	sub, ok := subcommands[args[0]]
	if !ok {
		c.errorf("unknown command %q", args[0])
		c.hintf("run `sasguard help` for the list of commands")
		return exitUsage
	}
	return sub.run(c, args[1:])
}

func (c Command) usage(w io.Writer) {
	fmt.Fprintln(w, "usage: sasguard <command> [flags] [args]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "commands:")
	names := make([]string, 0, len(subcommands))
	for n := range subcommands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-9s %s\n", n, subcommands[n].summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "exit codes: 0 clean, 1 blocking findings, 2 usage or config error, 3 internal failure")
}

// errorf prints "sasguard: error: …" to stderr, in age's style.
func (c Command) errorf(format string, args ...any) {
	fmt.Fprintf(c.Stderr, "sasguard: error: %s\n", strings.TrimSpace(fmt.Sprintf(format, args...)))
}

// hintf prints "sasguard: hint: …": the exact thing to do next.
func (c Command) hintf(format string, args ...any) {
	fmt.Fprintf(c.Stderr, "sasguard: hint: %s\n", fmt.Sprintf(format, args...))
}
