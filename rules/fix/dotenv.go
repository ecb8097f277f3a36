package fix

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/go-git/go-git/v5/plumbing/format/gitignore"
)

// ErrDotenvConflict is wrapped by the error MergeDotenv returns when .env
// already holds a different value under the name. Callers pick another name
// with SuggestDotenvName rather than overwrite a secret someone still needs.
var ErrDotenvConflict = errors.New("already set to a different value")

// MergeDotenv returns existing with NAME=value appended, quoted so that
// python-dotenv, godotenv, the dotenv npm package, Docker Compose and
// `set -a; . ./.env` all read value back unchanged. Every existing byte is
// kept. When name already holds value, nothing changes; when it holds a
// different value, the error wraps ErrDotenvConflict and nothing changes.
// Errors never carry the value.
func MergeDotenv(existing []byte, name, value string) (updated []byte, changed bool, err error) {
	if !validEnvName(name) {
		return existing, false, fmt.Errorf("%q is not a valid environment variable name (letters, digits and _, not starting with a digit)", name)
	}
	line, err := dotenvLine(name, value)
	if err != nil {
		return existing, false, err
	}
	old, found, err := lookupDotenv(existing, name)
	if err != nil {
		return existing, false, err
	}
	if found {
		if old == value {
			return existing, false, nil
		}
		return existing, false, fmt.Errorf(".env: %s is %w; pick another name", name, ErrDotenvConflict)
	}
	updated = make([]byte, 0, len(existing)+len(line)+1)
	updated = append(updated, existing...)
	if len(updated) > 0 && updated[len(updated)-1] != '\n' {
		updated = append(updated, '\n')
	}
	updated = append(updated, line...)
	return updated, true, nil
}

// SuggestDotenvName returns name when existing does not set it or sets it to
// value already; otherwise the first of NAME_2, NAME_3, … that is free or
// holds value. It fails only when existing cannot be read.
func SuggestDotenvName(existing []byte, name, value string) (string, error) {
	for i := 1; ; i++ {
		candidate := name
		if i > 1 {
			candidate = name + "_" + strconv.Itoa(i)
		}
		old, found, err := lookupDotenv(existing, candidate)
		if err != nil {
			return "", err
		}
		if !found || old == value {
			return candidate, nil
		}
	}
}

// EnsureGitignored returns gitignore with entry appended on its own line,
// unless its patterns (as git reads them, negations included) already ignore
// entry. Every existing byte is kept.
func EnsureGitignored(gitignore []byte, entry string) (updated []byte, changed bool) {
	if gitignored(gitignore, entry) {
		return gitignore, false
	}
	updated = make([]byte, 0, len(gitignore)+len(entry)+2)
	updated = append(updated, gitignore...)
	if len(updated) > 0 && updated[len(updated)-1] != '\n' {
		updated = append(updated, '\n')
	}
	updated = append(updated, entry...)
	updated = append(updated, '\n')
	return updated, true
}

// gitignored reports whether the patterns in a root .gitignore ignore the
// file at the slash-separated path entry.
func gitignored(data []byte, entry string) bool {
	var patterns []gitignore.Pattern
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		patterns = append(patterns, gitignore.ParsePattern(line, nil))
	}
	path := strings.Split(strings.Trim(entry, "/"), "/")
	return gitignore.NewMatcher(patterns).Match(path, false)
}

func validEnvName(name string) bool {
	if name == "" || name[0] >= '0' && name[0] <= '9' {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !(c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// dotenvLine formats NAME=value with a newline. Single quotes are literal in
// every dotenv reader and in sh, so they are used whenever the value allows.
func dotenvLine(name, value string) (string, error) {
	if !strings.ContainsAny(value, "'\n\r") {
		return name + "='" + value + "'\n", nil
	}
	if strings.ContainsAny(value, "$`") {
		return "", fmt.Errorf("the value for %s holds both quotes or newlines and $ or `, which dotenv readers disagree on; set it by hand", name)
	}
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", `\r`)
	return name + `="` + r.Replace(value) + "\"\n", nil
}

// lookupDotenv finds the last assignment to name in a .env file and returns
// its value as dotenv readers see it (quotes removed, escapes in double
// quotes resolved; no variable expansion). It reads only as much of the
// format as it needs to compare values; a line it cannot read is an error,
// so a caller never appends next to something it misunderstood.
func lookupDotenv(data []byte, name string) (value string, found bool, err error) {
	lines := bytes.Split(data, []byte("\n"))
	for i := 0; i < len(lines); i++ {
		line := strings.TrimSuffix(string(lines[i]), "\r")
		t := strings.TrimLeft(line, " \t")
		if t == "" || t[0] == '#' {
			continue
		}
		t = strings.TrimPrefix(t, "export ")
		t = strings.TrimLeft(t, " \t")
		eq := strings.IndexByte(t, '=')
		if eq < 0 {
			// Not an assignment (godotenv and python-dotenv skip or reject
			// these); it cannot be the name we look for.
			continue
		}
		key := strings.TrimRight(t[:eq], " \t")
		rest := strings.TrimLeft(t[eq+1:], " \t")
		// A quoted value may span lines: read on until its closing quote.
		if rest != "" && (rest[0] == '"' || rest[0] == '\'') {
			for !closedQuote(rest) && i+1 < len(lines) {
				i++
				rest += "\n" + strings.TrimSuffix(string(lines[i]), "\r")
			}
			if !closedQuote(rest) {
				if key == name {
					return "", false, fmt.Errorf(".env: %s has an unterminated quoted value (line %d); fix it by hand", key, i+1)
				}
				continue
			}
		}
		if key != name {
			continue
		}
		value, found = unquoteDotenv(rest), true
	}
	return value, found, nil
}

// closedQuote reports whether s, starting with a quote, holds its closing quote.
func closedQuote(s string) bool {
	q := s[0]
	for i := 1; i < len(s); i++ {
		if q == '"' && s[i] == '\\' {
			i++
			continue
		}
		if s[i] == q {
			return true
		}
	}
	return false
}

func unquoteDotenv(s string) string {
	if s == "" {
		return ""
	}
	switch s[0] {
	case '\'':
		if end := strings.IndexByte(s[1:], '\''); end >= 0 {
			return s[1 : 1+end]
		}
	case '"':
		var b strings.Builder
		for i := 1; i < len(s); i++ {
			c := s[i]
			if c == '"' {
				break
			}
			if c == '\\' && i+1 < len(s) {
				i++
				switch s[i] {
				case 'n':
					b.WriteByte('\n')
				case 'r':
					b.WriteByte('\r')
				case 't':
					b.WriteByte('\t')
				case '\\', '"', '\'', '$':
					b.WriteByte(s[i])
				default:
					b.WriteByte('\\')
					b.WriteByte(s[i])
				}
				continue
			}
			b.WriteByte(c)
		}
		return b.String()
	}
	// Unquoted: up to an inline " #" comment, trimmed.
	if i := strings.Index(s, " #"); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}
