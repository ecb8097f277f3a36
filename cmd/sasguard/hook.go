package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/sasguard/sasguard/cmd/internal/report"
	"github.com/sasguard/sasguard/hook/gitdir"
	"github.com/sasguard/sasguard/hook/staged"
	"github.com/sasguard/sasguard/rules"
	"github.com/sasguard/sasguard/rules/config"
	"github.com/sasguard/sasguard/rules/fix"
	"github.com/sasguard/sasguard/rules/printable"
)

const hookUsage = `usage: sasguard hook [--config FILE] [FILE...]

Run by git as a pre-commit hook. With no FILE, scan what is staged (the
index against HEAD) and block the commit when a line it adds carries a
blocking secret.

With FILEs (the pre-commit framework passes them): a FILE that is staged
gets the same check (its staged content, the lines the commit adds); a FILE
that is not staged is scanned whole, as it is in the work tree. So a commit
checks what it adds, and ` + "`pre-commit run --all-files`" + ` or ` + "`--files X`" + `
checks every file it names, secrets already committed included.

exit codes: 0 nothing blocks, 1 blocked, 2 usage or config error, 3 what
was to be checked could not be read (the hook fails closed)

flags:
`

// runHook is the pre-commit hook: it scans the staged blobs (and, when
// given files, those files) and blocks the commit (exit 1) when a line it
// adds, or a named unstaged file, carries a blocking secret. When it cannot
// read what it was to check it fails closed (exit 3).
func runHook(c Command, args []string) int {
	flags := flag.NewFlagSet("sasguard hook", flag.ContinueOnError)
	configFile := configFlag(flags)
	noColor := noColorFlag(flags)
	files, code, ok := c.parseFlags(flags, hookUsage, args)
	if !ok {
		return code
	}
	c.noColor = c.noColor || *noColor
	wd, repo, code := c.locateRepo("run `sasguard hook` inside a git work tree (git runs it there as a pre-commit hook)")
	if repo == nil {
		return code
	}
	eng, _, err := config.Engine(repo.WorkTree, *configFile, c.Now)
	if err != nil {
		return c.configError(err)
	}

	// Paths relative to the top of the work tree, named in output relative
	// to where the user ran `git commit` (git exports GIT_PREFIX to hooks).
	var named []string
	for _, f := range files {
		rel, ok := hookRelPath(repo.WorkTree, wd, f)
		if !ok {
			c.errorf("%s is outside the repository %s", f, repo.WorkTree)
			c.hintf("name files inside the work tree, or run `sasguard scan PATH` for files elsewhere")
			return exitUsage
		}
		named = append(named, rel)
	}

	stagedItems, info, err := scanStaged(repo, eng)
	if err != nil {
		c.errorf("cannot read what is staged, so this commit was not checked: %v", err)
		c.hintf("the commit is stopped rather than let through unchecked; sasguard reads the index with go-git, and with the git command for what go-git cannot read (split or sparse index, SHA-256): make sure git 2.29 or later is on PATH and commit again")
		c.hintf("if it persists, check the staged changes by hand (`git diff --cached`) and only then commit with `git commit --no-verify`")
		return exitFailure
	}
	h := hookOutput{c: c, prefix: hookPrefix(c.Getenv("GIT_PREFIX"))}
	if len(files) == 0 {
		if info.Changes == 0 {
			fmt.Fprintln(c.Stderr, "sasguard: nothing is staged, so nothing was checked")
			return exitOK
		}
		h.staged = true
		if len(stagedItems) > scanMaxFindings {
			c.errorf("%v", runCappedError("the rest of what is staged was"))
			if code := h.print(stagedItems[:scanMaxFindings], eng.Config()); code == exitFindings {
				return code
			}
			return exitFailure // fail closed: part of the commit was not examined
		}
		return h.print(stagedItems, eng.Config())
	}

	// With files: staged ones keep the added-lines check on their staged
	// content; the others are read from the work tree and scanned whole.
	isStaged := map[string]bool{}
	for _, p := range info.Paths {
		isStaged[p] = true
	}
	want := map[string]bool{}
	var whole []walkFile
	for _, rel := range named {
		if want[rel] {
			continue
		}
		want[rel] = true
		if !isStaged[rel] {
			abs := filepath.Join(repo.WorkTree, filepath.FromSlash(rel))
			if _, err := os.Lstat(abs); errors.Is(err, fs.ErrNotExist) {
				c.errorf("%s does not exist", h.display(rel))
				c.hintf("name files in the work tree; with no FILE, `sasguard hook` checks what is staged")
				return exitUsage
			}
			whole = append(whole, walkFile{abs: filepath.Join(repo.WorkTree, filepath.FromSlash(rel)), display: rel})
		}
	}
	var items []report.Item
	for _, it := range stagedItems {
		if want[it.Path] {
			items = append(items, it)
		}
	}
	s := &scanner{eng: eng, root: repo.WorkTree, largeFile: scanLargeFile}
	wholeItems, problems := s.scanFiles(whole)
	items = append(items, wholeItems...)
	report.Sort(items)
	if len(items) > scanMaxFindings {
		items = items[:scanMaxFindings]
		problems = append(problems, walkProblem{"sasguard", runCappedError("the rest was")})
	}
	if len(problems) > 0 {
		scanSortProblems(problems)
		for _, p := range problems {
			c.errorf("cannot read %s, so it was not checked: %v", h.display(p.display), p.err)
		}
		if code := h.print(items, eng.Config()); code == exitFindings {
			return code
		}
		c.hintf("the hook fails closed: make the file readable (or leave it out of the file list) and run it again")
		return exitFailure
	}
	return h.print(items, eng.Config())
}

