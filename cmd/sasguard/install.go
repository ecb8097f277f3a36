package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/sasguard/sasguard/hook/install"
)

const installUsage = `usage: sasguard install [--pre-push] [--uninstall] [--portable]
installs sasguard as this repository's pre-commit hook; an existing hook is kept and run first.
When core.hooksPath names a folder in the repository (husky, lefthook, a team's .githooks),
nothing is written there unless --portable: it adds a line running sasguard from PATH to the
team's hook file, never this machine's path.
`

// runInstall puts sasguard's pre-commit (or pre-push) hook in place, or
// takes it out again with --uninstall.
func runInstall(c Command, args []string) int {
	fs := flag.NewFlagSet("sasguard install", flag.ContinueOnError)
	prePush := fs.Bool("pre-push", false, "install the pre-push hook (scans the commits being pushed) instead of the pre-commit hook")
	uninstall := fs.Bool("uninstall", false, "remove sasguard's hook and restore the one that was there before")
	portable := fs.Bool("portable", false, "run sasguard from PATH, not by this binary's path; with core.hooksPath in the repository (husky), add that line to the team's hook file")
	args, code, ok := c.parseFlags(fs, installUsage, args)
	if !ok {
		return code
	}
	if !c.noArgs("install", args, "") {
		return exitUsage
	}
	hook := install.PreCommit
	if *prePush {
		hook = install.PrePush
	}
	wd, err := os.Getwd()
	if err != nil {
		c.errorf("cannot find the current directory: %v", err)
		return exitFailure
	}
	dir, err := install.HooksDir(wd)
	if err != nil {
		c.errorf("%v", err)
		c.hintf("run `sasguard install` inside a git repository, with git on PATH")
		return exitUsage
	}
	var res install.Result
	if *uninstall {
		res, err = install.Uninstall(dir, hook)
	} else {
		m, managed, ferr := install.FindManaged(wd, dir, hook)
		if ferr != nil {
			c.errorf("%v", ferr)
			return exitFailure
		}
		if managed {
			return c.installManaged(wd, m, hook, *portable)
		}
		binary := selfPath()
		if *portable {
			binary = ""
		}
		res, err = install.Install(dir, hook, binary)
	}
	if err != nil {
		c.errorf("%v", err)
		return exitFailure
	}
	fmt.Fprintln(c.Stdout, "sasguard:", res.Message)
	return exitOK
}

// selfPath is the absolute path of this sasguard binary for the hook to
// run, or "" when it is a throwaway build (`go run`, a test binary), in
// which case the hook looks sasguard up on PATH.
func selfPath() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	if r, err := filepath.EvalSymlinks(exe); err == nil {
		exe = r
	}
	base := filepath.Base(exe)
	if strings.Contains(exe, string(filepath.Separator)+"go-build") || strings.HasSuffix(base, ".test") {
		return ""
	}
	return exe
}

// installManaged handles core.hooksPath pointing into the work tree: the
// hooks there are the team's (husky, lefthook, a committed .githooks), so
// sasguard never writes its own script, with this machine's path, there.
// It says what line to add, or adds it with --portable.
func (c Command) installManaged(wd string, m *install.Managed, hook install.Hook, portable bool) int {
	hooksDir, target := relTo(wd, m.HooksDir), relTo(wd, m.Target)
	if hook == install.PrePush {
		c.errorf("core.hooksPath is %s, a folder in this repository: sasguard writes no pre-push hook there", hooksDir)
		c.hintf("add a pre-push step that runs `sasguard scan --git @{push}..HEAD` to the tool that manages %s, or use the pre-commit hook: sasguard install --portable", hooksDir)
		return exitUsage
	}
	if portable {
		res, err := install.AddPortable(m)
		if err != nil {
			c.errorf("%v", err)
			return exitFailure
		}
		fmt.Fprintln(c.Stdout, "sasguard:", res.Message)
		return exitOK
	}
	what := "a folder in this repository"
	if m.Tracked {
		what = "a folder in this repository, and git tracks " + target
	}
	c.errorf("core.hooksPath is %s, %s: sasguard wrote nothing, since its hook would put this machine's path to sasguard in the team's hooks", hooksDir, what)
	c.hintf("add these lines to %s and commit it (each developer then needs sasguard on PATH), or run `sasguard install --portable` to add them:", target)
	for _, l := range strings.Split(strings.TrimSuffix(install.PortableLines, "\n"), "\n") {
		fmt.Fprintf(c.Stderr, "    %s\n", l)
	}
	if m.Lefthook != "" {
		c.hintf("with lefthook, add it to %s instead: pre-commit: commands: sasguard: run: sasguard hook", m.Lefthook)
	}
	return exitUsage
}
