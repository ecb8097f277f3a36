package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/sasguard/sasguard/rules"
	"github.com/sasguard/sasguard/rules/config"
	"github.com/sasguard/sasguard/rules/fix"
	"github.com/sasguard/sasguard/rules/fix/fixio"
	"github.com/sasguard/sasguard/rules/safefile"
)

const fixUsage = `usage: sasguard fix [--dotenv | --env NAME | --redact] [--config FILE] PATH...

Apply one kind of fix to every finding in the files and directories named
(directories are walked like scan walks them). The edits are the ones the
editor's quick-fixes make.

  --dotenv     (default) replace each secret with the language's environment
               reference (os.environ["AZURE_STORAGE_SAS_URL"], process.env.…)
               and write its value to .env at the repository root, created
               with mode 0600 and added to .gitignore; an existing different
               value is never overwritten: the next name (…_2) is used
  --env NAME   replace each secret with a reference to NAME (NAME_2, … for
               further distinct secrets); the value is NOT saved anywhere:
               put it in your secret store first
  --redact     mask the signature or key, keeping the URL's shape

A reference is written only where the file's reader expands it: .NET's
configuration key (ConnectionStrings__Storage) in appsettings*.json, a
secretKeyRef in a Kubernetes container env, ARG + ${NAME} in a Dockerfile,
os.environ in a Python notebook. Where nothing expands it (INI, other JSON,
XML) the value is emptied and moved to .env, and a note says what the app
must read.

Files are rewritten atomically with their mode kept; with --dotenv, .env is
written before the source, so a failure never loses a secret.

exit codes: 0 everything found was fixed, 1 blocking findings remain, 2 usage
or config error, 3 a file could not be read or written

flags:
`

// fixRun is one `sasguard fix`: the chosen fix and what it did.
type fixRun struct {
	c        Command
	eng      *rules.Engine
	root     string // the config root: engine paths are relative to it
	kind     rules.FixKind
	envName  string   // --env NAME
	envNames []string // --env: the names used
	failed   bool
	blocking bool
	wrote    bool // a .env was written
}

// fixTarget is one file to fix, read.
type fixTarget struct {
	walkFile
	root    string // its repository root: where .env goes
	perm    fs.FileMode
	content []byte
}

var envNamePattern = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

func runFix(c Command, args []string) int {
	fset := flag.NewFlagSet("sasguard fix", flag.ContinueOnError)
	useDotenv := fset.Bool("dotenv", false, "move secrets to .env (the default)")
	envName := fset.String("env", "", "replace secrets with a reference to the environment variable `NAME`")
	redact := fset.Bool("redact", false, "mask the signature or key")
	configFile := configFlag(fset)
	paths, code, ok := c.parseFlags(fset, fixUsage, args)
	if !ok {
		return code
	}
	modes := 0
	run := &fixRun{c: c, kind: rules.FixDotenv}
	if *useDotenv {
		modes++
	}
	if *envName != "" {
		modes++
		run.kind, run.envName = rules.FixEnv, *envName
		if !envNamePattern.MatchString(*envName) {
			c.errorf("--env %q is not a valid environment variable name", *envName)
			c.hintf("use letters, digits and _, not starting with a digit, e.g. --env AZURE_STORAGE_SAS_URL")
			return exitUsage
		}
	}
	if *redact {
		modes++
		run.kind = rules.FixRedact
	}
	if modes > 1 {
		c.errorf("choose one of --dotenv, --env NAME and --redact")
		c.hintf("run `sasguard fix --help` for what each does")
		return exitUsage
	}
	if len(paths) == 0 {
		c.errorf("fix rewrites files: name the files or directories to fix")
		c.hintf("run `sasguard fix PATH...`, e.g. `sasguard fix .`; `sasguard scan` shows what it would touch")
		return exitUsage
	}

	eng, res, err := config.Engine(scanConfigDir(paths[0]), *configFile, c.Now)
	if err != nil {
		return c.configError(err)
	}
	run.eng, run.root = eng, res.Root

	var set walkSet
	for _, p := range paths {
		if err := set.add(p); err != nil {
			c.errorf("%s: %v", p, walkCause(err))
			c.hintf("name files or directories that exist; run `sasguard fix --help` for usage")
			return exitUsage
		}
	}
	for _, p := range set.problems {
		c.errorf("%s: %v", p.display, p.err)
		run.failed = true
	}
	run.fixAll(set.files)
	run.summary()
	switch {
	case run.failed:
		return exitFailure
	case run.blocking:
		return exitFindings
	}
	return exitOK
}

// fixAll reads the files, plans the fix for each repository root (.env
// goes there), and writes .env and .gitignore before any source, so a
// failure never loses a secret.
func (r *fixRun) fixAll(files []walkFile) {
	var roots []string
	byRoot := map[string][]fixTarget{}
	for _, f := range files {
		t, ok := r.read(f)
		if !ok {
			continue
		}
		key := t.root
		if r.kind != rules.FixDotenv {
			key = "" // no .env: one plan, so --env names stay distinct across repositories
		}
		if _, seen := byRoot[key]; !seen {
			roots = append(roots, key)
		}
		byRoot[key] = append(byRoot[key], t)
	}
	for _, root := range roots {
		if !r.fixRoot(root, byRoot[root]) {
			return // .env could not be read or written: stop before touching more sources
		}
	}
}

