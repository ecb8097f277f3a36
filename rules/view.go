package rules

import "bytes"

// A view is a piece of content with escapes undone and, optionally, string
// splits joined, so that a SAS written as JSON (\u0026), HTML (&amp;), or
// split across a concatenation reads as the plain query it is. Every byte of
// the view remembers the content offset it came from, so findings map back.
type view struct {
	text []byte
	orig []int // orig[i] is the content offset where text[i]'s source starts; orig[len(text)] is the end
	ends []int // ends[i] is the content offset just after text[i]'s source (an escape may be long)
}

// newView builds the view of content[start:end). With join, string-literal
// splits ("…" + "…", adjacent literals, backslash-newline, YAML folding) are
// removed so a token split in two reads as one. With percent, one level of
// URL encoding is undone (%26 → &, %253D → %3D), for a SAS URL encoded
// whole into another URL or a redirect parameter.
func newView(content []byte, start, end int, join, percent bool) *view {
	v := &view{text: make([]byte, 0, end-start), orig: make([]int, 0, end-start+1), ends: make([]int, 0, end-start)}
	i := start
	for i < end {
		if n, b, ok := unescapeAt(content, i, end); ok {
			v.text = append(v.text, b)
			v.orig = append(v.orig, i)
			v.ends = append(v.ends, i+n)
			i += n
			continue
		}
		if percent && content[i] == '%' && i+2 < end && isHex(content[i+1]) && isHex(content[i+2]) {
			if b := unhex(content[i+1])<<4 | unhex(content[i+2]); urlPunct(b) || b == ',' {
				v.text = append(v.text, b)
				v.orig = append(v.orig, i)
				v.ends = append(v.ends, i+3)
				i += 3
				continue
			}
		}
		if join {
			if n := glueAt(content, i, end); n > 0 {
				i += n
				continue
			}
		}
		v.text = append(v.text, content[i])
		v.orig = append(v.orig, i)
		v.ends = append(v.ends, i+1)
		i++
	}
	v.orig = append(v.orig, end)
	return v
}

// span maps the view range [s, e) back to a content span.
func (v *view) span(s, e int) Span {
	if e <= s {
		return Span{v.orig[s], v.orig[s]}
	}
	return Span{v.orig[s], v.ends[e-1]}
}

// unescapeAt decodes one escape at content[i]: JSON and JavaScript \u0026,
// \u003d, \/ and \x26 (with any number of backslashes, as nested JSON
// doubles them), shell \& and \?, cmd ^&, HTML and XML &amp; &#38; &#x26;
// &#61;. It returns the
// escape's length and the byte it stands for.
func unescapeAt(c []byte, i, end int) (int, byte, bool) {
	switch c[i] {
	case '\\':
		j := i
		for j < end && c[j] == '\\' {
			j++
		}
		if j >= end {
			return 0, 0, false
		}
		switch c[j] {
		case '/':
			return j + 1 - i, '/', true
		case '&', '?', '=', ';':
			// Shell: an unquoted URL with its & and ? escaped.
			return j + 1 - i, c[j], true
		case 'u', 'U':
			if j+5 <= end && c[j+1] == '0' && c[j+2] == '0' && isHex(c[j+3]) && isHex(c[j+4]) {
				if b := unhex(c[j+3])<<4 | unhex(c[j+4]); urlPunct(b) {
					return j + 5 - i, b, true
				}
			}
		case 'x', 'X':
			if j+3 <= end && isHex(c[j+1]) && isHex(c[j+2]) {
				if b := unhex(c[j+1])<<4 | unhex(c[j+2]); urlPunct(b) {
					return j + 3 - i, b, true
				}
			}
		}
	case '^':
		// Windows cmd escapes & as ^& in an unquoted URL.
		if i+1 < end && c[i+1] == '&' {
			return 2, '&', true
		}
	case '&':
		// &amp; possibly repeated (&amp;amp;) when escaped twice.
		j := i + 1
		for hasPrefixAt(c, j, end, "amp;") {
			j += 4
		}
		if j > i+1 {
			return j - i, '&', true
		}
		if j < end && c[j] == '#' {
			k := j + 1
			hex := k < end && (c[k] == 'x' || c[k] == 'X')
			if hex {
				k++
			}
			n, digits := 0, 0
			for k < end && digits < 4 && (hex && isHex(c[k]) || !hex && c[k] >= '0' && c[k] <= '9') {
				if hex {
					n = n*16 + int(unhex(c[k]))
				} else {
					n = n*10 + int(c[k]-'0')
				}
				k++
				digits++
			}
			if digits > 0 && k < end && c[k] == ';' && n < 128 && urlPunct(byte(n)) {
				return k + 1 - i, byte(n), true
			}
		}
	}
	return 0, 0, false
}

