package main

import (
	"flag"
	"fmt"
	"sync"

	"github.com/sasguard/sasguard/cmd/internal/report"
	"github.com/sasguard/sasguard/hook/gitdir"
	"github.com/sasguard/sasguard/hook/staged"
	"github.com/sasguard/sasguard/rules"
	"github.com/sasguard/sasguard/rules/config"
	"github.com/sasguard/sasguard/rules/fix"
)

const hookUsage = `usage: sasguard hook [--config FILE]
scans what is staged (the index against HEAD); git runs it as a pre-commit hook
`

// runHook is the pre-commit hook: it scans the staged blobs and blocks the
// commit (exit 1) when a line it adds carries a blocking secret. When it
// cannot read what is staged it fails closed (exit 3).
func runHook(c Command, args []string) int {
	fs := flag.NewFlagSet("sasguard hook", flag.ContinueOnError)
	configFile := configFlag(fs)
	args, code, ok := c.parseFlags(fs, hookUsage, args)
	if !ok {
		return code
	}
	if !c.noArgs("hook", args, "it reads what is staged; to scan files run `sasguard scan PATH...`") {
		return exitUsage
	}
	_, repo, code := c.locateRepo("run `sasguard hook` inside a git work tree (git runs it there as a pre-commit hook)")
	if repo == nil {
		return code
	}
	eng, _, err := config.Engine(repo.WorkTree, *configFile, c.Now)
	if err != nil {
		return c.configError(err)
	}

	items, err := scanStaged(repo, eng)
	if err != nil {
		c.errorf("cannot read what is staged, so this commit was not checked: %v", err)
		c.hintf("the commit is stopped rather than let through unchecked; sasguard reads the index with go-git, and with the git command for what go-git cannot read (split or sparse index, SHA-256): make sure git 2.29 or later is on PATH and commit again")
		c.hintf("if it persists, check the staged changes by hand (`git diff --cached`) and only then commit with `git commit --no-verify`")
		return exitFailure
	}
	return c.printHookFindings(items, eng.Config())
}

// scanStaged runs the engine over every staged text file and keeps the
// findings on lines the commit adds. The engine sees the whole staged blob,
// so a token split across lines is found when any of its lines is new.
func scanStaged(repo *gitdir.Repo, eng *rules.Engine) ([]report.Item, error) {
	var (
		mu    sync.Mutex
		items []report.Item
	)
	_, err := staged.Scan(repo, staged.Options{
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
		return nil, err
	}
	report.Sort(items)
	return items, nil
}

// printHookFindings prints the findings through the shared text report,
// then what to do about them, and returns the exit code.
func (c Command) printHookFindings(items []report.Item, cfg *rules.Config) int {
	if len(items) == 0 {
		return exitOK
	}
	w := c.Stderr
	// An error here is stderr failing; the exit code still blocks.
	_ = report.Text(w, items, report.Options{Color: c.color(w), Blocks: cfg.Blocks})
	blocking := 0
	files := map[string]bool{}
	var fixPaths []string
	for _, it := range items {
		if cfg.Blocks(it.Finding.Severity) {
			blocking++
			if !files[it.Path] {
				files[it.Path] = true
				fixPaths = append(fixPaths, it.Path)
			}
		}
	}
	if blocking == 0 {
		fmt.Fprintf(w, "sasguard: %s in staged changes, none blocking; the commit goes ahead\n", plural(len(items), "finding"))
		return exitOK
	}
	fmt.Fprintf(w, "sasguard: commit blocked: %s in %s staged; nothing was committed\n", plural(blocking, "blocking secret"), plural(len(fixPaths), "file"))
	var code, dotenvs []string
	for _, p := range fixPaths {
		if rules.LanguageOf(p) == rules.LangDotenv {
			dotenvs = append(dotenvs, p) // already where fix puts secrets: fix has nothing to do
		} else {
			code = append(code, p)
		}
	}
	for _, p := range dotenvs {
		fmt.Fprintf(w, "sasguard: hint: %s holds secrets and must not be committed: stop tracking it, ignore it, and rotate what it held if it was ever pushed:\n", p)
		fmt.Fprintf(w, "    git rm --cached %s && echo %s >> .gitignore\n", shellQuote(p), shellQuote("/"+p))
	}
	if len(code) > 0 {
		fmt.Fprintln(w, "sasguard: hint: to fix, move each secret out of the code, then `git add` the file again and commit:")
		for _, p := range code {
			fmt.Fprintf(w, "    sasguard fix --dotenv %s\n", shellQuote(p))
		}
		fmt.Fprintln(w, "  (puts the secret in .env and makes the code read it from the environment; your editor's sasguard quick-fix does the same)")
	}
	fmt.Fprintln(w, "sasguard: hint: if a token is safe to commit (a test fixture, already revoked), mark its line with an audited suppression:")
	fmt.Fprintln(w, `    # sasguard:ignore reason="why this is safe"`)
	fmt.Fprintln(w, "sasguard: hint: a secret that was ever pushed or shared must also be revoked: rotate the key, or the stored access policy it was signed with")
	return exitFindings
}

// shellQuote quotes a path for pasting into a POSIX shell when it needs it.
func shellQuote(s string) string {
	safe := s != ""
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '/' || r == '.' || r == '_' || r == '-') {
			safe = false
			break
		}
	}
	if safe {
		return s
	}
	out := "'"
	for _, r := range s {
		if r == '\'' {
			out += `'\''`
		} else {
			out += string(r)
		}
	}
	return out + "'"
}
