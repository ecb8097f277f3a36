// Package config reads sasguard's files: .sasguard.toml (parsed and checked,
// every problem an *Error naming file:line and what to do) and the baseline,
// and finds and loads them from disk so the CLI, the hook and the language
// server load them the same way. It produces the *rules.Config the engine
// takes, and is the one place under rules/ that touches the file system.
package config

import (
	"errors"
	"fmt"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/bmatcuk/doublestar/v4"
	"github.com/sasguard/sasguard/rules"
)

// The TOML shapes. Kept apart from Config so the file's spelling can stay
// stable while the engine's types change.
type fileConfig struct {
	Version  int         `toml:"version"`
	Baseline string      `toml:"baseline"`
	Policy   filePolicy  `toml:"policy"`
	Env      fileEnv     `toml:"env"`
	Rules    []fileRule  `toml:"rules"`
	Allow    []fileAllow `toml:"allow"`
}

type filePolicy struct {
	BlockOn  string          `toml:"block_on"`
	Live     string          `toml:"live"`
	Expired  string          `toml:"expired"`
	Tolerate []fileTolerance `toml:"tolerate"`
}

type fileTolerance struct {
	Name        string   `toml:"name"`
	Severity    string   `toml:"severity"`
	Paths       []string `toml:"paths"`
	Kinds       []string `toml:"kinds"`
	Permissions string   `toml:"permissions"`
	HTTPSOnly   bool     `toml:"https_only"`
	IPRestrict  bool     `toml:"ip_restricted"`
	MaxDays     int      `toml:"max_days"`
}

type fileEnv struct {
	Template string `toml:"template"`
}

type fileRule struct {
	ID              string   `toml:"id"`
	Description     string   `toml:"description"`
	Regex           string   `toml:"regex"`
	Keywords        []string `toml:"keywords"`
	Severity        string   `toml:"severity"`
	SecretGroup     int      `toml:"secret_group"`
	Examples        []string `toml:"examples"`
	Counterexamples []string `toml:"counterexamples"`
}

type fileAllow struct {
	Fingerprint string   `toml:"fingerprint"`
	Path        string   `toml:"path"`
	Paths       []string `toml:"paths"`
	Reason      string   `toml:"reason"`
	Expires     any      `toml:"expires"`
}

// knownKinds are the kinds a [[policy.tolerate]] entry may name; a custom
// rule may not take one as its id.
var knownKinds = rules.KindIDs()

