package rules

// A SAS written as a format string whose values come from the call's
// arguments: String.format("…?sv=%s&sp=%s&sig=%s", "2022-11-02", "r", "…")
// in Java, sprintf/fmt.Sprintf in C and Go, "…" % (…) in Python,
// string.Format("…sv={0}&sig={1}", …) in C#. The placeholders are matched
// to the arguments in order (or by index), and the literal arguments give
// the fields their values.

import (
	"bytes"
	"net/url"
	"strconv"
	"strings"
)

// formatPlaceholderAt reports whether c[i:] starts with a format
// placeholder (%s, %v, %1$s, {}, {0}) and returns its length and explicit
// index (-1 when the placeholder takes the next argument).
func formatPlaceholderAt(c []byte, i int) (n, index int) {
	if i+1 >= len(c) {
		return 0, -1
	}
	switch c[i] {
	case '%':
		j := i + 1
		for j < len(c) && j-i < 4 && '0' <= c[j] && c[j] <= '9' {
			j++
		}
		if j > i+1 && j+1 < len(c) && c[j] == '$' && (c[j+1] == 's' || c[j+1] == 'v') {
			k, _ := strconv.Atoi(string(c[i+1 : j]))
			return j + 2 - i, k - 1
		}
		if c[i+1] == 's' || c[i+1] == 'v' {
			return 2, -1
		}
		if c[i+1] == '[' { // Go's explicit index: %[2]s
			k := i + 2
			for k < len(c) && k-i < 5 && '0' <= c[k] && c[k] <= '9' {
				k++
			}
			if k > i+2 && k+1 < len(c) && c[k] == ']' && (c[k+1] == 's' || c[k+1] == 'v') {
				n, _ := strconv.Atoi(string(c[i+2 : k]))
				return k + 2 - i, n - 1
			}
		}
	case '{':
		j := i + 1
		for j < len(c) && j-i < 3 && '0' <= c[j] && c[j] <= '9' {
			j++
		}
		if j < len(c) && c[j] == '}' {
			if j == i+1 {
				return 2, -1
			}
			k, _ := strconv.Atoi(string(c[i+1 : j]))
			return j + 1 - i, k
		}
	}
	return 0, -1
}

// formatSigHit reports whether the "sig" at h takes its value from a
// format placeholder: sig=%s, sig={0}.
func formatSigHit(c []byte, h int) bool {
	if h+4 >= len(c) || c[h+3] != '=' {
		return false
	}
	if n, _ := formatPlaceholderAt(c, h+4); n > 0 {
		return true
	}
	// Rust's named placeholder, sig={sig}: its argument is named below.
	if c[h+4] != '{' {
		return false
	}
	e := identEnd(c, h+5, min(len(c), h+40))
	return e > h+5 && e < len(c) && c[e] == '}'
}

// formatLiteral returns the quotes [qs, qe] of the format literal on one
// line around view position vi.
func formatLiteral(t []byte, vi int) (qs, qe int, ok bool) {
	ls := lineStart(t, vi)
	qs = -1
	for i := vi - 1; i >= ls; i-- {
		if isQuote(t[i]) {
			qs = i
			break
		}
	}
	if qs < 0 {
		return 0, 0, false
	}
	q := t[qs]
	qe = vi
	for qe < len(t) && t[qe] != q && t[qe] != '\n' {
		qe++
	}
	return qs, qe, qe < len(t) && t[qe] == q
}

