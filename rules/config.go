package rules

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/bmatcuk/doublestar/v4"
)

// ConfigFileName is the one config file, committed at the repository root.
const ConfigFileName = ".sasguard.toml"

// Config is a parsed, validated .sasguard.toml. The zero value is not useful:
// start from DefaultConfig or ParseConfig.
type Config struct {
	File     string       // where it was read from, for messages; "" for the defaults
	Policy   Policy       // how facts map to severity
	Env      EnvConfig    // how the environment-variable fixes name things
	Rules    []CustomRule // the team's own regex rules for other secrets
	Allow    []AllowEntry // audited exceptions
	Baseline string       // baseline file, relative to the config's directory; "" for none
}

// Policy maps what a token grants to a severity.
type Policy struct {
	BlockOn  Severity    // findings at or above this block a commit
	Live     Severity    // a live credential
	Expired  Severity    // a real token past its expiry: hygiene debt, it still names the account
	Tolerate []Tolerance // team-approved grades for narrow tokens, first match wins
}

// Tolerance grades a token that meets every condition it sets: a team's
// "read-only, https-only service SAS shorter than 7 days in docs/ is a warning".
type Tolerance struct {
	Name        string
	Severity    Severity
	Paths       []string // globs (doublestar, slash-separated, relative to the repo root); empty means anywhere
	Kinds       []string // finding kinds; empty means any SAS kind
	Permissions string   // the token's permission letters must be a subset; "" means any
	HTTPSOnly   bool     // the token must be https-only
	IPRestrict  bool     // the token must carry an IP range
	MaxDays     int      // the token must expire within this many days of now; 0 means no limit
}

// EnvConfig shapes the environment-variable fixes.
type EnvConfig struct {
	// Template names the variable. {ACCOUNT} is the storage account or
	// namespace in upper snake case, {KIND} is SAS_URL, SAS_TOKEN,
	// CONNECTION_STRING or KEY depending on what is replaced. Default
	// "AZURE_STORAGE_{KIND}" for storage and "AZURE_SERVICEBUS_{KIND}" for
	// Service Bus, Event Hubs and IoT Hub.
	Template string
}

// CustomRule is a team's regex rule for a secret sasguard does not know.
type CustomRule struct {
	ID              string
	Description     string
	Regex           *regexp.Regexp
	Keywords        []string // lower-case; a file must contain one before the regex runs
	Severity        Severity
	SecretGroup     int // capture group holding the secret; 0 means the whole match
	Examples        []string
	Counterexamples []string
}

// AllowEntry is an audited exception. It matches a finding by fingerprint,
// by path glob, or by both when both are set.
type AllowEntry struct {
	Fingerprint string
	Paths       []string
	Reason      string
	Expires     *time.Time // the day after which the entry no longer applies; nil for never
	line        int
}

// ConfigError is a problem in a config file, with where and what to do.
type ConfigError struct {
	File string
	Line int // 1-based; 0 when unknown
	Col  int // 1-based; 0 when unknown
	Msg  string
	Hint string
}

func (e *ConfigError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Col > 0 {
			fmt.Fprintf(&b, ":%d", e.Col)
		}
	}
	b.WriteString(": ")
	b.WriteString(e.Msg)
	if e.Hint != "" {
		b.WriteString("\nhint: ")
		b.WriteString(e.Hint)
	}
	return b.String()
}

// DefaultConfig is the policy when no .sasguard.toml exists: every live
// credential blocks, an expired one warns.
func DefaultConfig() *Config {
	return &Config{
		Policy: Policy{BlockOn: SeverityError, Live: SeverityError, Expired: SeverityWarning},
	}
}

// Blocks reports whether a finding of severity s stops a commit under c.
func (c *Config) Blocks(s Severity) bool {
	return s != SeverityNone && s >= c.Policy.BlockOn
}

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

var knownKinds = KindIDs() // the registry (kinds.go)