// Parse parses and validates a .sasguard.toml. name is used in errors.
// Every problem is an *Error naming the line and the fix.
func Parse(name string, data []byte) (*rules.Config, error) {
	if err := checkBounds(name, data); err != nil {
		return nil, err
	}
	var fc fileConfig
	md, err := toml.Decode(string(data), &fc)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			hint := pe.Usage
			if hint == "" {
				hint = "check the TOML syntax at that position (strings in quotes, one key per line, [table] headers)"
			}
			return nil, &Error{File: name, Line: pe.Position.Line, Col: pe.Position.Col, Msg: pe.Message, Hint: strings.TrimSpace(firstLine(hint))}
		}
		// Type mismatches come as plain errors: "toml: line 3 (last key "x"): …".
		ce := &Error{File: name, Msg: strings.TrimPrefix(err.Error(), "toml: "), Hint: "each key must have the type shown in `sasguard init`'s starter file (strings in quotes, lists in [ ])"}
		if m := tomlLineError.FindStringSubmatch(err.Error()); m != nil {
			ce.Line, _ = strconv.Atoi(m[1])
			ce.Msg = m[3]
			if m[2] != "" {
				ce.Msg = fmt.Sprintf("%s: %s", m[2], m[3])
			}
		}
		return nil, ce
	}
	loc := locator{data: data}
	headers := tableHeaders(data)
	if und := md.Undecoded(); len(und) > 0 {
		k := und[0]
		line := loc.keyLine(k)
		return nil, &Error{File: name, Line: line, Msg: fmt.Sprintf("unknown key %q", k.String()), Hint: unknownKeyHint(k)}
	}
	if fc.Version != 0 && fc.Version != 1 {
		return nil, &Error{File: name, Line: loc.keyLine(toml.Key{"version"}), Msg: fmt.Sprintf("unsupported version %d", fc.Version), Hint: "this sasguard reads version = 1"}
	}

	c := rules.DefaultConfig()
	c.File = name
	c.Baseline = fc.Baseline
	if bad := baselinePathProblem(fc.Baseline); bad != "" {
		return nil, &Error{File: name, Line: loc.keyLine(toml.Key{"baseline"}), Msg: bad, Hint: `name a file inside the repository, relative to the config, e.g. baseline = ".sasguard-baseline.json"`}
	}
	c.Env.Template = fc.Env.Template
	if t := fc.Env.Template; t != "" {
		if bad, hint := templateProblem(t); bad != "" {
			return nil, &Error{File: name, Line: loc.keyLine(toml.Key{"env", "template"}), Msg: bad, Hint: hint}
		}
	}

	sev := func(v string, def rules.Severity, key toml.Key) (rules.Severity, error) {
		if v == "" {
			return def, nil
		}
		s, err := rules.ParseSeverity(v)
		if err != nil {
			return 0, &Error{File: name, Line: loc.keyLine(key), Msg: err.Error(), Hint: `write severity = "error", "warning", "info" or "none"`}
		}
		return s, nil
	}
	if c.Policy.BlockOn, err = sev(fc.Policy.BlockOn, rules.SeverityError, toml.Key{"policy", "block_on"}); err != nil {
		return nil, err
	}
	if c.Policy.Live, err = sev(fc.Policy.Live, rules.SeverityError, toml.Key{"policy", "live"}); err != nil {
		return nil, err
	}
	if c.Policy.Expired, err = sev(fc.Policy.Expired, rules.SeverityWarning, toml.Key{"policy", "expired"}); err != nil {
		return nil, err
	}
	// A committed config may grade findings down, never hide them all: a
	// repository is untrusted input (docs/design.md, "What a repository
	// cannot make sasguard do").
	if c.Policy.Live == rules.SeverityNone {
		return nil, &Error{File: name, Line: loc.keyLine(toml.Key{"policy", "live"}), Msg: `live = "none" would hide every live secret`, Hint: `use "error" (the default), "warning" or "info": a finding can be graded down, not hidden; to accept one token, add an [[allow]] entry with its fingerprint and a reason`}
	}
	if c.Policy.Expired == rules.SeverityNone {
		return nil, &Error{File: name, Line: loc.keyLine(toml.Key{"policy", "expired"}), Msg: `expired = "none" would hide every expired token`, Hint: `use "info" to show expired tokens without blocking, or "warning" (the default)`}
	}
	if c.Policy.BlockOn == rules.SeverityNone {
		return nil, &Error{File: name, Line: loc.keyLine(toml.Key{"policy", "block_on"}), Msg: `block_on = "none" would let every secret through`, Hint: `use "error" (the default) or "warning"; to tolerate one token, add an [[allow]] entry with a reason`}
	}

	for i, ft := range fc.Policy.Tolerate {
		line := headerLine(headers, "policy.tolerate", i)
		t := rules.Tolerance{Name: ft.Name, Paths: ft.Paths, Kinds: ft.Kinds, Permissions: ft.Permissions, HTTPSOnly: ft.HTTPSOnly, IPRestrict: ft.IPRestrict, MaxDays: ft.MaxDays}
		if ft.Severity == "" {
			return nil, &Error{File: name, Line: line, Msg: "[[policy.tolerate]] needs a severity", Hint: `add severity = "warning" (or "info") to say what a matching token becomes`}
		}
		at := func(key string) (int, int) { return loc.entryKey("policy.tolerate", i, key) }
		if t.Severity, err = rules.ParseSeverity(ft.Severity); err != nil {
			l, c := at("severity")
			return nil, &Error{File: name, Line: l, Col: c, Msg: err.Error(), Hint: `write severity = "warning" or "info"`}
		}
		if t.Severity == rules.SeverityNone {
			return nil, &Error{File: name, Line: line, Msg: `[[policy.tolerate]] severity = "none" would hide the tokens it matches`, Hint: `use "warning" or "info": a tolerated token is still shown; to accept one token, add an [[allow]] entry with its fingerprint and a reason`}
		}
		for _, k := range ft.Kinds {
			if !slices.Contains(knownKinds, k) {
				l, c := at("kinds")
				return nil, &Error{File: name, Line: l, Col: c, Msg: fmt.Sprintf("unknown kind %q", k), Hint: "kinds are " + strings.Join(knownKinds, ", ")}
			}
		}
		if err := checkGlobs(ft.Paths); err != nil {
			l, c := at("paths")
			return nil, &Error{File: name, Line: l, Col: c, Msg: err.Error(), Hint: `paths are globs relative to the repository root, e.g. "docs/**/*.md"`}
		}
		if ft.MaxDays < 0 {
			l, c := at("max_days")
			return nil, &Error{File: name, Line: l, Col: c, Msg: "max_days must not be negative", Hint: "use 0 for no limit"}
		}
		c.Policy.Tolerate = append(c.Policy.Tolerate, t)
	}

	seen := map[string]int{}
	for i, fr := range fc.Rules {
		line := headerLine(headers, "rules", i)
		r, err := compileRule(fr)
		if err != nil {
			err.File = name
			err.Line, err.Col = loc.entryKey("rules", i, err.key)
			return nil, err
		}
		if prev, dup := seen[r.ID]; dup {
			return nil, &Error{File: name, Line: line, Msg: fmt.Sprintf("rule id %q is already used on line %d", r.ID, prev), Hint: "give each [[rules]] entry its own id"}
		}
		seen[r.ID] = line
		c.Rules = append(c.Rules, r)
	}

	for i, fa := range fc.Allow {
		line := headerLine(headers, "allow", i)
		a := rules.AllowEntry{Fingerprint: fa.Fingerprint, Paths: fa.Paths, Reason: strings.TrimSpace(fa.Reason), Line: line}
		if fa.Path != "" {
			a.Paths = append([]string{fa.Path}, a.Paths...)
		}
		if a.Fingerprint == "" && len(a.Paths) == 0 {
			return nil, &Error{File: name, Line: line, Msg: "[[allow]] entry matches nothing", Hint: `set fingerprint = "…" (from sasguard's output) or path = "glob"`}
		}
		at := func(key string) (int, int) { return loc.entryKey("allow", i, key) }
		if a.Reason == "" {
			l, c := at("reason")
			return nil, &Error{File: name, Line: l, Col: c, Msg: "[[allow]] entry has no reason", Hint: `every exception is audited: add reason = "why this is safe"`}
		}
		if err := checkGlobs(a.Paths); err != nil {
			key := "paths"
			if fa.Path != "" && checkGlobs([]string{fa.Path}) != nil {
				key = "path"
			}
			l, c := at(key)
			return nil, &Error{File: name, Line: l, Col: c, Msg: err.Error(), Hint: `paths are globs relative to the repository root, e.g. "testdata/**"`}
		}
		if a.Fingerprint == "" {
			for _, g := range a.Paths {
				if matchesEverything(g) {
					return nil, &Error{File: name, Line: line, Msg: fmt.Sprintf("[[allow]] path %q matches every file: it would hide every finding", g), Hint: `name the directory or files to accept, e.g. path = "testdata/**", or add the finding's fingerprint`}
				}
			}
		}
		if fa.Expires != nil {
			d, err := parseDate(fa.Expires)
			if err != nil {
				l, c := at("expires")
				return nil, &Error{File: name, Line: l, Col: c, Msg: "expires: " + err.Error(), Hint: "write expires = 2027-01-31 (a TOML date) or \"2027-01-31\""}
			}
			a.Expires = &d
		}
		c.Allow = append(c.Allow, a)
	}
	return c, nil
}

