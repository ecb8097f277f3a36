package fix

import (
	"bytes"
	"github.com/sasguard/sasguard/rules"
	"strings"
)

// This file finds the string literal (or comment) a token sits in, so the
// environment fix can replace the whole literal and leave code that compiles.
// It is a small lexer, not a parser: it knows each language's quotes, string
// prefixes, escapes and comments, which is all it takes to find a literal's
// bounds. It lexes the token's line first and falls back to the whole prefix
// of the file only when the line alone cannot tell (the token looks bare in
// code: a literal or comment opened on an earlier line), so the usual cost
// is one line per finding.

// escapeStyle says how a literal keeps its closing quote from closing it.
type escapeStyle int

const (
	escBackslash  escapeStyle = iota // \" (C, Go, Python, JS, Java, JSON, sh "…")
	escNone                          // nothing escapes: Go `…`, sh '…', C# """…"""
	escDoubled                       // "" or '' (C# @"…", PowerShell '…', YAML '…')
	escPowerShell                    // `" or "" (PowerShell "…")
)

// literal is a string literal in the content.
type literal struct {
	start, end   int    // the literal as written, prefix and quotes included: [start, end)
	open         []byte // the opening delimiter as written, prefix included (r", @", f"""): a slice of the content
	close        string // the closing delimiter
	quote        byte   // the quote character: ' " or `
	esc          escapeStyle
	multiline    bool // may span lines
	interp       bool // f"…", $"…", `…${}`: holds code
	bytesLit     bool // Python b"…": not a str
	unsplittable bool // Java text blocks, C# raw strings, here-strings: cannot be cut in two and stay valid
}

// contentStart and contentEnd bound the literal's value as written.
func (l literal) contentStart() int { return l.start + len(l.open) }
func (l literal) contentEnd() int   { return l.end - len(l.close) }

type position int

const (
	posCode position = iota
	posComment
	posLiteral
	posUnknown // the language has no lexer here (Markdown, plain text)
)

// lexSpec is what the lexer needs to know about a language.
type lexSpec struct {
	lineComments  []string
	hashAtWord    bool // # starts a comment only at the start of a word (sh, YAML, PowerShell, Dockerfile)
	blockComments [][2]string
	opener        func(content []byte, i int) (literal, bool)
	// stops are the bytes the lexer must look at in code: quotes and the
	// first bytes of comment markers. Everything else is skipped at
	// IndexAny speed.
	stops string
	// prefixes are the letters that may precede a quote and belong to the
	// literal (Python r/b/f, C# $/@, PowerShell @), at most maxPrefix.
	prefixes  string
	maxPrefix int
	// fullLex says the language has literals or comments spanning lines
	// that the token's own line cannot reveal.
	fullLex bool
}

func lexSpecFor(lang rules.Language) (lexSpec, bool) {
	c := [][2]string{{"/*", "*/"}}
	switch lang {
	case rules.LangPython:
		return lexSpec{lineComments: []string{"#"}, opener: pythonOpener, stops: "\"'#", prefixes: "rRbBuUfFtT", maxPrefix: 2, fullLex: true}, true
	case rules.LangJavaScript, rules.LangTypeScript:
		return lexSpec{lineComments: []string{"//"}, blockComments: c, opener: jsOpener, stops: "\"'`/", fullLex: true}, true
	case rules.LangGo:
		return lexSpec{lineComments: []string{"//"}, blockComments: c, opener: goOpener, stops: "\"'`/", fullLex: true}, true
	case rules.LangCSharp:
		return lexSpec{lineComments: []string{"//"}, blockComments: c, opener: csharpOpener, stops: "\"'/", prefixes: "$@", maxPrefix: 2, fullLex: true}, true
	case rules.LangJava:
		return lexSpec{lineComments: []string{"//"}, blockComments: c, opener: javaOpener, stops: "\"'/", fullLex: true}, true
	case rules.LangShell, rules.LangDockerfile:
		return lexSpec{lineComments: []string{"#"}, hashAtWord: true, opener: shellOpener, stops: "\"'#"}, true
	case rules.LangPowerShell:
		return lexSpec{lineComments: []string{"#"}, hashAtWord: true, blockComments: [][2]string{{"<#", "#>"}}, opener: powershellOpener, stops: "\"'#<", prefixes: "@", maxPrefix: 1}, true
	case rules.LangYAML:
		return lexSpec{lineComments: []string{"#"}, hashAtWord: true, opener: yamlOpener, stops: "\"'#"}, true
	case rules.LangTerraform, rules.LangTFVars:
		return lexSpec{lineComments: []string{"#", "//"}, blockComments: c, opener: hclOpener, stops: "\"#/"}, true
	case rules.LangJSON:
		return lexSpec{opener: jsonOpener, stops: "\""}, true
	}
	return lexSpec{}, false
}

