package rules

import (
	"path"
	"strings"
)

// withoutOwnExamples drops, from the file the config was read from, the
// custom rules' matches that are the config's own examples: a rule must
// list text it matches, and that text would otherwise block the commit of
// the file that defines the rule (the `sasguard init` starter uncommented,
// the README's example). Only custom rules' matches of example text are
// dropped: a built-in detector still reports a real Azure secret pasted as
// an example, and any other match in the config file is reported.
func (e *Engine) withoutOwnExamples(filePath string, toks []secretToken) []secretToken {
	if len(toks) == 0 || !e.isConfigFile(filePath) {
		return toks
	}
	kept := toks[:0]
	for _, t := range toks {
		if !e.isOwnExample(t.secretText) {
			kept = append(kept, t)
		}
	}
	return kept
}

// isConfigFile reports whether filePath (as the front end names it to
// Scan) is the file the engine's config was read from.
func (e *Engine) isConfigFile(filePath string) bool {
	if e.cfg.File == "" || filePath == "" {
		return false
	}
	p := path.Clean(strings.ReplaceAll(filePath, `\`, "/"))
	return p == path.Clean(strings.ReplaceAll(e.cfg.File, `\`, "/"))
}

func (e *Engine) isOwnExample(secret string) bool {
	for i := range e.cfg.Rules {
		r := &e.cfg.Rules[i]
		for _, ex := range r.Examples {
			if strings.Contains(ex, secret) {
				return true
			}
		}
	}
	return false
}