// hookRelPath makes a FILE argument (relative to the working directory wd,
// or absolute) slash-separated and relative to the work tree top. ok is
// false when it lies outside.
func hookRelPath(top, wd, p string) (string, bool) {
	abs := p
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(wd, p)
	}
	if t, err := filepath.EvalSymlinks(top); err == nil {
		if real, err := filepath.EvalSymlinks(filepath.Dir(abs)); err == nil {
			abs, top = filepath.Join(real, filepath.Base(abs)), t
		}
	}
	rel, err := filepath.Rel(top, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return "", false
	}
	return filepath.ToSlash(rel), true
}

// hookPrefix cleans GIT_PREFIX ("sub/dir/"): the directory, relative to the
// work tree top, that `git commit` ran in; "" at the top.
func hookPrefix(p string) string {
	p = path.Clean(filepath.ToSlash(p))
	if p == "." || p == "/" || strings.HasPrefix(p, "../") || p == ".." || path.IsAbs(p) {
		return ""
	}
	return p
}

// scanStaged runs the engine over every staged text file and keeps the
// findings on lines the commit adds. The engine sees the whole staged blob,
// so a token split across lines is found when any of its lines is new.
// Items carry paths relative to the work tree top.
func scanStaged(repo *gitdir.Repo, eng *rules.Engine) ([]report.Item, staged.Info, error) {
	var (
		mu    sync.Mutex
		items []report.Item
	)
	info, err := staged.Scan(repo, staged.Options{
		OnFallback: func(string) {
			mu.Lock()
			items = nil
			mu.Unlock()
		},
	}, func(f staged.File) error {
		var touched []rules.Finding
		for _, fd := range eng.Scan(f.Path, f.Content) {
			if f.Added.Touches(fd.Start.Line, fd.End.Line) {
				touched = append(touched, fd)
			}
		}
		fix.Attach(eng.Config(), f.Path, f.Content, touched)
		var keep []report.Item
		for _, fd := range touched {
			keep = append(keep, report.Item{Path: f.Path, Finding: fd})
		}
		if len(keep) > 0 {
			mu.Lock()
			items = append(items, keep...)
			mu.Unlock()
		}
		return nil
	})
	if err != nil {
		return nil, info, err
	}
	report.Sort(items)
	return items, info, nil
}