var tomlLineError = regexp.MustCompile(`^toml: line (\d+)(?: \(last key "([^"]*)"\))?: (.*)$`)

// templatePlaceholders are what an env template may hold in braces.
var templatePlaceholders = []string{"{ACCOUNT}", "{KIND}"}

var bracePlaceholder = regexp.MustCompile(`\{[^{}]*\}`)

// templateProblem says what is wrong with an env template, and the hint.
func templateProblem(t string) (string, string) {
	const hint = `use letters, digits and _, with {ACCOUNT} and {KIND}, e.g. template = "AZURE_STORAGE_{KIND}"`
	for _, p := range bracePlaceholder.FindAllString(t, -1) {
		if slices.Contains(templatePlaceholders, p) {
			continue
		}
		h := "the placeholders are " + strings.Join(templatePlaceholders, " and ")
		if s := closestPlaceholder(strings.Trim(p, "{}")); s != "" {
			h = fmt.Sprintf("did you mean {%s}? %s", s, h)
		} else if up := strings.ToUpper(p); slices.Contains(templatePlaceholders, up) {
			h = fmt.Sprintf("did you mean %s? placeholders are upper case: %s", up, strings.Join(templatePlaceholders, " and "))
		}
		return fmt.Sprintf("unknown placeholder %s in env template %q", p, t), h
	}
	rest := strings.NewReplacer("{ACCOUNT}", "A", "{KIND}", "K").Replace(t)
	for _, r := range rest {
		if !(r == '_' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
			return fmt.Sprintf("env template %q would not make a valid variable name", t), hint
		}
	}
	if rest == "" || rest[0] >= '0' && rest[0] <= '9' {
		return fmt.Sprintf("env template %q would not make a valid variable name", t), hint
	}
	return "", ""
}