// read reads one file to fix; ok is false when there is nothing to do.
func (r *fixRun) read(f walkFile) (fixTarget, bool) {
	t := fixTarget{walkFile: f, root: fixio.Root(f.abs, r.root)}
	info, err := os.Lstat(f.abs)
	if err != nil {
		r.problem(f.display, walkCause(err))
		return t, false
	}
	if !info.Mode().IsRegular() {
		return t, false
	}
	if r.kind == rules.FixDotenv && filepath.Join(t.root, fix.DotenvFile) == f.abs {
		// This is where --dotenv puts secrets; it is git-ignored below.
		return t, false
	}
	data, err := os.ReadFile(f.abs)
	if err != nil {
		r.problem(f.display, walkCause(err))
		return t, false
	}
	content, ok := scanText(data)
	if !ok {
		return t, false // binary
	}
	if enc, _ := rules.TextEncoding(data); enc != nil {
		// Spans refer to the decoded text: rewriting would change the
		// file's encoding. Report and leave it.
		r.leftOver(f.display, r.eng.Scan(enginePath(r.root, f.abs), content), "UTF-16 files are not rewritten: convert to UTF-8 or fix by hand")
		return t, false
	}
	t.perm, t.content = info.Mode().Perm(), content
	return t, true
}

// fixRoot plans and applies the fix to one repository's files. It returns
// false when .env could not be read or written.
func (r *fixRun) fixRoot(root string, targets []fixTarget) bool {
	req := fix.Request{Engine: r.eng, Kind: r.kind, EnvName: r.envName}
	var env *fixio.Files
	if r.kind == rules.FixDotenv {
		var err error
		if env, err = fixio.Load(root); err != nil {
			r.problem(r.display(filepath.Join(root, fix.DotenvFile)), err)
			return false
		}
		req.Dotenv, req.Gitignore = env.Dotenv, env.Gitignore
	}
	for _, t := range targets {
		req.Files = append(req.Files, fix.File{Path: enginePath(r.root, t.abs), Content: t.content})
	}
	plan, err := fix.Make(req)
	if err != nil {
		r.problem("fix", err)
		return false
	}
	if env != nil {
		if err := env.Save(plan); err != nil {
			r.problem(r.display(filepath.Join(root, fix.DotenvFile)), err)
			r.c.errorf("no source file was changed, so no secret is lost")
			return false
		}
		if plan.DotenvChanged {
			verb := "added"
			if env.Dotenv == nil {
				verb = fmt.Sprintf("created (mode %04o) with", fixio.DotenvMode)
			}
			fmt.Fprintf(r.c.Stdout, "%s: %s %s\n", r.display(filepath.Join(root, fix.DotenvFile)), verb, strings.Join(plan.DotenvAdded, ", "))
			r.wrote = true
		}
		if plan.GitignoreChanged {
			fmt.Fprintf(r.c.Stdout, "%s: added .env\n", r.display(filepath.Join(root, fix.GitignoreFile)))
		}
	}
	r.envNames = append(r.envNames, plan.EnvNames...)
	for i, res := range plan.Files {
		t := targets[i]
		if res.Err != nil {
			r.problem(t.display, res.Err)
			continue
		}
		if res.Fixed > 0 {
			rel, err := filepath.Rel(t.root, t.abs)
			if err == nil {
				err = safefile.Write(t.root, rel, res.Content, t.perm)
			}
			if err != nil {
				r.problem(t.display, err)
				continue
			}
			fmt.Fprintf(r.c.Stdout, "%s: fixed %d %s\n", t.display, res.Fixed, r.describe(res.Fixed, res.Names))
			for _, n := range res.Notes {
				fmt.Fprintf(r.c.Stdout, "%s: note: %s\n", t.display, n)
			}
		}
		for _, l := range res.Left {
			r.leftOver(t.display, []rules.Finding{l.Finding}, l.Reason)
		}
	}
	return true
}

// leftOver reports findings the fix did not remove, without their secrets.
func (r *fixRun) leftOver(display string, findings []rules.Finding, why string) {
	cfg := r.eng.Config()
	for _, fd := range findings {
		if cfg.Blocks(fd.Severity) {
			r.blocking = true
		}
		fmt.Fprintf(r.c.Stdout, "%s:%d:%d: not fixed: %s %s [%s]: %s\n", display, fd.Start.Line, fd.Start.Col, fd.Severity, fd.Redacted, fd.Rule, why)
	}
}

func (r *fixRun) describe(n int, names []string) string {
	plural := ""
	if n != 1 {
		plural = "s"
	}
	switch r.kind {
	case rules.FixRedact:
		return "secret" + plural + " (redacted)"
	case rules.FixEnv:
		return fmt.Sprintf("secret%s (now read from %s)", plural, strings.Join(names, ", "))
	}
	return fmt.Sprintf("secret%s (moved to .env as %s)", plural, strings.Join(names, ", "))
}

// summary says how to load what was written.
func (r *fixRun) summary() {
	switch {
	case r.kind == rules.FixDotenv && r.wrote:
		fmt.Fprintln(r.c.Stdout, "note: the code now reads these variables from the environment; load .env before running it:")
		fmt.Fprintln(r.c.Stdout, "      shell: set -a; . ./.env; set +a   Python: python-dotenv's load_dotenv()   Node: node --env-file=.env   Compose: env_file: .env")
	case r.kind == rules.FixEnv && len(r.envNames) > 0:
		names := append([]string(nil), r.envNames...)
		sort.Strings(names)
		fmt.Fprintf(r.c.Stdout, "note: set %s in the environment; their values are no longer in the source, so keep them in your secret store\n", strings.Join(names, ", "))
	}
}

func (r *fixRun) problem(display string, err error) {
	r.failed = true
	r.c.errorf("%s: %v", display, err)
}

// display shows path relative to the working directory when it is below it.
func (r *fixRun) display(path string) string {
	wd, _ := os.Getwd()
	return relTo(wd, path)
}