// hookOutput prints the hook's findings and hints for the person at the
// terminal: paths relative to where they ran `git commit`, commands they
// can paste.
type hookOutput struct {
	c      Command
	prefix string // GIT_PREFIX, cleaned
	staged bool   // only staged changes were checked (no FILE given)
}

// display names a work-tree path relative to the user's directory.
func (h hookOutput) display(p string) string {
	if h.prefix == "" {
		return p
	}
	rel, err := filepath.Rel(filepath.FromSlash(h.prefix), filepath.FromSlash(p))
	if err != nil {
		return p
	}
	return filepath.ToSlash(rel)
}

// print prints the findings through the shared text report, then what to
// do about them, and returns the exit code.
func (h hookOutput) print(items []report.Item, cfg *rules.Config) int {
	if len(items) == 0 {
		return exitOK
	}
	c := h.c
	w := c.Stderr
	shown := make([]report.Item, len(items))
	for i, it := range items {
		it.Path = h.display(it.Path)
		shown[i] = it
	}
	// An error here is stderr failing; the exit code still blocks.
	_ = report.Text(w, shown, report.Options{Color: c.color(w), Blocks: cfg.Blocks})
	blocking := 0
	files := map[string]bool{}
	var fixPaths []string
	suppress := map[string][]string{} // comment line -> files using it
	var syntaxes []string
	for _, it := range shown {
		if !cfg.Blocks(it.Finding.Severity) {
			continue
		}
		blocking++
		if files[it.Path] {
			continue
		}
		files[it.Path] = true
		fixPaths = append(fixPaths, it.Path)
		line := suppressionLine(it.Finding)
		if _, ok := suppress[line]; !ok {
			syntaxes = append(syntaxes, line)
		}
		suppress[line] = append(suppress[line], it.Path)
	}
	if blocking == 0 {
		what := "the files checked"
		if h.staged {
			what = "staged changes"
		}
		fmt.Fprintf(w, "sasguard: %s in %s, none blocking; the commit goes ahead\n", plural(len(items), "finding"), what)
		return exitOK
	}
	self := c.selfCommand()
	if h.staged {
		fmt.Fprintf(w, "sasguard: commit blocked: %s in %s staged; nothing was committed\n", plural(blocking, "blocking secret"), plural(len(fixPaths), "file"))
	} else {
		fmt.Fprintf(w, "sasguard: blocked: %s in %s\n", plural(blocking, "blocking secret"), plural(len(fixPaths), "file"))
	}
	var code, dotenvs []string
	for _, p := range fixPaths {
		if rules.LanguageOf(p) == rules.LangDotenv {
			dotenvs = append(dotenvs, p) // already where fix puts secrets: fix has nothing to do
		} else {
			code = append(code, p)
		}
	}
	for _, p := range dotenvs {
		fmt.Fprintf(w, "sasguard: hint: %s holds secrets and must not be committed: stop tracking it, ignore it, and rotate what it held if it was ever pushed:\n", printable.String(p))
		fmt.Fprintf(w, "    git rm --cached %s && echo %s >> .gitignore\n", shellArg(p), shellArg("/"+p))
	}
	if len(code) > 0 {
		fmt.Fprintln(w, "sasguard: hint: to fix, move each secret out of the code, then `git add` the file again and commit:")
		for _, p := range code {
			fmt.Fprintf(w, "    %s fix --dotenv %s\n", self, shellArg(p))
		}
		fmt.Fprintln(w, "  (puts the secret in .env and makes the code read it from the environment; your editor's sasguard quick-fix does the same)")
	}
	fmt.Fprintln(w, "sasguard: hint: if a token is safe to commit (a test fixture, already revoked), mark its line with an audited suppression:")
	sort.SliceStable(syntaxes, func(i, j int) bool { return syntaxes[i] < syntaxes[j] })
	for _, line := range syntaxes {
		if len(syntaxes) == 1 {
			fmt.Fprintf(w, "    %s\n", line)
			continue
		}
		var names []string
		for _, p := range suppress[line] {
			names = append(names, printable.String(p))
		}
		fmt.Fprintf(w, "    %s   (%s)\n", line, strings.Join(names, ", "))
	}
	fmt.Fprintln(w, "sasguard: hint: a secret that was ever pushed or shared must also be revoked: rotate the key, or the stored access policy it was signed with")
	return exitFindings
}