// readFormatArgs reads the SAS whose "sig=%s" is at view position vi: the
// format literal around it, then the call's arguments after it. A "key" at
// vi is a connection string's key (readFormatKey).
func readFormatArgs(v *view, vi int) (secretToken, bool) {
	t := v.text
	if t[vi]|0x20 == 'k' {
		return readFormatKey(v, vi)
	}
	qs, qe, ok := formatLiteral(t, vi)
	if !ok {
		return secretToken{}, false
	}
	args := formatArgs(t, qe+1)
	if args == nil {
		args = namedFormatArgs(t, qs, qe+1)
	}
	if args == nil {
		return secretToken{}, false
	}
	// The fields, in the order written, with each placeholder's argument.
	lit := t[qs+1 : qe]
	var fields []string
	var sigSpan Span
	last := qe + 1
	next := 0
	for _, part := range splitQueryFields(lit) {
		eq := strings.IndexByte(part.text, '=')
		if eq < 0 {
			next += countPlaceholders(part.text)
			continue
		}
		name := strings.ToLower(part.text[:eq])
		if k := strings.LastIndexAny(name, "?/"); k >= 0 {
			next += countPlaceholders(name[:k])
			name = name[k+1:]
		}
		value := part.text[eq+1:]
		n, idx := formatPlaceholderAt([]byte(value), 0)
		if n == 0 && len(value) > 2 && value[0] == '{' && value[len(value)-1] == '}' {
			// Rust's named placeholder: {sig}, the argument sig = ….
			for k, a := range args {
				if a.name != "" && a.name == value[1:len(value)-1] {
					n, idx = len(value), k
				}
			}
		}
		if n > 0 && n == len(value) {
			if idx < 0 {
				idx = next
				next++
			}
			if idx >= len(args) || args[idx].vs < 0 {
				if name == "sig" {
					return secretToken{}, false // the signature is not written here
				}
				continue
			}
			a := args[idx]
			value = string(t[a.vs:a.ve])
			if name == "sig" {
				sigSpan = Span{a.vs, a.ve}
			}
			last = max(last, a.ve+1)
		} else if name == "sig" {
			return secretToken{}, false
		}
		if sasParamNames[name] {
			fields = append(fields, name+"="+url.QueryEscape(percentDecode(value)))
		}
	}
	if sigSpan.End == 0 {
		return secretToken{}, false
	}
	first := qs
	for _, a := range args {
		if a.vs >= 0 && a.vs < first {
			first = lineStart(t, a.vs) // a constant defined above: the finding starts there
		}
	}
	return queryToken(v, t, fields, Span{first, last}, sigSpan, qs)
}

// namedFormatArgs reads the arguments of the format call that uses the
// literal [qs, qe) by the name it is assigned to, a few lines down:
// TEMPLATE = "…&sig=%s"; then String.format(TEMPLATE, "…", …).
func namedFormatArgs(t []byte, qs, qe int) []formatArg {
	e := qs
	for e > 0 && (t[e-1] == ' ' || t[e-1] == '\t' || t[e-1] == '\n' || t[e-1] == '\r') {
		e--
	}
	if e == 0 || t[e-1] != '=' {
		return nil
	}
	e = skipSpaceBack(t, e-1)
	n := e
	for n > 0 && e-n < 64 && isWordByte(t[n-1]) {
		n--
	}
	if n == e {
		return nil
	}
	name := t[n:e]
	for from := qe; from < len(t); {
		i := bytes.Index(t[from:], name)
		if i < 0 {
			return nil
		}
		at := from + i
		from = at + len(name)
		if isWordByte(t[at-1]) || from < len(t) && isWordByte(t[from]) {
			continue
		}
		if b := skipSpaceBack(t, at); b == 0 || t[b-1] != '(' {
			continue // the name used, but not as a call's first argument
		}
		if j := skipSpace(t, from, len(t), true); j < len(t) && t[j] == ',' {
			return callArgs(t, j)
		}
	}
	return nil
}

// identEnd returns where the identifier at t[j:] ends (j when none starts there).
func identEnd(t []byte, j, end int) int {
	if j >= end || !identStart(t[j]) {
		return j
	}
	k := j
	for k < end && isWordByte(t[k]) {
		k++
	}
	return k
}