// ParseConfig parses and validates a .sasguard.toml. name is used in errors.
// Every problem is a *ConfigError naming the line and the fix.
func ParseConfig(name string, data []byte) (*Config, error) {
	var fc fileConfig
	md, err := toml.Decode(string(data), &fc)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			hint := pe.Usage
			if hint == "" {
				hint = "check the TOML syntax at that position (strings in quotes, one key per line, [table] headers)"
			}
			return nil, &ConfigError{File: name, Line: pe.Position.Line, Col: pe.Position.Col, Msg: pe.Message, Hint: strings.TrimSpace(firstLine(hint))}
		}
		// Type mismatches come as plain errors: "toml: line 3 (last key "x"): …".
		ce := &ConfigError{File: name, Msg: strings.TrimPrefix(err.Error(), "toml: "), Hint: "each key must have the type shown in `sasguard init`'s starter file (strings in quotes, lists in [ ])"}
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
	if und := md.Undecoded(); len(und) > 0 {
		k := und[0]
		line := loc.keyLine(k)
		return nil, &ConfigError{File: name, Line: line, Msg: fmt.Sprintf("unknown key %q", k.String()), Hint: unknownKeyHint(k)}
	}
	if fc.Version != 0 && fc.Version != 1 {
		return nil, &ConfigError{File: name, Line: loc.keyLine(toml.Key{"version"}), Msg: fmt.Sprintf("unsupported version %d", fc.Version), Hint: "this sasguard reads version = 1"}
	}

	c := DefaultConfig()
	c.File = name
	c.Baseline = fc.Baseline
	c.Env.Template = fc.Env.Template
	if t := fc.Env.Template; t != "" {
		if bad := templateProblem(t); bad != "" {
			return nil, &ConfigError{File: name, Line: loc.keyLine(toml.Key{"env", "template"}), Msg: bad, Hint: `use letters, digits and _, with {ACCOUNT} and {KIND}, e.g. template = "AZURE_STORAGE_{KIND}"`}
		}
	}

	sev := func(v string, def Severity, key toml.Key) (Severity, error) {
		if v == "" {
			return def, nil
		}
		s, err := ParseSeverity(v)
		if err != nil {
			return 0, &ConfigError{File: name, Line: loc.keyLine(key), Msg: err.Error(), Hint: `write severity = "error", "warning", "info" or "none"`}
		}
		return s, nil
	}
	if c.Policy.BlockOn, err = sev(fc.Policy.BlockOn, SeverityError, toml.Key{"policy", "block_on"}); err != nil {
		return nil, err
	}
	if c.Policy.Live, err = sev(fc.Policy.Live, SeverityError, toml.Key{"policy", "live"}); err != nil {
		return nil, err
	}
	if c.Policy.Expired, err = sev(fc.Policy.Expired, SeverityWarning, toml.Key{"policy", "expired"}); err != nil {
		return nil, err
	}
	if c.Policy.BlockOn == SeverityNone {
		return nil, &ConfigError{File: name, Line: loc.keyLine(toml.Key{"policy", "block_on"}), Msg: `block_on = "none" would let every secret through`, Hint: `use "error" (the default) or "warning"; to tolerate one token, add an [[allow]] entry with a reason`}
	}

	for i, ft := range fc.Policy.Tolerate {
		line := loc.tableLine("policy.tolerate", i)
		t := Tolerance{Name: ft.Name, Paths: ft.Paths, Kinds: ft.Kinds, Permissions: ft.Permissions, HTTPSOnly: ft.HTTPSOnly, IPRestrict: ft.IPRestrict, MaxDays: ft.MaxDays}
		if ft.Severity == "" {
			return nil, &ConfigError{File: name, Line: line, Msg: "[[policy.tolerate]] needs a severity", Hint: `add severity = "warning" (or "info") to say what a matching token becomes`}
		}
		if t.Severity, err = ParseSeverity(ft.Severity); err != nil {
			return nil, &ConfigError{File: name, Line: line, Msg: err.Error(), Hint: `write severity = "warning" or "info"`}
		}
		for _, k := range ft.Kinds {
			if !contains(knownKinds, k) {
				return nil, &ConfigError{File: name, Line: line, Msg: fmt.Sprintf("unknown kind %q", k), Hint: "kinds are " + strings.Join(knownKinds, ", ")}
			}
		}
		if err := checkGlobs(ft.Paths); err != nil {
			return nil, &ConfigError{File: name, Line: line, Msg: err.Error(), Hint: `paths are globs relative to the repository root, e.g. "docs/**/*.md"`}
		}
		if ft.MaxDays < 0 {
			return nil, &ConfigError{File: name, Line: line, Msg: "max_days must not be negative", Hint: "use 0 for no limit"}
		}
		c.Policy.Tolerate = append(c.Policy.Tolerate, t)
	}

	seen := map[string]int{}
	for i, fr := range fc.Rules {
		line := loc.tableLine("rules", i)
		r, err := compileRule(fr)
		if err != nil {
			err.File, err.Line = name, line
			return nil, err
		}
		if prev, dup := seen[r.ID]; dup {
			return nil, &ConfigError{File: name, Line: line, Msg: fmt.Sprintf("rule id %q is already used on line %d", r.ID, prev), Hint: "give each [[rules]] entry its own id"}
		}
		seen[r.ID] = line
		c.Rules = append(c.Rules, r)
	}

	for i, fa := range fc.Allow {
		line := loc.tableLine("allow", i)
		a := AllowEntry{Fingerprint: fa.Fingerprint, Paths: fa.Paths, Reason: strings.TrimSpace(fa.Reason), line: line}
		if fa.Path != "" {
			a.Paths = append([]string{fa.Path}, a.Paths...)
		}
		if a.Fingerprint == "" && len(a.Paths) == 0 {
			return nil, &ConfigError{File: name, Line: line, Msg: "[[allow]] entry matches nothing", Hint: `set fingerprint = "…" (from sasguard's output) or path = "glob"`}
		}
		if a.Reason == "" {
			return nil, &ConfigError{File: name, Line: line, Msg: "[[allow]] entry has no reason", Hint: `every exception is audited: add reason = "why this is safe"`}
		}
		if err := checkGlobs(a.Paths); err != nil {
			return nil, &ConfigError{File: name, Line: line, Msg: err.Error(), Hint: `paths are globs relative to the repository root, e.g. "testdata/**"`}
		}
		if fa.Expires != nil {
			d, err := parseDate(fa.Expires)
			if err != nil {
				return nil, &ConfigError{File: name, Line: line, Msg: "expires: " + err.Error(), Hint: "write expires = 2027-01-31 (a TOML date) or \"2027-01-31\""}
			}
			a.Expires = &d
		}
		c.Allow = append(c.Allow, a)
	}
	return c, nil
}