// urlPunct is the punctuation that escaping hides inside SAS URLs.
func urlPunct(b byte) bool {
	switch b {
	case '&', '=', '/', '?', ':', '%', '+', ';':
		return true
	}
	return false
}

func hasPrefixAt(c []byte, i, end int, p string) bool {
	if i+len(p) > end {
		return false
	}
	for k := 0; k < len(p); k++ {
		if c[i+k] != p[k] {
			return false
		}
	}
	return true
}

// glueAt returns the length of a string split at content[i] that joins two
// halves of one value, or 0:
//
//	"…" + "…"   '…' . '…'   "…" & "…"   "…" .. "…"   adjacent "…" "…" (Python, C)
//	backslash-newline + indentation (shell, YAML double-quoted, C)
//	newline + indentation between two token characters (YAML plain and
//	folded scalars, Markdown, logs wrapped at a width)
//
// It only fires between characters that can be part of a token, so it never
// merges words that were apart.
func glueAt(c []byte, i, end int) int {
	if i == 0 || !tokenChar(c[i-1]) {
		return 0
	}
	switch b := c[i]; {
	case b == '"' || b == '\'' || b == '`':
		j := i + 1
		j = skipSpace(c, j, end, true)
		if j < end && (c[j] == '+' || c[j] == '.' || c[j] == '&') {
			j++
			if j < end && c[j] == '.' { // Lua's ..
				j++
			}
			j = skipSpace(c, j, end, true)
		}
		// Python f"", r"", b""; C# @"" and $"".
		for k := 0; k < 2 && j < end && (c[j] == 'f' || c[j] == 'F' || c[j] == 'r' || c[j] == 'R' || c[j] == 'b' || c[j] == 'u' || c[j] == '@' || c[j] == '$'); k++ {
			j++
		}
		if j < end && c[j] == b && j+1 < end && tokenChar(c[j+1]) && j > i+0 {
			return j + 1 - i
		}
	case b == '\\':
		j := i + 1
		if j < end && c[j] == '\r' {
			j++
		}
		if j < end && c[j] == '\n' {
			j = skipSpace(c, j+1, end, false)
			if j < end && tokenChar(c[j]) {
				return j - i
			}
		}
	case b == '\r' || b == '\n':
		j := i
		if c[j] == '\r' {
			j++
		}
		if j < end && c[j] == '\n' {
			j = skipSpace(c, j+1, end, false)
			if j < end && tokenChar(c[j]) && lineContinues(c, i, j) {
				return j - i
			}
		}
	}
	return 0
}

// skipSpace skips spaces and tabs, and with lines also newlines and
// backslash-newline continuations.
func skipSpace(c []byte, j, end int, lines bool) int {
	for j < end {
		switch {
		case c[j] == ' ' || c[j] == '\t':
		case lines && (c[j] == '\n' || c[j] == '\r'):
		case lines && c[j] == '\\' && j+1 < end && (c[j+1] == '\n' || c[j+1] == '\r'):
		default:
			return j
		}
		j++
	}
	return j
}

// lineContinues decides whether a bare line break (content[i] is the break,
// content[j] the next line's first character) splits one token, as YAML
// plain and folded scalars, Markdown and wrapped logs do. Only when the token
// is visibly unfinished: the next line starts with & or ?, the line ends
// with & ? or =, or it ends inside a signature shorter than a real one.
// Otherwise two complete lines would merge and spoil both.
func lineContinues(c []byte, i, j int) bool {
	if c[j] == '&' || c[j] == '?' {
		return true
	}
	k := i
	for k > 0 && tokenChar(c[k-1]) {
		k--
	}
	run := c[k:i]
	if len(run) == 0 {
		return false
	}
	switch run[len(run)-1] {
	case '&', '?', '=':
		return true
	}
	for _, m := range []string{"sig=", "sig%3D", "sig%3d", "Key=", "key="} {
		if p := bytes.LastIndex(run, []byte(m)); p >= 0 {
			value := run[p+len(m):]
			if bytes.ContainsAny(value, "&;") {
				return false
			}
			return decodedLen(value) < 44
		}
	}
	// A SAS query whose signature is still to come.
	return bytes.Contains(run, []byte("sv=")) || bytes.Contains(run, []byte("sv%3D"))
}

// decodedLen counts %XX escapes as one byte.
func decodedLen(b []byte) int {
	n := 0
	for i := 0; i < len(b); i++ {
		if b[i] == '%' && i+2 < len(b) && isHex(b[i+1]) && isHex(b[i+2]) {
			i += 2
		}
		n++
	}
	return n
}

// tokenChar reports whether b can appear in a SAS URL, query or connection
// string as people paste them (percent-encoded or raw base64 included).
// Quotes, spaces, brackets and backslashes end a token.
func tokenChar(b byte) bool {
	return tokenChars[b]
}

var tokenChars = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = true
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for _, c := range "-._~%+/=&?:,;@!$*#" {
		t[c] = true
	}
	return t
}()