// rustPathCall returns where the argument of a call through a Rust path
// (urlencoding::encode(…)) starts, or j.
func rustPathCall(t []byte, j, end int) int {
	k := j
	for k < end && k-j < 64 && (isWordByte(t[k]) || t[k] == ':') {
		k++
	}
	if k > j && k < end && t[k] == '(' && bytes.Contains(t[j:k], []byte("::")) {
		return skipSpace(t, k+1, end, true)
	}
	return j
}

// formatKeyHit reports whether the "key" at h is a connection string's
// (AccountKey, SharedAccessKey) taking its value from a format
// placeholder: string.Format("…;SharedAccessKey={2}", ns, name, "…").
func formatKeyHit(c []byte, h int) bool {
	if h+4 >= len(c) || c[h+3] != '=' {
		return false
	}
	if n, _ := formatPlaceholderAt(c, h+4); n == 0 {
		return false
	}
	return h >= 7 && equalFold(c[h-7:h], "account") || h >= 12 && equalFold(c[h-12:h], "sharedaccess")
}

// readFormatKey reads the key of a connection string written as a format
// literal, whose "key" is at view position vi: the placeholders take the
// call's literal arguments, and the fields the connection string then
// holds give the facts.
func readFormatKey(v *view, vi int) (secretToken, bool) {
	t := v.text
	qs, qe, ok := formatLiteral(t, vi)
	if !ok {
		return secretToken{}, false
	}
	args := formatArgs(t, qe+1)
	if args == nil {
		args = namedFormatArgs(t, qs, qe+1)
	}
	if args == nil {
		return secretToken{}, false
	}
	var conn strings.Builder
	keyArg := -1
	next := 0
	for i := qs + 1; i < qe; i++ {
		n, idx := formatPlaceholderAt(t, i)
		if n == 0 || i+n > qe {
			conn.WriteByte(t[i])
			continue
		}
		if idx < 0 {
			idx = next
			next++
		}
		if i == vi+4 {
			keyArg = idx
		}
		if idx < len(args) && args[idx].vs >= 0 {
			conn.Write(t[args[idx].vs:args[idx].ve])
		}
		i += n - 1
	}
	if keyArg < 0 || keyArg >= len(args) || args[keyArg].vs < 0 {
		return secretToken{}, false // the key is not written here
	}
	a := args[keyArg]
	ns := vi - len("SharedAccess")
	isAccountKey := vi >= 7 && equalFold(t[vi-7:vi], "account")
	if isAccountKey {
		ns = vi - len("Account")
	}
	tok, ok := connKeyToken(connFields(conn.String()), string(t[a.vs:a.ve]), isAccountKey)
	if !ok {
		return secretToken{}, false
	}
	tok.secret, tok.span = v.span(a.vs, a.ve), v.span(qs+1, a.ve)
	tok.redacted = string(t[ns:vi+3]) + "=" + maskSecret(tok.secretText)
	return tok, true
}

// queryField is one '&'-separated part of a format literal.
type queryField struct{ text string }

func splitQueryFields(lit []byte) []queryField {
	var out []queryField
	for _, p := range strings.Split(string(lit), "&") {
		out = append(out, queryField{p})
	}
	return out
}

// countPlaceholders counts the placeholders in s that take an argument.
func countPlaceholders(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if m, idx := formatPlaceholderAt([]byte(s), i); m > 0 {
			if idx < 0 {
				n++
			}
			i += m - 1
		}
	}
	return n
}

// formatArg is one argument of a format call: the content of a string
// literal [vs, ve), or vs = -1 for any other expression.
type formatArg struct {
	vs, ve int
	name   string // a named argument's name: format!("…{sig}", sig = …)
}

