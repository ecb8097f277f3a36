package config

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/sasguard/sasguard/rules"
)

// compileRule checks a [[rules]] entry and runs it on its examples, so a
// broken regex fails when the file loads, not silently at scan time.
func compileRule(fr fileRule) (rules.CustomRule, *Error) {
	r := rules.CustomRule{ID: fr.ID, Description: fr.Description, SecretGroup: fr.SecretGroup, Examples: fr.Examples, Counterexamples: fr.Counterexamples}
	if !ruleIDPattern.MatchString(fr.ID) {
		return r, &Error{key: "id", Msg: fmt.Sprintf("rule id %q is not a valid id", fr.ID), Hint: `ids are lower-case words joined by - or _, e.g. id = "acme-api-key"`}
	}
	if slices.Contains(knownKinds, fr.ID) || strings.HasPrefix(fr.ID, "azure-") {
		return r, &Error{key: "id", Msg: fmt.Sprintf("rule id %q is reserved for a built-in rule", fr.ID), Hint: "pick an id of your own, e.g. prefixed with your team's name"}
	}
	if fr.Regex == "" {
		return r, &Error{key: "regex", Msg: fmt.Sprintf("rule %q has no regex", fr.ID), Hint: `add regex = '''…''' (a Go RE2 regular expression)`}
	}
	if big := regexTooLarge(fr.Regex); big != "" {
		return r, &Error{Msg: fmt.Sprintf("rule %q: regex %s", fr.ID, big), Hint: "it runs over every file scanned: match the secret's shape (a prefix and a character class with a count), not whole documents"}
	}
	re, err := regexp.Compile(fr.Regex)
	if err != nil {
		return r, &Error{key: "regex", Msg: fmt.Sprintf("rule %q: bad regex: %v", fr.ID, err), Hint: "regexes use Go's RE2 syntax (no lookaround or backreferences); TOML '''literal''' strings avoid double escaping"}
	}
	r.Regex = re
	if fr.SecretGroup < 0 || fr.SecretGroup > re.NumSubexp() {
		return r, &Error{key: "secret_group", Msg: fmt.Sprintf("rule %q: secret_group %d but the regex has %d groups", fr.ID, fr.SecretGroup, re.NumSubexp()), Hint: "secret_group names the capture group holding the secret; 0 is the whole match"}
	}
	if fr.Severity == "" {
		r.Severity = rules.SeverityError
	} else if r.Severity, err = rules.ParseSeverity(fr.Severity); err != nil {
		return r, &Error{key: "severity", Msg: fmt.Sprintf("rule %q: %v", fr.ID, err), Hint: `write severity = "error", "warning" or "info"`}
	}
	for _, k := range fr.Keywords {
		if k == "" {
			return r, &Error{key: "keywords", Msg: fmt.Sprintf("rule %q has an empty keyword", fr.ID), Hint: "keywords are substrings one of which must appear before the regex runs"}
		}
		r.Keywords = append(r.Keywords, strings.ToLower(k))
	}
	if len(fr.Examples) == 0 {
		return r, &Error{Msg: fmt.Sprintf("rule %q has no examples", fr.ID), Hint: "add examples = [\"…\"] with text the rule must match, so a broken regex is caught when the file loads"}
	}
	for _, ex := range fr.Examples {
		if !r.Matches(ex) {
			return r, &Error{key: "examples", Msg: fmt.Sprintf("rule %q does not match its example %q", fr.ID, redactExample(ex)), Hint: "fix the regex or the keywords (a keyword must appear in the example)"}
		}
	}
	for _, ex := range fr.Counterexamples {
		if r.Matches(ex) {
			return r, &Error{key: "counterexamples", Msg: fmt.Sprintf("rule %q matches its counterexample %q", fr.ID, redactExample(ex)), Hint: "tighten the regex so it does not match placeholders"}
		}
	}
	return r, nil
}

var ruleIDPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9_.-]*$`)

func redactExample(s string) string {
	if len(s) <= 12 {
		return s
	}
	return s[:8] + "…"
}