// suppressionLine is the suppression comment for a finding's file, in the
// file's comment syntax: the text of the finding's own suppress fix, which
// rules/fix writes per language. A file without comments (JSON) gets the
// config's [[allow]] entry instead.
func suppressionLine(f rules.Finding) string {
	for _, fx := range f.Fixes {
		if fx.Kind != rules.FixSuppress || len(fx.Edits) == 0 {
			continue
		}
		text := strings.TrimSpace(fx.Edits[0].NewText)
		if text == "" {
			break
		}
		return printable.String(strings.Replace(text, fix.SuppressionComment, `sasguard:ignore reason="why this is safe"`, 1))
	}
	return fmt.Sprintf(`this file type has no comments: add to .sasguard.toml  [[allow]] fingerprint = %q  reason = "why this is safe"`, f.Fingerprint)
}

// shellArg makes a path safe to paste after a command: a leading "-" would
// read as a flag, so it gets "./"; anything but plain characters is
// single-quoted; what cannot be typed (control characters) is shown escaped.
func shellArg(p string) string {
	if strings.HasPrefix(p, "-") {
		p = "./" + p
	}
	return printable.String(shellQuote(p))
}

// shellQuote quotes a path for pasting into a POSIX shell when it needs it.
func shellQuote(s string) string {
	safe := s != ""
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '/' || r == '.' || r == '_' || r == '-' || r == '+' || r == ',' || r == '@' || r == '%' || r == ':' || r == '=') {
			safe = false
			break
		}
	}
	if safe {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// selfCommand is how the user can run this sasguard again from their shell:
// "sasguard" when that name on their PATH is this binary, else the
// binary's path. Under the pre-commit framework PATH also holds
// pre-commit's own environments (its golang hook builds sasguard there),
// which the user's shell does not have: those entries do not count.
func (c Command) selfCommand() string {
	exeFn := c.Executable
	if exeFn == nil {
		exeFn = os.Executable
	}
	exe, err := exeFn()
	if err != nil || exe == "" {
		return "sasguard"
	}
	self, err := os.Stat(exe)
	if err != nil {
		return "sasguard"
	}
	var skip []string
	if c.Getenv("PRE_COMMIT") != "" {
		skip = preCommitHomes(c.Getenv)
	}
	for _, dir := range filepath.SplitList(c.Getenv("PATH")) {
		if dir == "" || !filepath.IsAbs(dir) || underAny(dir, skip) {
			continue
		}
		fi, err := os.Stat(filepath.Join(dir, "sasguard"))
		if err != nil || fi.IsDir() {
			continue
		}
		if os.SameFile(fi, self) {
			return "sasguard"
		}
		break // another sasguard comes first on PATH
	}
	return shellQuote(exe)
}

// preCommitHomes are where the pre-commit framework keeps its hook
// environments: $PRE_COMMIT_HOME, else $XDG_CACHE_HOME/pre-commit, else
// ~/.cache/pre-commit.
func preCommitHomes(getenv func(string) string) []string {
	var homes []string
	if h := getenv("PRE_COMMIT_HOME"); h != "" {
		homes = append(homes, h)
	}
	if x := getenv("XDG_CACHE_HOME"); x != "" {
		homes = append(homes, filepath.Join(x, "pre-commit"))
	}
	if h := getenv("HOME"); h != "" {
		homes = append(homes, filepath.Join(h, ".cache", "pre-commit"))
	}
	return homes
}

func underAny(dir string, roots []string) bool {
	for _, r := range roots {
		rel, err := filepath.Rel(r, dir)
		if err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return true
		}
	}
	return false
}