// resolveConstant returns the literal the constant name is defined with
// above before (SAS_SIG: &str = "…", SIG = '…', final String SIG = "…"),
// or {-1, -1}: format!("…sig={5}", …, SAS_SIG) writes the signature there.
func resolveConstant(t, name []byte, before int) formatArg {
	for e := before; e > 0; {
		i := bytes.LastIndex(t[:e], name)
		if i < 0 {
			break
		}
		e = i
		ne := i + len(name)
		if i > 0 && isWordByte(t[i-1]) || ne < len(t) && isWordByte(t[ne]) {
			continue
		}
		vs, ve, ok := fieldValue(t, ne, false)
		if ok && vs > 0 && isQuote(t[vs-1]) && ve < len(t) && t[ve] == t[vs-1] && bytes.IndexByte(t[ne:vs], '=') >= 0 {
			return formatArg{vs: vs, ve: ve}
		}
	}
	return formatArg{vs: -1, ve: -1}
}

// formatArgs reads the arguments after a format literal ending at j (its
// closing quote's next byte): ", a, "b", …)", Python's "% (a, "b")" or
// ".format(a, "b")". It returns nil when none follow.
func formatArgs(t []byte, j int) []formatArg {
	j = skipSpace(t, j, len(t), true)
	switch {
	case j < len(t) && t[j] == ',':
	case hasPrefixAt(t, j, len(t), "-f ") || hasPrefixAt(t, j, len(t), "-F "):
		j++ // PowerShell's "…{0}…" -f a, 'b': callArgs steps past the 'f'
	case hasPrefixAt(t, j, len(t), ".format("):
		j += len(".format") // Python's and Kotlin's "…{0}…".format(a, b)
	case j < len(t) && t[j] == '%':
		j = skipSpace(t, j+1, len(t), true)
		if j >= len(t) || t[j] != '(' {
			return nil
		}
	default:
		return nil
	}
	return callArgs(t, j)
}

// callArgs reads the arguments of a call whose '(' (or the ',' before its
// next argument) is at j.
func callArgs(t []byte, j int) []formatArg {
	var args []formatArg
	end := min(len(t), j+2048)
	for j < end && len(args) < 24 {
		j = skipSpace(t, j+1, end, true) // past ',' or '('
		a := formatArg{vs: -1, ve: -1}
		name := ""
		if k := identEnd(t, j, end); k > j {
			if m := skipSpace(t, k, end, false); m+1 < end && t[m] == '=' && t[m+1] != '=' {
				name, j = string(t[j:k]), skipSpace(t, m+1, end, true) // Rust's named argument: sig = …
			}
		}
		lq := j
		if k := wrapperCall(t, j, end); k > j && k < end && isQuote(t[k]) {
			lq = k // an encoder's call around a literal: url.QueryEscape("…")
		}
		if lq < end && isQuote(t[lq]) {
			q := t[lq]
			k := lq + 1
			for k < end && t[k] != q && t[k] != '\n' {
				k++
			}
			if k < end && t[k] == q {
				a = formatArg{vs: lq + 1, ve: k}
			}
		}
		if a.vs < 0 {
			// A constant's name: its literal is read where it is defined,
			// inside an encoder's call too (urlencoding::encode(SIG)).
			c := j
			if k := wrapperCall(t, j, end); k > j {
				c = k
			} else if k := rustPathCall(t, j, end); k > j {
				c = k
			}
			k := identEnd(t, c, end)
			if n := skipSpace(t, k, end, true); k > c && n < end && (t[n] == ',' || t[n] == ')') {
				a = resolveConstant(t, t[c:k], j)
			}
		}
		a.name = name
		args = append(args, a)
		// To the next ',' or the closing ')' at this depth.
		depth := 0
		var quote byte
		for ; j < end; j++ {
			b := t[j]
			switch {
			case quote != 0:
				if b == quote {
					quote = 0
				}
			case isQuote(b):
				quote = b
			case b == '(' || b == '[' || b == '{':
				depth++
			case b == ')' || b == ']' || b == '}':
				if depth == 0 {
					return args
				}
				depth--
			case b == ',' && depth == 0:
			}
			if b == ',' && depth == 0 && quote == 0 {
				break
			}
		}
		if j >= end {
			break
		}
	}
	return args
}