// locate says whether [tokStart, tokEnd) is in code, a comment or a string
// literal, and which literal.
func locate(lang rules.Language, content []byte, tokStart, tokEnd int) (position, literal) {
	spec, ok := lexSpecFor(lang)
	if !ok {
		return posUnknown, literal{}
	}
	from := lineStart(content, tokStart)
	pos, lit := spec.lex(content, from, tokStart, tokEnd)
	if pos != posCode || !spec.fullLex || from == 0 {
		return pos, lit
	}
	// A token bare in code is not valid code: the line must be inside a
	// literal or block comment opened on an earlier line. Read from the top
	// to find which. This is the rare path; tokens sit in literals or
	// comments, which the line alone reveals.
	return spec.lex(content, 0, tokStart, tokEnd)
}

// lex scans content[from:tokStart] and reports where tokStart falls. For a
// literal, it also finds the literal's end after tokEnd.
func (s lexSpec) lex(content []byte, from, tokStart, tokEnd int) (position, literal) {
	i := from
	for i < tokStart {
		j := bytes.IndexAny(content[i:tokStart], s.stops)
		if j < 0 {
			break
		}
		i += j
		if s.isLineComment(content, i) {
			nl := bytes.IndexByte(content[i:], '\n')
			if nl < 0 || i+nl >= tokStart {
				return posComment, literal{}
			}
			i += nl + 1
			continue
		}
		if end, ok := s.blockComment(content, i); ok {
			if end < 0 || end > tokStart {
				return posComment, literal{}
			}
			i = end
			continue
		}
		if lit, ok := s.openAt(content, i); ok {
			end := lit.scanClose(content, lit.start+len(lit.open))
			if end >= 0 && end <= tokStart {
				i = end
				continue
			}
			if end < 0 && !lit.multiline {
				// Unterminated on its line: not a literal after all (an
				// apostrophe in prose, a stray quote). Step over the quote.
				i = lit.start + len(lit.open)
				continue
			}
			// The token starts inside this literal: it must also end inside.
			if end < 0 || end-len(lit.close) < tokEnd {
				return posCode, literal{}
			}
			lit.end = end
			return posLiteral, lit
		}
		i++
	}
	return posCode, literal{}
}

// openAt recognises a literal whose quote is at q, taking in the prefix
// letters before it (r"…", @"…", $@"…") when the language has them.
func (s lexSpec) openAt(content []byte, q int) (literal, bool) {
	if c := content[q]; c != '"' && c != '\'' && c != '`' {
		return literal{}, false
	}
	k := q
	for k > 0 && q-k < s.maxPrefix && strings.IndexByte(s.prefixes, content[k-1]) >= 0 {
		k--
	}
	for ; k <= q; k++ {
		if lit, ok := s.opener(content, k); ok {
			return lit, true
		}
	}
	return literal{}, false
}

func (s lexSpec) isLineComment(content []byte, i int) bool {
	for _, m := range s.lineComments {
		if !bytes.HasPrefix(content[i:], []byte(m)) {
			continue
		}
		if m == "#" && s.hashAtWord && i > 0 && !isSpace(content[i-1]) {
			continue
		}
		return true
	}
	return false
}

