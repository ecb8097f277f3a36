package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"golang.org/x/term"

	"github.com/sasguard/sasguard/hook/gitdir"
	"github.com/sasguard/sasguard/rules/config"
	"github.com/sasguard/sasguard/rules/printable"
)

// Exit codes: a contract other tools rely on (docs/contract.md).
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
	// Executable is the running binary's path, for hints that say how to
	// run sasguard again; nil means os.Executable.
	Executable func() (string, error)

	noColor bool // --no-color
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
	case "-h", "--help":
		c.usage(c.Stdout)
		return exitOK
	case "help":
		// `sasguard help scan` is `sasguard scan --help`.
		if len(args) == 1 {
			c.usage(c.Stdout)
			return exitOK
		}
		sub, ok := subcommands[args[1]]
		if !ok {
			c.errorf("unknown command %q", args[1])
			c.hintf("run `sasguard help` for the list of commands")
			return exitUsage
		}
		return sub.run(c, []string{"--help"})
	case "version", "--version", "-version":
		fmt.Fprintln(c.Stdout, readBuild().String())
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
	fmt.Fprintln(w, "`sasguard help COMMAND` (or `sasguard COMMAND --help`) describes a command and its flags;")
	fmt.Fprintln(w, "`sasguard --version` prints the version, commit and build date.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "exit codes: 0 clean, 1 blocking findings, 2 usage or config error, 3 internal failure")
}

// printFlags lists fs's flags in one style, --name, the way the usage
// lines write them (the flag package prints -name).
func printFlags(w io.Writer, fs *flag.FlagSet) {
	fs.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		line := "  --" + f.Name
		if name != "" {
			line += " " + name
		}
		fmt.Fprintf(w, "%s\n    \t%s", line, strings.ReplaceAll(usage, "\n", "\n    \t"))
		if f.DefValue != "" && f.DefValue != "false" {
			fmt.Fprintf(w, " (default %q)", f.DefValue)
		}
		fmt.Fprintln(w)
	})
}

// noColorFlag defines --no-color; NO_COLOR in the environment does the same.
func noColorFlag(fs *flag.FlagSet) *bool {
	return fs.Bool("no-color", false, "no ANSI colour, even on a terminal (as NO_COLOR=1 does)")
}

// printableArg shows a command-line argument safely in a message.
func printableArg(s string) string { return printable.String(s) }

// plural reads "1 file", "2 files".
func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// errorf prints "sasguard: error: …" to stderr, in age's style. The
// message often names a file from the repository: it is escaped
// (internal/printable), so a file name cannot forge output or drive the
// terminal.
func (c Command) errorf(format string, args ...any) {
	fmt.Fprintf(c.Stderr, "sasguard: error: %s\n", printable.String(strings.TrimSpace(fmt.Sprintf(format, args...))))
}

// hintf prints "sasguard: hint: …": the exact thing to do next, escaped
// like errorf's message.
func (c Command) hintf(format string, args ...any) {
	fmt.Fprintf(c.Stderr, "sasguard: hint: %s\n", printable.String(fmt.Sprintf(format, args...)))
}

// parseFlags parses flags that may come before or after the positional
// arguments (`sasguard scan . --format json`), stopping at "--". --help
// prints usage and the flags to stdout; a bad flag prints them, after the
// error, to stderr. ok is false when the command should exit with code.
func (c Command) parseFlags(fs *flag.FlagSet, usage string, args []string) (positional []string, code int, ok bool) {
	// The flag package prints before it says whether it saw -help: hold
	// what it prints until then.
	var out bytes.Buffer
	fs.SetOutput(&out)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		printFlags(fs.Output(), fs)
	}
	var rest []string
	for i, a := range args {
		if a == "--" {
			args, rest = args[:i], args[i+1:]
			break
		}
	}
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				c.Stdout.Write(out.Bytes())
				return nil, exitOK, false
			}
			c.Stderr.Write(out.Bytes())
			return nil, exitUsage, false
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
	return append(positional, rest...), 0, true
}

// noArgs reports an argument given to a command that takes none, with a
// hint ("" for none). It returns false when there was one.
func (c Command) noArgs(name string, args []string, hint string) bool {
	if len(args) == 0 {
		return true
	}
	c.errorf("%s takes no arguments, got %q", name, args[0])
	if hint != "" {
		c.hintf("%s", hint)
	}
	return false
}

// configFlag defines --config, which every command that reads the
// repository's config takes.
func configFlag(fs *flag.FlagSet) *string {
	return fs.String("config", "", "read this config `file` instead of .sasguard.toml at the repository root")
}

// configError prints a config problem compiler-style, with its hint, and
// returns the usage exit code: a broken config is the user's to fix.
func (c Command) configError(err error) int {
	var ce *config.Error
	if errors.As(err, &ce) {
		where := ce.File
		if ce.Line > 0 {
			where += fmt.Sprintf(":%d", ce.Line)
			if ce.Col > 0 {
				where += fmt.Sprintf(":%d", ce.Col)
			}
		}
		c.errorf("%s: %s", where, config.MaskSecrets(ce.Msg))
		if ce.Hint != "" {
			c.hintf("%s", config.MaskSecrets(ce.Hint))
		}
		return exitUsage
	}
	c.errorf("%v", err)
	return exitUsage
}

// locateRepo finds the git repository of the working directory as git
// does inside a hook (GIT_DIR and GIT_INDEX_FILE are honoured). On failure
// it says so, with hint, and repo is nil and code the exit code.
func (c Command) locateRepo(hint string) (wd string, repo *gitdir.Repo, code int) {
	wd, err := os.Getwd()
	if err != nil {
		c.errorf("cannot find the current directory: %v", err)
		return "", nil, exitFailure
	}
	repo, err = gitdir.Locate(wd, c.Getenv)
	if err != nil {
		c.errorf("cannot find the git repository: %v", err)
		c.hintf("%s", hint)
		return wd, nil, exitUsage
	}
	return wd, repo, exitOK
}

// color reports whether w is a terminal that wants colour: never when
// NO_COLOR is set (no-color.org) or TERM is dumb.
func (c Command) color(w io.Writer) bool {
	if c.noColor || c.Getenv("NO_COLOR") != "" || c.Getenv("TERM") == "dumb" {
		return false
	}
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
