package rules

import (
	"fmt"
	"strings"
	"time"

	"github.com/bmatcuk/doublestar/v4"
)

// grade decides a token's severity under the policy and says what it grants.
func (e *Engine) grade(path string, t *secretToken, now time.Time) (Severity, string, []string) {
	f := &t.facts
	if exp := f.EffectiveExpiry; exp != nil && !now.Before(*exp) {
		return e.cfg.Policy.Expired, expiredMessage(t, now), nil
	}
	msg := liveMessage(t, now) // words.go
	if t.kind == KindStorageConnSAS {
		msg = "The connection string's " + msg
	}
	for _, tol := range e.cfg.Policy.Tolerate {
		if tolerates(tol, path, t, now) {
			name := tol.Name
			if name == "" {
				name = "unnamed"
			}
			return tol.Severity, msg, []string{fmt.Sprintf("graded %s by policy %q in %s", tol.Severity, name, e.configName())}
		}
	}
	return e.cfg.Policy.Live, msg, nil
}

func (e *Engine) configName() string {
	if e.cfg.File == "" {
		return ConfigFileName
	}
	return e.cfg.File
}

// tolerates reports whether a token meets every condition of a tolerance.
func tolerates(tol Tolerance, path string, t *secretToken, now time.Time) bool {
	f := &t.facts
	if len(tol.Kinds) > 0 && !contains(tol.Kinds, t.kind) {
		return false
	}
	if len(tol.Kinds) == 0 && (t.kind == KindStorageKey || f.Permissions != nil && *f.Permissions == "*") {
		return false // keys grant everything; only an explicit kind tolerates them
	}
	if len(tol.Paths) > 0 && !matchAny(tol.Paths, path) {
		return false
	}
	if tol.Permissions != "" {
		if f.Permissions == nil || *f.Permissions == "*" {
			return false
		}
		for _, c := range *f.Permissions {
			if !strings.ContainsRune(tol.Permissions, c) {
				return false
			}
		}
	}
	if tol.HTTPSOnly && (f.HTTPSOnly == nil || !*f.HTTPSOnly) {
		return false
	}
	if tol.IPRestrict && !f.IPRestricted {
		return false
	}
	if tol.MaxDays > 0 {
		if f.EffectiveExpiry == nil || f.EffectiveExpiry.Sub(now) > time.Duration(tol.MaxDays)*24*time.Hour {
			return false
		}
	}
	return true
}

func matchAny(globs []string, path string) bool {
	for _, g := range globs {
		if ok, _ := doublestar.Match(g, path); ok {
			return true
		}
	}
	return false
}