// blockComment reports a block comment opening at i and the offset after
// its end (-1 when it never closes).
func (s lexSpec) blockComment(content []byte, i int) (int, bool) {
	for _, bc := range s.blockComments {
		if bytes.HasPrefix(content[i:], []byte(bc[0])) {
			j := bytes.Index(content[i+len(bc[0]):], []byte(bc[1]))
			if j < 0 {
				return -1, true
			}
			return i + len(bc[0]) + j + len(bc[1]), true
		}
	}
	return 0, false
}

// scanClose returns the offset just after the literal's closing delimiter,
// scanning from the first byte of its value, or -1 when it does not close
// (on its line, for single-line literals).
func (l literal) scanClose(content []byte, i int) int {
	c0 := l.close[0]
	doubled := len(l.close) == 1 && (l.esc == escDoubled || l.esc == escPowerShell)
	for ; i < len(content); i++ {
		c := content[i]
		switch {
		case c == '\n' && !l.multiline:
			return -1
		case c == '\\' && l.esc == escBackslash, c == '`' && l.esc == escPowerShell:
			i++ // skip the escaped byte
		case doubled && c == l.quote && i+1 < len(content) && content[i+1] == l.quote:
			i++ // "" or '' stands for one quote
		case c == c0 && bytes.HasPrefix(content[i:], []byte(l.close)):
			return i + len(l.close)
		}
	}
	return -1
}

func lineStart(content []byte, i int) int {
	return bytes.LastIndexByte(content[:i], '\n') + 1
}