func compileRule(fr fileRule) (CustomRule, *ConfigError) {
	r := CustomRule{ID: fr.ID, Description: fr.Description, SecretGroup: fr.SecretGroup, Examples: fr.Examples, Counterexamples: fr.Counterexamples}
	if !ruleIDPattern.MatchString(fr.ID) {
		return r, &ConfigError{Msg: fmt.Sprintf("rule id %q is not a valid id", fr.ID), Hint: `ids are lower-case words joined by - or _, e.g. id = "acme-api-key"`}
	}
	if contains(knownKinds, fr.ID) || strings.HasPrefix(fr.ID, "azure-") {
		return r, &ConfigError{Msg: fmt.Sprintf("rule id %q is reserved for a built-in rule", fr.ID), Hint: "pick an id of your own, e.g. prefixed with your team's name"}
	}
	if fr.Regex == "" {
		return r, &ConfigError{Msg: fmt.Sprintf("rule %q has no regex", fr.ID), Hint: `add regex = '''…''' (a Go RE2 regular expression)`}
	}
	re, err := regexp.Compile(fr.Regex)
	if err != nil {
		return r, &ConfigError{Msg: fmt.Sprintf("rule %q: bad regex: %v", fr.ID, err), Hint: "regexes use Go's RE2 syntax (no lookaround or backreferences); TOML '''literal''' strings avoid double escaping"}
	}
	r.Regex = re
	if fr.SecretGroup < 0 || fr.SecretGroup > re.NumSubexp() {
		return r, &ConfigError{Msg: fmt.Sprintf("rule %q: secret_group %d but the regex has %d groups", fr.ID, fr.SecretGroup, re.NumSubexp()), Hint: "secret_group names the capture group holding the secret; 0 is the whole match"}
	}
	if fr.Severity == "" {
		r.Severity = SeverityError
	} else if r.Severity, err = ParseSeverity(fr.Severity); err != nil {
		return r, &ConfigError{Msg: fmt.Sprintf("rule %q: %v", fr.ID, err), Hint: `write severity = "error", "warning" or "info"`}
	}
	for _, k := range fr.Keywords {
		if k == "" {
			return r, &ConfigError{Msg: fmt.Sprintf("rule %q has an empty keyword", fr.ID), Hint: "keywords are substrings one of which must appear before the regex runs"}
		}
		r.Keywords = append(r.Keywords, strings.ToLower(k))
	}
	if len(fr.Examples) == 0 {
		return r, &ConfigError{Msg: fmt.Sprintf("rule %q has no examples", fr.ID), Hint: "add examples = [\"…\"] with text the rule must match, so a broken regex is caught when the file loads"}
	}
	for _, ex := range fr.Examples {
		if !r.matches(ex) {
			return r, &ConfigError{Msg: fmt.Sprintf("rule %q does not match its example %q", fr.ID, redactExample(ex)), Hint: "fix the regex or the keywords (a keyword must appear in the example)"}
		}
	}
	for _, ex := range fr.Counterexamples {
		if r.matches(ex) {
			return r, &ConfigError{Msg: fmt.Sprintf("rule %q matches its counterexample %q", fr.ID, redactExample(ex)), Hint: "tighten the regex so it does not match placeholders"}
		}
	}
	return r, nil
}