// closestPlaceholder is the placeholder name w misspells or abbreviates
// (ACCT, ACOUNT, KND), or "".
func closestPlaceholder(w string) string {
	names := []string{"ACCOUNT", "KIND"}
	if s := closest(w, names); s != "" {
		return s
	}
	for _, n := range names {
		if len(w) >= 2 && isSubsequence(strings.ToUpper(w), n) {
			return n
		}
	}
	return ""
}

// isSubsequence reports whether a's letters appear in b in order.
func isSubsequence(a, b string) bool {
	for i := 0; i < len(b) && a != ""; i++ {
		if a[0] == b[i] {
			a = a[1:]
		}
	}
	return a == ""
}

// baselinePathProblem says why a baseline path could leave the
// repository: it must be relative to the config's directory and stay below
// it, so a committed config cannot make sasguard read or write elsewhere.
func baselinePathProblem(p string) string {
	if p == "" {
		return ""
	}
	clean := path.Clean(strings.ReplaceAll(p, `\`, "/"))
	if path.IsAbs(clean) || filepath.IsAbs(p) || filepath.VolumeName(p) != "" || clean == ".." || strings.HasPrefix(clean, "../") || clean == "." {
		return fmt.Sprintf("baseline %q is outside the repository", p)
	}
	return ""
}

// everywhere are paths unlike each other; an allowlist glob matching all
// of them accepts any file, and so would hide every finding.
var everywhere = []string{"a", "README.md", ".env", "src/main.go", "x/y/z/app.config.json", "deploy/prod/.hidden/k8s.yaml", "Ä/ü.txt"}

// matchesEverything reports whether glob accepts any file: it matches
// every path in everywhere, or holds nothing but wildcards and separators
// ("*", "**/*", "*/**", "**/*.*"), which name no place.
func matchesEverything(glob string) bool {
	literal := strings.Trim(glob, "*?/.{},[]!")
	if literal == "" {
		return true
	}
	for _, p := range everywhere {
		if ok, _ := doublestar.Match(glob, p); !ok {
			return false
		}
	}
	return true
}

func checkGlobs(globs []string) error {
	for _, g := range globs {
		if !doublestar.ValidatePattern(g) {
			return fmt.Errorf("bad glob %q", g)
		}
	}
	return nil
}

func parseDate(v any) (time.Time, error) {
	switch d := v.(type) {
	case time.Time:
		return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC), nil
	case string:
		t, err := time.Parse("2006-01-02", d)
		if err != nil {
			return time.Time{}, fmt.Errorf("%q is not a date (YYYY-MM-DD)", d)
		}
		return t, nil
	}
	return time.Time{}, fmt.Errorf("want a date, got %T", v)
}
