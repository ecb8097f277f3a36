package config

import (
	"regexp"
	"sort"
	"time"

	"github.com/sasguard/sasguard/rules"
)

// MaskSecrets masks every secret in an error's text: a config value quoted
// back in a message ("unknown severity \"https://…&sig=…\"") must not print
// the whole secret. Tokens the engine recognises get its masked form; a
// signed or keyed value it does not (a fragment, a bare key) keeps its
// first 4 characters, as everywhere else. Every config error's message and
// hint go through it on the way out (Error.Error, the CLI, the LSP).
func MaskSecrets(s string) string {
	if s == "" {
		return s
	}
	// Masking does not depend on the time: any fixed clock will do.
	findings := rules.NewEngine(nil, rules.Options{Now: func() time.Time { return time.Time{} }}).Scan("", []byte(s))
	sort.Slice(findings, func(i, j int) bool { return findings[i].Span.Start > findings[j].Span.Start })
	end := len(s) + 1
	for _, f := range findings {
		a, b := f.Span.Start, f.Span.End
		if a < 0 || b > len(s) || a >= b || b > end || f.Redacted == "" {
			continue
		}
		s = s[:a] + f.Redacted + s[b:]
		end = a
	}
	s = maskKeyed.ReplaceAllStringFunc(s, func(m string) string {
		sub := maskKeyed.FindStringSubmatch(m)
		return sub[1] + maskKeep(sub[2])
	})
	return maskLong.ReplaceAllStringFunc(s, maskKeep)
}

var (
	// maskKeyed is a signature or key after its name, in any case.
	maskKeyed = regexp.MustCompile(`(?i)((?:sig|accountkey|sharedaccesskey|sharedaccesssignature|key)\s*[=:]\s*)([^\s&;"'\\]{6,})`)
	// maskLong is a run of base64 long enough to be a key or signature.
	maskLong = regexp.MustCompile(`[A-Za-z0-9+/]{32,}={0,2}|[A-Za-z0-9+/%]{40,}(?:%3[Dd]){0,2}`)
)

func maskKeep(v string) string {
	if len(v) > 4 && v[4:] == "****" {
		return v // already masked
	}
	if len(v) <= 4 {
		return "****"
	}
	return v[:4] + "****"
}
