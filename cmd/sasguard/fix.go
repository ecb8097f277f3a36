package main

import (
	"errors"
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

Files are rewritten atomically with their mode kept; with --dotenv, .env is
written before the source, so a failure never loses a secret.

exit codes: 0 everything found was fixed, 1 blocking findings remain, 2 usage
or config error, 3 a file could not be read or written

flags:
`

// fixRun is one `sasguard fix`: the chosen fix, and the .env files it
// fills, one per repository root.
type fixRun struct {
	c        Command
	eng      *rules.Engine
	root     string // the config root: engine paths are relative to it
	kind     rules.FixKind
	envName  string             // --env NAME
	envNames map[string]string  // --env: secret value → the name it was given
	dotenvs  map[string]*dotenv // --dotenv: by repository root
	failed   bool
	blocking bool
	wrote    bool // a .env was written
}

// dotenv is a repository's .env as this run sees it: what was on disk and
// what the fixes add.
type dotenv struct {
	path    string
	content []byte
	perm    fs.FileMode
	exists  bool
	added   []string // names added and not yet written
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
	run := &fixRun{c: c, kind: rules.FixDotenv, envNames: map[string]string{}, dotenvs: map[string]*dotenv{}}
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
	for _, f := range set.files {
		if !run.fixFile(f) {
			break // .env could not be written: stop before touching more sources
		}
	}
	run.summary()
	switch {
	case run.failed:
		return exitFailure
	case run.blocking:
		return exitFindings
	}
	return exitOK
}

// fixFile fixes one file. It returns false when the run must stop: a .env
// that cannot be read or written.
func (r *fixRun) fixFile(f walkFile) bool {
	info, err := os.Stat(f.abs)
	if err != nil {
		r.problem(f.display, walkCause(err))
		return true
	}
	if !info.Mode().IsRegular() {
		return true
	}
	var env *dotenv
	if r.kind == rules.FixDotenv {
		root := config.FindRoot(filepath.Dir(f.abs))
		if filepath.Join(root, ".env") == f.abs {
			// This is where --dotenv puts secrets; it is git-ignored below.
			return true
		}
		if env, err = r.dotenv(root); err != nil {
			r.problem(r.display(filepath.Join(root, ".env")), err)
			return false
		}
	}
	data, err := os.ReadFile(f.abs)
	if err != nil {
		r.problem(f.display, walkCause(err))
		return true
	}
	content, ok := scanText(data)
	if !ok {
		return true // binary
	}
	rel := enginePath(r.root, f.abs)
	if enc, _ := rules.TextEncoding(data); enc != nil {
		// Spans refer to the decoded text: rewriting would change the
		// file's encoding. Report and leave it.
		r.leftOver(f.display, r.eng.Scan(rel, content), "UTF-16 files are not rewritten: convert to UTF-8 or fix by hand")
		return true
	}

	var saved dotenv
	if env != nil {
		saved = *env
	}
	fixed, names, cur, err := r.applyAll(rel, content, env)
	if err != nil {
		if env != nil {
			*env = saved // nothing from this file goes to .env
		}
		r.problem(f.display, err)
		return true
	}
	if fixed > 0 {
		if env != nil && len(env.added) > 0 {
			if err := r.writeDotenv(env); err != nil {
				r.problem(r.display(env.path), err)
				r.c.errorf("%s was not changed, so no secret is lost", f.display)
				return false
			}
		}
		if err := writeFileAtomic(f.abs, cur, info.Mode().Perm()); err != nil {
			r.problem(f.display, err)
			return true
		}
		fmt.Fprintf(r.c.Stdout, "%s: fixed %d %s\n", f.display, fixed, r.describe(fixed, names))
	}
	r.leftOver(f.display, r.eng.Scan(rel, cur), r.noFixHint())
	return true
}

// applyAll applies the run's fix to every finding, scanning again after each
// pass: fixes whose edits overlap (two tokens in one literal) wait for the
// next pass. It returns how many findings were fixed, the variable names
// used, and the new content.
func (r *fixRun) applyAll(rel string, content []byte, env *dotenv) (int, []string, []byte, error) {
	lang := rules.LanguageOf(rel)
	cur := content
	fixed := 0
	var names []string
	for pass := 0; pass < 8; pass++ {
		var chosen []rules.Fix
		for _, fd := range r.eng.Scan(rel, cur) {
			fx, ok, err := r.choose(lang, cur, fd, env)
			if err != nil {
				return 0, nil, content, err
			}
			if ok {
				chosen = append(chosen, fx)
			}
		}
		if len(chosen) == 0 {
			break
		}
		edits, skipped := rules.CombineFixes(chosen)
		next, err := rules.ApplyEdits(cur, edits)
		if err != nil {
			return 0, nil, content, fmt.Errorf("internal error applying fixes (please report it): %v", err)
		}
		skip := map[int]bool{}
		for _, i := range skipped {
			skip[i] = true
		}
		for i, fx := range chosen {
			if !skip[i] && fx.EnvName != "" && !fixContains(names, fx.EnvName) {
				names = append(names, fx.EnvName)
			}
		}
		fixed += len(chosen) - len(skipped)
		cur = next
		if len(skipped) == 0 {
			break
		}
	}
	return fixed, names, cur, nil
}

// choose picks the finding's fix of the run's kind, renamed as needed, and
// for --dotenv records its value in env. ok is false when the finding has no
// such fix.
func (r *fixRun) choose(lang rules.Language, content []byte, fd rules.Finding, env *dotenv) (rules.Fix, bool, error) {
	var fx rules.Fix
	found := false
	for _, x := range fd.Fixes {
		if x.Kind == r.kind {
			fx, found = x, true
			break
		}
	}
	if !found {
		return fx, false, nil
	}
	switch r.kind {
	case rules.FixEnv:
		name, ok := r.envNames[fx.EnvValue]
		if !ok {
			name = r.envName
			for i := 2; fixNameTaken(r.envNames, name); i++ {
				name = fmt.Sprintf("%s_%d", r.envName, i)
			}
			r.envNames[fx.EnvValue] = name
		}
		renamed, err := rules.RenameEnvFix(lang, content, &fd, fx, name)
		if err != nil {
			return fx, false, nil
		}
		return renamed, true, nil
	case rules.FixDotenv:
		name, err := rules.SuggestDotenvName(env.content, fx.EnvName, fx.EnvValue)
		if err != nil {
			return fx, false, err
		}
		if name != fx.EnvName {
			if fx, err = rules.RenameEnvFix(lang, content, &fd, fx, name); err != nil {
				return fx, false, nil
			}
		}
		updated, changed, err := rules.MergeDotenv(env.content, fx.EnvName, fx.EnvValue)
		if err != nil {
			return fx, false, err
		}
		if changed {
			env.content = updated
			env.added = append(env.added, fx.EnvName)
		}
	}
	return fx, true, nil
}

func fixNameTaken(names map[string]string, name string) bool {
	for _, n := range names {
		if n == name {
			return true
		}
	}
	return false
}

// dotenv loads the .env at root once per run.
func (r *fixRun) dotenv(root string) (*dotenv, error) {
	if env, ok := r.dotenvs[root]; ok {
		return env, nil
	}
	env := &dotenv{path: filepath.Join(root, ".env"), perm: 0o600}
	data, err := os.ReadFile(env.path)
	switch {
	case err == nil:
		info, err := os.Stat(env.path)
		if err != nil {
			return env, err
		}
		env.content, env.perm, env.exists = data, info.Mode().Perm(), true
	case errors.Is(err, fs.ErrNotExist):
	default:
		return env, fmt.Errorf("reading .env: %v", walkCause(err))
	}
	r.dotenvs[root] = env
	return env, nil
}

// writeDotenv writes the .env (new ones with mode 0600) and makes sure
// .gitignore at the same root ignores it.
func (r *fixRun) writeDotenv(env *dotenv) error {
	if err := writeFileAtomic(env.path, env.content, env.perm); err != nil {
		return err
	}
	verb := "added"
	if !env.exists {
		verb = fmt.Sprintf("created (mode %04o) with", env.perm)
		env.exists = true
	}
	fmt.Fprintf(r.c.Stdout, "%s: %s %s\n", r.display(env.path), verb, strings.Join(env.added, ", "))
	env.added = nil
	r.wrote = true

	gi := filepath.Join(filepath.Dir(env.path), ".gitignore")
	old, err := os.ReadFile(gi)
	perm := fs.FileMode(0o644)
	switch {
	case err == nil:
		if info, err := os.Stat(gi); err == nil {
			perm = info.Mode().Perm()
		}
	case errors.Is(err, fs.ErrNotExist):
	default:
		return fmt.Errorf("reading .gitignore: %v", walkCause(err))
	}
	if updated, changed := rules.EnsureGitignored(old, ".env"); changed {
		if err := writeFileAtomic(gi, updated, perm); err != nil {
			return err
		}
		fmt.Fprintf(r.c.Stdout, "%s: added .env\n", r.display(gi))
	}
	return nil
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

func (r *fixRun) noFixHint() string {
	if r.kind == rules.FixRedact {
		return "no redaction applies; fix it by hand"
	}
	return "no environment reference fits here (a comment, a .env file, a constant group or a literal that cannot be split); try --redact or fix it by hand"
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
		names := r.envNamesUsed()
		fmt.Fprintf(r.c.Stdout, "note: set %s in the environment; their values are no longer in the source, so keep them in your secret store\n", strings.Join(names, ", "))
	}
}

func (r *fixRun) envNamesUsed() []string {
	var names []string
	for _, n := range r.envNames {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
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

func fixContains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
