package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/sasguard/sasguard/hook/tracked"
	"github.com/sasguard/sasguard/rules"
	"github.com/sasguard/sasguard/rules/config"
	"github.com/sasguard/sasguard/rules/safefile"
)

// defaultBaselineFile is where the baseline goes when the config names none.
const defaultBaselineFile = ".sasguard-baseline.json"

const baselineUsage = `usage: sasguard baseline [--config FILE] [--git REV-RANGE]
records the findings in the tracked files (as in the work tree) so later runs report only new ones;
with --git, also those the commits in REV-RANGE added (e.g. HEAD for the whole history), so the
pre-push hook and scan --git pass over them and still stop anything new
`

// runBaseline records the fingerprints of every finding in the tracked
// files, as they are in the work tree, in the baseline file the config
// names, so later runs report only new findings. A config without a
// baseline key gets `baseline = ".sasguard-baseline.json"`.
func runBaseline(c Command, args []string) int {
	fs := flag.NewFlagSet("sasguard baseline", flag.ContinueOnError)
	configFile := configFlag(fs)
	gitRange := fs.String("git", "", "also record what the commits in `REV-RANGE` added (HEAD: the whole history)")
	args, code, ok := c.parseFlags(fs, baselineUsage, args)
	if !ok {
		return code
	}
	if !c.noArgs("baseline", args, "it scans every file git tracks; run it at the repository root") {
		return exitUsage
	}
	wd, repo, code := c.locateRepo("run `sasguard baseline` inside the git work tree whose findings to record")
	if repo == nil {
		return code
	}
	res, err := config.Load(repo.WorkTree, *configFile)
	if err != nil {
		return c.configError(err)
	}
	configPath, wrote, err := ensureBaselineKey(res, repo.WorkTree)
	if err != nil {
		c.errorf("%v", err)
		return exitFailure
	}
	// The old baseline must not hide findings from the new one.
	eng := rules.NewEngine(res.Config, rules.Options{Now: c.Now})

	paths, err := tracked.Paths(repo)
	if err != nil {
		c.errorf("listing tracked files: %v", err)
		return exitFailure
	}
	items, problems := (&scanner{eng: eng, root: res.Root, largeFile: scanLargeFile}).scanFiles(trackedFiles(repo.WorkTree, res.Root, paths))
	if len(problems) > 0 {
		for _, p := range problems {
			c.errorf("%s: %v", p.display, p.err)
		}
		return exitFailure
	}
	fromHistory := 0
	if *gitRange != "" {
		hist, capped, err := scanGitRange(c, eng, repo.WorkTree, *gitRange)
		if err != nil {
			return c.gitRangeError("baseline", *gitRange, err)
		}
		if capped {
			// A baseline of part of the history would let the rest block
			// later with no warning: record nothing.
			c.errorf("baseline --git %s: %v", printableArg(*gitRange), runCappedError("the rest of the range was"))
			return exitFailure
		}
		for _, it := range hist {
			it.Path = relToRoot(repo.WorkTree, res.Root, it.Path)
			items = append(items, it)
		}
		fromHistory = len(hist)
	}
	var entries []config.BaselineEntry
	files := map[string]bool{}
	for _, it := range items {
		f := it.Finding
		entries = append(entries, config.BaselineEntry{Fingerprint: f.Fingerprint, Rule: f.Rule, Path: it.Path, Redacted: f.Redacted})
		files[it.Path] = true
	}
	out := filepath.Join(filepath.Dir(configPath), filepath.FromSlash(res.Config.Baseline))
	if err := safefile.Write(filepath.Dir(configPath), res.Config.Baseline, config.FormatBaseline(entries), 0o644); err != nil {
		c.errorf("%v", err)
		return exitFailure
	}
	if wrote != "" {
		fmt.Fprintf(c.Stdout, "sasguard: %s\n", wrote)
	}
	fmt.Fprintf(c.Stdout, "sasguard: recorded %s in %s in %s; later runs report only new ones\n",
		plural(len(entries), "finding"), plural(len(files), "file"), relTo(wd, out))
	if *gitRange != "" {
		fmt.Fprintf(c.Stdout, "sasguard: %s of them from the history in %s\n", plural(fromHistory, "finding"), *gitRange)
	}
	fmt.Fprintf(c.Stdout, "sasguard: hint: commit %s and %s; the secrets it lists are still live until you rotate them\n", relTo(wd, out), relTo(wd, configPath))
	return exitOK
}

