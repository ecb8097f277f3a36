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

	// key is the entry's key the problem is in ("regex"), for Parse to
	// point at its line rather than the entry's [[header]].
	key string
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
	b.WriteString(MaskSecrets(e.Msg))
	if e.Hint != "" {
		b.WriteString("\nhint: ")
		b.WriteString(MaskSecrets(e.Hint))
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
	if s := closest(k[len(k)-1], sorted); s != "" {
		return fmt.Sprintf("did you mean %q? keys %s are: %s", s, where, strings.Join(sorted, ", "))
	}
	return fmt.Sprintf("keys %s are: %s", where, strings.Join(sorted, ", "))
}

// closest is the candidate an obvious misspelling of word stands for: the
// nearest by edits (insert, delete, replace, swap two neighbours: verison
// is one from version), within 1 edit for short words and 2 for longer
// ones; "" when none is that near or two are equally near.
func closest(word string, candidates []string) string {
	best, bestD, tie := "", 3, false
	for _, c := range candidates {
		d := editDistance(strings.ToLower(word), c)
		if max(len(word), len(c)) <= 4 && d > 1 {
			continue
		}
		switch {
		case d < bestD:
			best, bestD, tie = c, d, false
		case d == bestD:
			tie = true
		}
	}
	if bestD > 2 || tie {
		return ""
	}
	return best
}

// editDistance is the optimal string alignment distance between a and b.
func editDistance(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
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

// entryKey returns the line and column (1-based) of key in the index-th
// [[table]] entry, or the entry's header line (column 0) when the entry
// does not set key; 0, 0 when there is no such entry.
func (l locator) entryKey(table string, index int, key string) (int, int) {
	header := l.tableLine(table, index)
	if header == 0 || key == "" {
		return header, 0
	}
	lines := bytes.Split(l.data, []byte("\n"))
	for i := header; i < len(lines); i++ {
		t := strings.TrimSpace(string(lines[i]))
		if strings.HasPrefix(t, "[") {
			break // the next table: the entry does not set key
		}
		if k, ok := lineKey(t); ok && k == key {
			return i + 1, len(lines[i]) - len(bytes.TrimLeft(lines[i], " \t")) + 1
		}
	}
	return header, 0
}

// lineKey is the key a `key = value` line sets (its first part when
// dotted), unquoted.
func lineKey(t string) (string, bool) {
	k, _, ok := strings.Cut(t, "=")
	if !ok {
		return "", false
	}
	k = strings.TrimSpace(k)
	if first, _, dotted := strings.Cut(k, "."); dotted && !strings.HasPrefix(k, `"`) && !strings.HasPrefix(k, "'") {
		k = strings.TrimSpace(first)
	}
	return strings.Trim(k, `"'`), true
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
