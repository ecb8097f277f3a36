package fix

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/sasguard/sasguard/rules"
)

// DotenvFile and GitignoreFile are the files a FixDotenv plan changes, at
// the repository root (walking up from the file, the first directory that
// holds .sasguard.toml or .git: rules/config.FindRoot).
const (
	DotenvFile    = ".env"
	GitignoreFile = ".gitignore"
)

// maxPasses bounds the passes: each pass fixes at least one finding or stops.
const maxPasses = 8

// File is one file to fix.
type File struct {
	Path    string         // as the engine sees it (relative to the config root)
	Content []byte         // UTF-8 text
	Lang    rules.Language // "" for rules.LanguageOf(Path)
}

// Request is one batch: a repository's files and the one kind of fix to
// apply to every finding in them.
type Request struct {
	Engine  *rules.Engine // scans before each pass; its config names the variables
	Kind    rules.FixKind // FixDotenv, FixEnv or FixRedact
	EnvName string        // FixEnv: the variable; further distinct secrets get NAME_2, …
	Only    string        // when set, the fingerprint of the one finding to fix
	Files   []File

	// FixDotenv: the repository's .env and .gitignore as they are (nil when
	// missing).
	Dotenv    []byte
	Gitignore []byte
}

// Plan is what a Request changes. Nothing is written: the caller writes
// Dotenv first (so a failure never loses a secret), then Gitignore, then
// the files.
type Plan struct {
	Files []FileResult

	Dotenv           []byte
	DotenvChanged    bool
	DotenvAdded      []string // names appended to .env, in order
	Gitignore        []byte
	GitignoreChanged bool

	// EnvNames are the variables the fixed code reads, in order of first use.
	EnvNames []string
}

// FileResult is one file's outcome.
type FileResult struct {
	Path    string
	Content []byte       // after the fixes; the input when nothing was fixed
	Edits   []rules.Edit // from the input to Content, for an editor
	Fixed   int          // findings fixed
	Names   []string     // variables this file's fixes read
	Notes   []string     // what the app must read, or how to pass the values (see Note)
	Left    []Leftover   // findings still there afterwards
	Err     error        // the file could not be fixed (.env cannot take its value): left unchanged, nothing of it in .env
}

// Leftover is a finding the plan did not fix and why.
type Leftover struct {
	Finding rules.Finding
	Reason  string
}

// Make plans req. It fixes each file pass after pass: a fix whose edits
// overlap one already taken (two tokens in one literal) waits for the next
// pass, after a fresh scan. Two different secrets never share a name: with
// FixDotenv a name .env already holds with another value becomes NAME_2
// (the same value reuses the name); with FixEnv each distinct secret gets
// its own name. The values never appear in errors or reasons.
func Make(req Request) (*Plan, error) {
	switch req.Kind {
	case rules.FixDotenv, rules.FixRedact:
	case rules.FixEnv:
		if !validEnvName(req.EnvName) {
			return nil, fmt.Errorf("%q is not a valid environment variable name (letters, digits and _, not starting with a digit)", req.EnvName)
		}
	default:
		return nil, fmt.Errorf("fix kind %q cannot be applied in a batch", req.Kind)
	}
	if req.Engine == nil {
		return nil, errors.New("fix plan: no engine")
	}
	p := &planner{req: req, envNames: map[string]string{}, plan: &Plan{Dotenv: req.Dotenv, Gitignore: req.Gitignore}}
	for _, f := range req.Files {
		p.plan.Files = append(p.plan.Files, p.file(f))
	}
	pl := p.plan
	pl.DotenvChanged = !bytes.Equal(pl.Dotenv, req.Dotenv)
	moved := false
	for _, f := range pl.Files {
		moved = moved || f.Fixed > 0
	}
	if req.Kind == rules.FixDotenv && moved {
		// The secrets are in .env now, whether just added or already there.
		pl.Gitignore, pl.GitignoreChanged = EnsureGitignored(req.Gitignore, DotenvFile)
	}
	return pl, nil
}

type planner struct {
	req      Request
	plan     *Plan
	envNames map[string]string // FixEnv: secret value → the name it was given
}

