// Package printable makes untrusted text safe to print: every text output
// of sasguard (scan's report, the hook's messages and hints, explain,
// errors, LSP messages) passes file names, snippets and messages through
// String, so a repository cannot drive the terminal (escape sequences),
// reorder what is shown (bidi overrides) or forge lines (newlines, U+2028).
package printable

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// String returns s with every character that is not safe to show replaced
// by a visible escape: C0 and C1 controls (tab excepted) as \x1b or \u0085,
// newlines as \n and \r, format characters (bidi overrides and isolates such
// as U+202E, zero-width characters, the BOM) and the line and paragraph
// separators U+2028 and U+2029 as \u2028; a byte that is not UTF-8 becomes
// U+FFFD, one column as it was. Everything else, tab, non-ASCII letters and U+FFFD included, is
// unchanged.
func String(s string) string {
	i := firstUnsafe(s)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			b.WriteRune(utf8.RuneError) // one column, as the byte took
			i++
			continue
		}
		b.WriteString(escapeRune(r))
		i += size
	}
	return b.String()
}

// Safe reports whether r prints as itself.
func Safe(r rune) bool {
	switch {
	case r == '\t':
		return true
	case unicode.IsControl(r), unicode.Is(unicode.Cf, r), r == '\u2028', r == '\u2029':
		return false
	}
	return true
}

func escapeRune(r rune) string {
	if Safe(r) {
		return string(r)
	}
	switch r {
	case '\n':
		return `\n`
	case '\r':
		return `\r`
	}
	if r < 0x80 {
		return fmt.Sprintf(`\x%02x`, r)
	}
	if r > 0xffff {
		return fmt.Sprintf(`\U%08x`, r)
	}
	return fmt.Sprintf(`\u%04x`, r)
}

// firstUnsafe is the byte offset of the first character String changes, or -1.
func firstUnsafe(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f || c == '\t' {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 || !Safe(r) {
			return i
		}
		i += size
	}
	return -1
}
