package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/sasguard/sasguard/hook/install"
)

// runInstall puts sasguard's pre-commit (or pre-push) hook in place, or
// takes it out again with --uninstall.
func runInstall(c Command, args []string) int {
	fs := flag.NewFlagSet("install", flag.ContinueOnError)
	fs.SetOutput(c.Stderr)
	prePush := fs.Bool("pre-push", false, "install the pre-push hook (scans the commits being pushed) instead of the pre-commit hook")
	uninstall := fs.Bool("uninstall", false, "remove sasguard's hook and restore the one that was there before")
	fs.Usage = func() {
		fmt.Fprintln(c.Stderr, "usage: sasguard install [--pre-push] [--uninstall]")
		fmt.Fprintln(c.Stderr, "installs sasguard as this repository's pre-commit hook; an existing hook is kept and run first")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if fs.NArg() > 0 {
		c.errorf("install takes no arguments, got %q", fs.Arg(0))
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
		res, err = install.Install(dir, hook, selfPath())
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