func (p *planner) file(f File) FileResult {
	lang := f.Lang
	if lang == "" {
		lang = rules.LanguageOf(f.Path)
	}
	res := FileResult{Path: f.Path, Content: f.Content}
	savedEnv, savedAdded, savedNames := p.plan.Dotenv, len(p.plan.DotenvAdded), len(p.plan.EnvNames)
	savedEnvNames := make(map[string]string, len(p.envNames))
	for k, v := range p.envNames {
		savedEnvNames[k] = v
	}
	cur := f.Content
	var firstEdits []rules.Edit
	passes := 0
	for pass := 0; pass < maxPasses; pass++ {
		var chosen []rules.Fix
		for _, fd := range p.scan(f.Path, lang, cur) {
			fx, ok, err := p.choose(lang, cur, fd)
			if err != nil {
				p.plan.Dotenv, p.plan.DotenvAdded, p.plan.EnvNames = savedEnv, p.plan.DotenvAdded[:savedAdded], p.plan.EnvNames[:savedNames]
				p.envNames = savedEnvNames
				return FileResult{Path: f.Path, Content: f.Content, Err: err}
			}
			if ok {
				chosen = append(chosen, fx)
			}
		}
		if len(chosen) == 0 {
			break
		}
		edits, skipped := CombineFixes(chosen)
		next, err := ApplyEdits(cur, edits)
		if err != nil {
			p.plan.Dotenv, p.plan.DotenvAdded, p.plan.EnvNames = savedEnv, p.plan.DotenvAdded[:savedAdded], p.plan.EnvNames[:savedNames]
			p.envNames = savedEnvNames
			return FileResult{Path: f.Path, Content: f.Content, Err: fmt.Errorf("internal error applying fixes (please report it): %v", err)}
		}
		skip := map[int]bool{}
		for _, i := range skipped {
			skip[i] = true
		}
		for i, fx := range chosen {
			if !skip[i] && fx.EnvName != "" {
				res.Names = appendNew(res.Names, fx.EnvName)
				p.plan.EnvNames = appendNew(p.plan.EnvNames, fx.EnvName)
			}
			if n := Note(fx); !skip[i] && n != "" {
				res.Notes = appendNew(res.Notes, n)
			}
		}
		if passes == 0 {
			firstEdits = edits
		}
		passes++
		res.Fixed += len(chosen) - len(skipped)
		cur = next
		if len(skipped) == 0 {
			break
		}
	}
	res.Content = cur
	switch passes {
	case 0:
	case 1:
		res.Edits = firstEdits
	default:
		res.Edits = []rules.Edit{wholeEdit(f.Content, cur)}
	}
	for _, fd := range p.scan(f.Path, lang, cur) {
		res.Left = append(res.Left, Leftover{Finding: fd, Reason: p.reason(fd)})
	}
	return res
}

// scan finds what is left to fix, with fixes attached.
func (p *planner) scan(path string, lang rules.Language, content []byte) []rules.Finding {
	fs := p.req.Engine.Scan(path, content)
	if p.req.Only != "" {
		kept := fs[:0]
		for _, f := range fs {
			if f.Fingerprint == p.req.Only {
				kept = append(kept, f)
			}
		}
		fs = kept
	}
	AttachLang(p.req.Engine.Config(), lang, content, fs)
	return fs
}

// choose picks fd's fix of the plan's kind, renamed as needed; for
// FixDotenv it adds the value to the planned .env. ok is false when fd has
// no such fix.
func (p *planner) choose(lang rules.Language, content []byte, fd rules.Finding) (rules.Fix, bool, error) {
	var fx rules.Fix
	found := false
	for _, x := range fd.Fixes {
		if x.Kind == p.req.Kind {
			fx, found = x, true
			break
		}
	}
	if !found {
		return fx, false, nil
	}
	switch p.req.Kind {
	case rules.FixEnv:
		name, ok := p.envNames[fx.EnvValue]
		if !ok {
			name = p.req.EnvName
			for i := 2; nameTaken(p.envNames, name); i++ {
				name = fmt.Sprintf("%s_%d", p.req.EnvName, i)
			}
			p.envNames[fx.EnvValue] = name
		}
		renamed, err := RenameEnvFix(lang, content, &fd, fx, name)
		if err != nil {
			return fx, false, nil
		}
		return renamed, true, nil
	case rules.FixDotenv:
		if fx.EnvValue == "" || fx.EnvName == "" {
			return fx, false, nil
		}
		name, err := SuggestDotenvName(p.plan.Dotenv, fx.EnvName, fx.EnvValue)
		if err != nil {
			return fx, false, err
		}
		if name != fx.EnvName {
			value := fx.EnvValue
			if fx, err = RenameEnvFix(lang, content, &fd, fx, name); err != nil {
				return fx, false, nil
			}
			fx.EnvValue = value
		}
		updated, changed, err := MergeDotenv(p.plan.Dotenv, fx.EnvName, fx.EnvValue)
		if err != nil {
			return fx, false, err
		}
		if changed {
			p.plan.Dotenv = updated
			p.plan.DotenvAdded = append(p.plan.DotenvAdded, fx.EnvName)
		}
	}
	return fx, true, nil
}

func (p *planner) reason(fd rules.Finding) string {
	for _, x := range fd.Fixes {
		if x.Kind == p.req.Kind {
			return "its fix overlaps another one that was applied; run the fix again"
		}
	}
	if p.req.Kind == rules.FixRedact {
		return "no redaction applies; fix it by hand"
	}
	for _, x := range fd.Fixes {
		if x.Kind == rules.FixDotenv && p.req.Kind == rules.FixEnv {
			// The file type has no reference to write: only the .env move.
			return "no environment reference works in this file (" + Note(x) + "); use --dotenv, or --redact"
		}
	}
	return "no environment reference fits here (a comment, a .env file, a constant group or a literal that cannot be split); try --redact or fix it by hand"
}

// wholeEdit is one edit turning old into new: the changed middle, between
// their common prefix and suffix. Several passes' edits are offsets into
// different texts; an editor needs them on the text it has.
func wholeEdit(old, new []byte) rules.Edit {
	pre := 0
	for pre < len(old) && pre < len(new) && old[pre] == new[pre] {
		pre++
	}
	suf := 0
	for suf < len(old)-pre && suf < len(new)-pre && old[len(old)-1-suf] == new[len(new)-1-suf] {
		suf++
	}
	return rules.Edit{Start: pre, End: len(old) - suf, NewText: string(new[pre : len(new)-suf])}
}

func nameTaken(names map[string]string, name string) bool {
	for _, n := range names {
		if n == name {
			return true
		}
	}
	return false
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