// trackedFiles are the tracked paths as files in the work tree for the
// scanner, named relative to the config's root as the baseline and
// allowlist globs name them. Files deleted from the work tree and those
// replaced by a symlink or a directory are left out.
func trackedFiles(top, root string, paths []string) []walkFile {
	files := make([]walkFile, 0, len(paths))
	for _, rel := range paths {
		abs := filepath.Join(top, filepath.FromSlash(rel))
		if fi, err := os.Lstat(abs); err == nil && !fi.Mode().IsRegular() || errors.Is(err, fs.ErrNotExist) {
			continue
		}
		name := rel
		if r, err := filepath.Rel(root, abs); err == nil && !strings.HasPrefix(r, "..") {
			name = filepath.ToSlash(r)
		}
		files = append(files, walkFile{abs: abs, display: name})
	}
	return files
}

// relToRoot names a repository path (as history gives it) relative to
// the config's root, as the baseline and allowlist globs name files.
func relToRoot(top, root, rel string) string {
	abs := filepath.Join(top, filepath.FromSlash(rel))
	if r, err := filepath.Rel(root, abs); err == nil && !strings.HasPrefix(r, "..") {
		return filepath.ToSlash(r)
	}
	return rel
}

// ensureBaselineKey makes sure the config names a baseline file, adding
// `baseline = ".sasguard-baseline.json"` to it (or creating a minimal
// .sasguard.toml) when it does not. It returns the config's path and what
// it changed, for the user.
func ensureBaselineKey(res *config.Result, top string) (string, string, error) {
	if res.Config.Baseline != "" {
		return res.Path, "", nil
	}
	line := fmt.Sprintf("baseline = %q # fingerprints of accepted findings, written by `sasguard baseline`\n", defaultBaselineFile)
	path := res.Path
	var data []byte
	var did string
	if path == "" {
		path = filepath.Join(top, rules.ConfigFileName)
		data = []byte("# sasguard config; `sasguard init` shows every setting\nversion = 1\n" + line)
		did = fmt.Sprintf("created %s naming the baseline file", rules.ConfigFileName)
	} else {
		old, err := os.ReadFile(path)
		if err != nil {
			return "", "", err
		}
		data = insertTopLevel(old, line)
		did = fmt.Sprintf("added `baseline = %q` to %s", defaultBaselineFile, filepath.Base(path))
	}
	cfg, err := config.Parse(path, data)
	if err == nil && cfg.Baseline != defaultBaselineFile {
		err = errors.New("the key did not land at the top level")
	}
	if err != nil {
		return "", "", fmt.Errorf("could not add the baseline key to %s (%v); add `baseline = %q` at its top by hand and run sasguard baseline again", path, err, defaultBaselineFile)
	}
	if err := safefile.WritePath(path, data, 0o644); err != nil {
		return "", "", err
	}
	res.Config, res.Path = cfg, path
	return path, did, nil
}

// insertTopLevel puts a top-level TOML key line before the first table
// header (keys after a header would belong to that table).
func insertTopLevel(data []byte, line string) []byte {
	lines := bytes.SplitAfter(data, []byte("\n"))
	var out []byte
	done := false
	for _, l := range lines {
		if !done && bytes.HasPrefix(bytes.TrimSpace(l), []byte("[")) {
			out = append(out, line...)
			done = true
		}
		out = append(out, l...)
	}
	if !done {
		if len(out) > 0 && out[len(out)-1] != '\n' {
			out = append(out, '\n')
		}
		out = append(out, line...)
	}
	return out
}
