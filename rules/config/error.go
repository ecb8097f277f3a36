package config

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
)

// Error is a problem in a config file, with where and what to do. Its text
// reads "file:line:col: message" then "hint: …", like a compiler's.
type Error struct {
	File string
	Line int // 1-based; 0 when unknown
	Col  int // 1-based; 0 when unknown
	Msg  string
	Hint string
}

func (e *Error) Error() string {
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
			if strings.EqualFold(h, strings.Join(k, ".")) {
				return i + 1
			}
			continue
		}
		key := strings.TrimSpace(strings.SplitN(t, "=", 2)[0])
		key = strings.Trim(key, `"'`)
		// The decoder matches keys in any case (LIVE sets live) and dotted
		// (policy.live at the top): so does this.
		if full := strings.TrimPrefix(cur+"."+key, "."); strings.EqualFold(full, strings.Join(k, ".")) {
			return i + 1
		}
		if !strings.EqualFold(cur, table) {
			continue
		}
		if strings.EqualFold(key, last) || len(key) > len(last) && strings.EqualFold(key[:len(last)+1], last+".") {
			return i + 1
		}
	}
	return 0
}