func lineEnd(content []byte, i int) int {
	if j := bytes.IndexByte(content[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(content)
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func isIdent(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

func at(content []byte, i int, s string) bool { return bytes.HasPrefix(content[i:], []byte(s)) }

// simple builds a literal opening at i with the given delimiters.
func simple(content []byte, i, openLen int, close string, quote byte, esc escapeStyle, multiline bool) literal {
	return literal{start: i, open: content[i : i+openLen], close: close, quote: quote, esc: esc, multiline: multiline}
}

// quoteString is q as a string without allocating.
func quoteString(q byte) string {
	switch q {
	case '"':
		return `"`
	case '\'':
		return `'`
	case '`':
		return "`"
	}
	return string(q)
}

func pythonOpener(content []byte, i int) (literal, bool) {
	if i > 0 && isIdent(content[i-1]) {
		return literal{}, false
	}
	j := i
	for j < len(content) && j-i < 3 && bytes.IndexByte([]byte("rRbBuUfFtT"), content[j]) >= 0 {
		j++
	}
	if j >= len(content) || content[j] != '"' && content[j] != '\'' {
		return literal{}, false
	}
	prefix := bytes.ToLower(content[i:j])
	q := content[j]
	lit := literal{start: i, quote: q, esc: escBackslash}
	if at(content, j, string([]byte{q, q, q})) {
		lit.open, lit.close, lit.multiline = content[i:j+3], `"""`, true
		if q == '\'' {
			lit.close = `'''`
		}
	} else {
		lit.open, lit.close = content[i:j+1], quoteString(q)
	}
	lit.interp = bytes.ContainsAny(prefix, "ft")
	lit.bytesLit = bytes.IndexByte(prefix, 'b') >= 0
	return lit, true
}

func jsOpener(content []byte, i int) (literal, bool) {
	switch content[i] {
	case '"', '\'':
		return simple(content, i, 1, quoteString(content[i]), content[i], escBackslash, false), true
	case '`':
		l := simple(content, i, 1, "`", '`', escBackslash, true)
		l.interp = true
		return l, true
	}
	return literal{}, false
}

func goOpener(content []byte, i int) (literal, bool) {
	switch content[i] {
	case '"', '\'':
		return simple(content, i, 1, quoteString(content[i]), content[i], escBackslash, false), true
	case '`':
		return simple(content, i, 1, "`", '`', escNone, true), true
	}
	return literal{}, false
}

func csharpOpener(content []byte, i int) (literal, bool) {
	if i > 0 && isIdent(content[i-1]) {
		return literal{}, false
	}
	j := i
	for j < len(content) && (content[j] == '$' || content[j] == '@') && j-i < 2 {
		j++
	}
	if j >= len(content) || content[j] != '"' && content[j] != '\'' {
		return literal{}, false
	}
	prefix := string(content[i:j])
	if content[j] == '\'' {
		if prefix != "" {
			return literal{}, false
		}
		return simple(content, i, 1, "'", '\'', escBackslash, false), true
	}
	if at(content, j, `"""`) {
		// Raw string literal (C# 11): as many quotes close it as opened it.
		k := j
		for k < len(content) && content[k] == '"' {
			k++
		}
		l := simple(content, i, k-i, string(content[j:k]), '"', escNone, true)
		l.interp, l.unsplittable = prefix != "", true
		return l, true
	}
	l := simple(content, i, len(prefix)+1, `"`, '"', escBackslash, false)
	if bytes.IndexByte([]byte(prefix), '@') >= 0 {
		l.esc, l.multiline = escDoubled, true
	}
	l.interp = bytes.IndexByte([]byte(prefix), '$') >= 0
	return l, true
}

func javaOpener(content []byte, i int) (literal, bool) {
	switch {
	case at(content, i, `"""`):
		l := simple(content, i, 3, `"""`, '"', escBackslash, true)
		l.unsplittable = true
		return l, true
	case content[i] == '"' || content[i] == '\'':
		return simple(content, i, 1, quoteString(content[i]), content[i], escBackslash, false), true
	}
	return literal{}, false
}

func shellOpener(content []byte, i int) (literal, bool) {
	if i > 0 && content[i-1] == '\\' {
		return literal{}, false
	}
	switch content[i] {
	case '"':
		return simple(content, i, 1, `"`, '"', escBackslash, true), true
	case '\'':
		return simple(content, i, 1, `'`, '\'', escNone, true), true
	}
	return literal{}, false
}

func powershellOpener(content []byte, i int) (literal, bool) {
	if i > 0 && content[i-1] == '`' {
		return literal{}, false
	}
	switch {
	case at(content, i, "@\"\n"), at(content, i, "@\"\r\n"):
		l := simple(content, i, 2, "\n\"@", '"', escPowerShell, true)
		l.interp, l.unsplittable = true, true
		return l, true
	case at(content, i, "@'\n"), at(content, i, "@'\r\n"):
		l := simple(content, i, 2, "\n'@", '\'', escNone, true)
		l.unsplittable = true
		return l, true
	case content[i] == '"':
		l := simple(content, i, 1, `"`, '"', escPowerShell, true)
		l.interp = true
		return l, true
	case content[i] == '\'':
		return simple(content, i, 1, `'`, '\'', escDoubled, true), true
	}
	return literal{}, false
}

// yamlOpener accepts a quote only where YAML starts a quoted scalar: after
// indentation, "key: ", "- ", or inside a flow collection. Elsewhere a quote
// is part of a plain scalar.
func yamlOpener(content []byte, i int) (literal, bool) {
	if content[i] != '"' && content[i] != '\'' {
		return literal{}, false
	}
	k := i - 1
	for k >= 0 && (content[k] == ' ' || content[k] == '\t') {
		k--
	}
	if k >= 0 && content[k] != '\n' {
		switch content[k] {
		case '[', '{', ',':
		case ':', '-', '?':
			if k == i-1 {
				return literal{}, false // "a:'b'" is one plain scalar
			}
		default:
			return literal{}, false
		}
	}
	if content[i] == '"' {
		return simple(content, i, 1, `"`, '"', escBackslash, true), true
	}
	return simple(content, i, 1, `'`, '\'', escDoubled, true), true
}

func hclOpener(content []byte, i int) (literal, bool) {
	if content[i] == '"' {
		l := simple(content, i, 1, `"`, '"', escBackslash, false)
		l.interp = true
		return l, true
	}
	return literal{}, false
}

func jsonOpener(content []byte, i int) (literal, bool) {
	if content[i] == '"' {
		return simple(content, i, 1, `"`, '"', escBackslash, false), true
	}
	return literal{}, false
}
