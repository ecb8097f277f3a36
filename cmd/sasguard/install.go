package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/sasguard/sasguard/hook/install"
)

const installUsage = `usage: sasguard install [--pre-push] [--uninstall]
installs sasguard as this repository's pre-commit hook; an existing hook is kept and run first
`

// runInstall puts sasguard's pre-commit (or pre-push) hook in place, or
// takes it out again with --uninstall.
func runInstall(c Command, args []string) int {
	fs := flag.NewFlagSet("sasguard install", flag.ContinueOnError)
	prePush := fs.Bool("pre-push", false, "install the pre-push hook (scans the commits being pushed) instead of the pre-commit hook")
	uninstall := fs.Bool("uninstall", false, "remove sasguard's hook and restore the one that was there before")
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