// matches reports whether the rule fires on text: a keyword, then the regex.
func (r *CustomRule) matches(text string) bool {
	if len(r.Keywords) > 0 {
		low := strings.ToLower(text)
		found := false
		for _, k := range r.Keywords {
			if strings.Contains(low, k) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return r.Regex.MatchString(text)
}

var tomlLineError = regexp.MustCompile(`^toml: line (\d+)(?: \(last key "([^"]*)"\))?: (.*)$`)

var ruleIDPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9_.-]*$`)

func templateProblem(t string) string {
	rest := strings.NewReplacer("{ACCOUNT}", "A", "{KIND}", "K").Replace(t)
	for _, r := range rest {
		if !(r == '_' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
			return fmt.Sprintf("env template %q would not make a valid variable name", t)
		}
	}
	if rest == "" || rest[0] >= '0' && rest[0] <= '9' {
		return fmt.Sprintf("env template %q would not make a valid variable name", t)
	}
	return ""
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

func redactExample(s string) string {
	if len(s) <= 12 {
		return s
	}
	return s[:8] + "…"
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

var topLevelKeys = map[string][]string{
	"":                {"version", "baseline", "policy", "env", "rules", "allow"},
	"policy":          {"block_on", "live", "expired", "tolerate"},
	"policy.tolerate": {"name", "severity", "paths", "kinds", "permissions", "https_only", "ip_restricted", "max_days"},
	"env":             {"template"},
	"rules":           {"id", "description", "regex", "keywords", "severity", "secret_group", "examples", "counterexamples"},
	"allow":           {"fingerprint", "path", "paths", "reason", "expires"},
}

func unknownKeyHint(k toml.Key) string {
	parent := strings.Join(k[:len(k)-1], ".")
	known, ok := topLevelKeys[parent]
	if !ok {
		return "see the starter file from `sasguard init` for the keys sasguard reads"
	}
	sorted := append([]string(nil), known...)
	sort.Strings(sorted)
	where := "at the top level"
	if parent != "" {
		where = "in [" + parent + "]"
	}
	// Suggest the closest key when one is an obvious misspelling.
	last := k[len(k)-1]
	for _, s := range sorted {
		if closeTo(last, s) {
			return fmt.Sprintf("did you mean %q? keys %s are: %s", s, where, strings.Join(sorted, ", "))
		}
	}
	return fmt.Sprintf("keys %s are: %s", where, strings.Join(sorted, ", "))
}

// closeTo is a cheap misspelling test: same letters give or take one edit.
func closeTo(a, b string) bool {
	if a == b {
		return true
	}
	la, lb := len(a), len(b)
	if la-lb > 1 || lb-la > 1 {
		return false
	}
	i := 0
	for i < la && i < lb && a[i] == b[i] {
		i++
	}
	j, k := la, lb
	for j > i && k > i && a[j-1] == b[k-1] {
		j--
		k--
	}
	return j-i <= 1 && k-i <= 1
}

// locator finds lines in a TOML file for keys the decoder cannot place.
type locator struct{ data []byte }

// tableLine returns the line of the index-th [[name]] header, or 0.
func (l locator) tableLine(name string, index int) int {
	n := 0
	for i, line := range bytes.Split(l.data, []byte("\n")) {
		t := strings.TrimSpace(string(line))
		if strings.HasPrefix(t, "[[") {
			h := strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(strings.SplitN(t, "]]", 2)[0], "[["), "]]"))
			if h == name {
				if n == index {
					return i + 1
				}
				n++
			}
		}
	}
	return 0
}

// keyLine returns the first line that sets key k's last part inside its table.
func (l locator) keyLine(k toml.Key) int {
	table := strings.Join(k[:len(k)-1], ".")
	last := k[len(k)-1]
	cur := ""
	for i, line := range bytes.Split(l.data, []byte("\n")) {
		t := strings.TrimSpace(string(line))
		if strings.HasPrefix(t, "[") {
			h := strings.Trim(strings.SplitN(strings.TrimLeft(t, "["), "]", 2)[0], " ")
			cur = h
			if h == strings.Join(k, ".") {
				return i + 1
			}
			continue
		}
		if cur != table {
			continue
		}
		key := strings.TrimSpace(strings.SplitN(t, "=", 2)[0])
		key = strings.Trim(key, `"'`)
		if key == last || strings.HasPrefix(key, last+".") {
			return i + 1
		}
	}
	return 0
}
