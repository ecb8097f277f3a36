package rules

// Stage 2: decode views. A candidate's token may be written escaped (JSON,
// HTML, shell), percent-encoded inside another URL, split across string
// literals or lines, or quoted-printable in an e-mail. views yields the
// readings of the text around a hit, cheapest first; stage 3 stops at the
// first one it can assemble a token from.

import (
	"bytes"
	"encoding/base64"
	"iter"
	"strings"
)

// reachLines is how many lines either side of its marker a form's token may
// span before any joining: one parameter per line for SAS parameters written
// as data, a named key's value on the next line; 0 for a token on its line.
var reachLines = [...]int{
	formSAS:        0,
	formQueryMap:   64,
	formConnKey:    0,
	formKeysList:   0,
	formNamedKey:   4, // a value on the next line, or split over a few literals
	formQueryPairs: 64,
	formAMQP:       0,
	formKeyValue:   0,
	formFieldSet:   24,

	formIdentifiable:  0,
	formCosmosClient:  6, // a key split over lines after it: concat!(\n "…",\n "…",\n "…")
	formBase64Call:    0,
	formFormatArgs:    24, // the arguments on the lines after the format, one per line
	formKeyNearby:     keyNearbyLines,
	formKeyCredential: 4, // the arguments on the next lines
	formPolicyGroup:   policyGroupLines,
	formTableRow:      tableRowsReach + 2, // the header above the row
	formHadoopRef:     24,                 // the variable defined above
}

// views yields each reading of the content around h with h's position in
// it, cheapest first: the marker's line as written (escapes undone), then
// percent-decoded once (a whole URL encoded into another URL), and only
// when the token touches a line end or a quote, a few lines with string
// splits joined. Logs full of "sig=REDACTED" stay cheap this way. A form
// that spans lines gets one reading of its window.
func views(content []byte, h hit) iter.Seq2[*view, int] {
	return func(yield func(*view, int) bool) {
		if lines := reachLines[h.form]; lines > 0 {
			ws, we := window(content, h.pos, lines)
			if !try(newView(content, ws, we, viewMode{}), h.pos, yield) {
				return
			}
			if h.form == formFieldSet {
				// A field name split across literals ("si" + "g=…"), or a
				// value kept in pieces ($sig = -join @('…' '…')).
				try(newView(content, ws, we, viewMode{join: true, strictJoin: true}), h.pos, yield)
			}
			return
		}
		ls, le := window(content, h.pos, 0)
		v := newView(content, ls, le, viewMode{})
		vi := v.index(h.pos)
		if vi < 0 || !yield(v, vi) {
			return
		}
		bs, be := blobBounds(v.text, vi)
		if bytes.IndexByte(v.text[bs:be], '%') >= 0 {
			if !try(newView(content, ls, le, viewMode{percent: true}), h.pos, yield) {
				return
			}
		}
		qpEnd := le
		if le > ls && content[le-1] == '=' || le > ls+1 && content[le-1] == '\r' && content[le-2] == '=' {
			qpEnd = lineEnd(content, min(len(content), le+1)) // a soft line break: the line goes on
		}
		qp := bytes.Contains(content[ls:qpEnd], []byte("=3D"))
		if !joinable(v.text, bs, be) && !qp {
			return
		}
		ws, we := window(content, h.pos, 16) // .http files put one parameter per line
		modes := []viewMode{{join: true}, {join: true, percent: true}, {join: true, percent: true, joinFirst: true}}
		if qp {
			modes = append(modes, viewMode{qp: true, join: true})
		}
		for _, m := range modes {
			if !try(newView(content, ws, we, m), h.pos, yield) {
				return
			}
		}
	}
}

// try yields v when h's marker survives in it, and reports whether to go on.
func try(v *view, h int, yield func(*view, int) bool) bool {
	vi := v.index(h)
	return vi < 0 || yield(v, vi)
}

// window picks the content around h worth decoding: h's line and up to
// lines more either side (a split URL spans lines), bounded in bytes so a
// 10 MB line stays cheap.
func window(c []byte, h, lines int) (int, int) {
	const reach = 8192 // a SAS with a long unsigned parameter before sig
	ws := h
	for n := 0; ws > 0 && h-ws < reach; {
		ws--
		if c[ws] == '\n' {
			if n++; n > lines {
				ws++
				break
			}
		}
	}
	we := h
	for n := 0; we < len(c) && we-h < reach; we++ {
		if c[we] == '\n' {
			if n++; n > lines {
				break
			}
		}
	}
	return ws, we
}

// joinable reports whether the run t[bs:be] could continue on another line
// or in another string literal: it starts or ends its line, or meets a
// quote or backslash.
func joinable(t []byte, bs, be int) bool {
	if len(bytes.TrimSpace(t[:bs])) == 0 || len(bytes.TrimSpace(t[be:])) == 0 {
		return true
	}
	if t[bs-1] == ' ' && t[bs] == '&' {
		return true // "…&rsct=binary &sig=…": a stray space
	}
	if rest := bytes.TrimSpace(t[be:]); len(rest) == 1 && rest[0] == '|' || bs == 6 && traceOffset(t, 0, len(t)) {
		return true // the line ends a table cell, or starts a curl trace's line
	}
	for _, c := range []byte{t[bs-1], t[be]} {
		if c == '"' || c == '\'' || c == '`' || c == '\\' {
			return true
		}
	}
	return false
}

// decodeBase64 decodes a base64 run found by stage 1, padded or not.
func decodeBase64(run []byte) ([]byte, bool) {
	if bytes.IndexByte(run, '\n') >= 0 { // wrapped over lines, indented
		run = bytes.Map(func(r rune) rune {
			if r == ' ' || r == '\t' || r == '\r' || r == '\n' {
				return -1
			}
			return r
		}, run)
	}
	decoded, err := base64.StdEncoding.DecodeString(string(run))
	if err != nil {
		if decoded, err = base64.RawStdEncoding.DecodeString(string(bytes.TrimRight(run, "="))); err != nil {
			return nil, false
		}
	}
	return decoded, true
}

// viewMode says which readings a view applies beyond undoing escapes.
type viewMode struct {
	join    bool // remove string splits: "…" + "…", adjacent literals, continuations, wrapped lines
	percent bool // undo URL encoding, as deep as it goes (%26 → &, %253D → =)
	qp      bool // undo quoted-printable (=3D → =, soft line breaks), for e-mail
	// joinFirst joins the splits before anything is percent-decoded, for a
	// split that cuts an escape in two ("…%25" \ "252B…").
	joinFirst  bool
	decodeOnly bool // the text is a view already: percent-decode it, nothing else
	// strictJoin joins only splits whose operator says the two literals
	// are one string ("si" + "g=…"), not list items or wrapped lines, so
	// that a list of fields keeps its items apart.
	strictJoin bool
}

// newView builds the view of content[start:end) under mode: escapes are
// always undone; joins, URL encoding of a SAS encoded whole into another URL,
// and e-mail's quoted-printable only when mode asks.
func newView(content []byte, start, end int, mode viewMode) *view {
	if mode.joinFirst {
		j := newView(content, start, end, viewMode{join: true, qp: mode.qp})
		return j.compose(newView(j.text, 0, len(j.text), viewMode{percent: true, decodeOnly: true}))
	}
	v := &view{text: make([]byte, 0, end-start), orig: make([]int, 0, end-start+1), ends: make([]int, 0, end-start)}
	emit := func(b byte, from, to int) {
		v.text = append(v.text, b)
		v.orig = append(v.orig, from)
		v.ends = append(v.ends, to)
	}
	runStart := 0 // where the current run of token characters starts in v.text
	i := start
	for i < end {
		if len(v.text) > 0 && !tokenChar(v.text[len(v.text)-1]) {
			runStart = len(v.text)
		}
		if mode.decodeOnly {
			if n, b, ok := percentAt(content, i, end); ok {
				emit(b, i, i+n)
				i += n
			} else {
				emit(content[i], i, i+1)
				i++
			}
			continue
		}
		if n := zeroWidthAt(content, i, end); n > 0 {
			i += n // invisible, and it would cut a token in two
			continue
		}
		if mode.qp && content[i] == '=' {
			if n := softBreak(content, i, end); n > 0 {
				i += n
				continue
			}
			if i+2 < end && isUpperHex(content[i+1]) && isUpperHex(content[i+2]) {
				emit(unhex(content[i+1])<<4|unhex(content[i+2]), i, i+3)
				i += 3
				continue
			}
		}
		if n, b, ok := unescapeAt(content, i, end); ok {
			emit(b, i, i+n)
			i += n
			continue
		}
		if mode.percent {
			if n, b, ok := percentAt(content, i, end); ok {
				emit(b, i, i+n)
				i += n
				continue
			}
		}
		if mode.join {
			run := v.text[runStart:]
			if mode.strictJoin {
				run = nil // nothing is "visibly unfinished": weak glue never joins
			}
			if n := glueAt(content, i, end, run); n > 0 {
				i += n
				continue
			}
		}
		emit(content[i], i, i+1)
		i++
	}
	v.orig = append(v.orig, end)
	return v
}

// compose maps a view w of v's text back to v's content: w read as a
// reading of that content.
func (v *view) compose(w *view) *view {
	for i := range w.text {
		w.orig[i] = v.orig[w.orig[i]]
		w.ends[i] = v.ends[w.ends[i]-1]
	}
	w.orig[len(w.text)] = v.orig[len(v.text)]
	return w
}

// percentAt decodes a %XX escape of URL punctuation at content[i], all the
// way down when it was encoded more than once (%25 → %, then %3D → =).
func percentAt(c []byte, i, end int) (int, byte, bool) {
	n := 0
	b := byte('%')
	for b == '%' && i+n+2 < end+0 && c[i+n] == '%' && isHex(c[i+n+1]) && isHex(c[i+n+2]) {
		b = unhex(c[i+n+1])<<4 | unhex(c[i+n+2])
		n += 3
		if b == '%' && i+n+1 < end && isHex(c[i+n]) && isHex(c[i+n+1]) {
			// "%25" then two hex digits: one more level, e.g. %253D.
			b = unhex(c[i+n])<<4 | unhex(c[i+n+1])
			n += 2
		}
	}
	if b == ' ' && n > 0 {
		// An encoded space, as in "SharedAccessSignature%20sr=…", reads as
		// '+', its form-encoded twin: still part of the token, and the
		// Service Bus keyword is recognised with either.
		return n, '+', true
	}
	if n == 0 || !(urlPunct(b) || b == ',') {
		return 0, 0, false
	}
	return n, b, true
}

// softBreak returns the length of a quoted-printable soft line break ("="
// at the end of a line) at content[i], or 0.
func softBreak(c []byte, i, end int) int {
	j := i + 1
	if j < end && c[j] == '\r' {
		j++
	}
	if j < end && c[j] == '\n' {
		return j + 1 - i
	}
	return 0
}

// zeroWidthAt returns the length of a zero-width character at c[i] (ZWSP,
// ZWNJ, ZWJ, word joiner, a BOM inside text), which pasting from a web page
// leaves inside URLs, or 0.
func zeroWidthAt(c []byte, i, end int) int {
	if i+3 > end || c[i] != 0xE2 && c[i] != 0xEF {
		return 0
	}
	switch {
	case c[i] == 0xE2 && c[i+1] == 0x80 && c[i+2] >= 0x8B && c[i+2] <= 0x8D,
		c[i] == 0xE2 && c[i+1] == 0x81 && c[i+2] == 0xA0,
		c[i] == 0xEF && c[i+1] == 0xBB && c[i+2] == 0xBF:
		return 3
	}
	return 0
}

// continuationEnds reports whether only spaces separate c[j:] from a line end.
func continuationEnds(c []byte, j, end int) bool {
	for j < end && (c[j] == ' ' || c[j] == '\t') {
		j++
	}
	return j < end && (c[j] == '\n' || c[j] == '\r')
}

func isUpperHex(c byte) bool { return '0' <= c && c <= '9' || 'A' <= c && c <= 'F' }

// unescapeAt decodes one escape at content[i]: JSON and JavaScript \u0026,
// \u003d, \/ and \x26 (with any number of backslashes, as nested JSON
// doubles them), shell \& and \?, cmd ^&, a doubled %% (batch, systemd,
// printf formats), HTML and XML &amp; &#38; &#x26;
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
		case '&', '?', '=', ';', '%', '-':
			// Shell: an unquoted URL with its & and ? escaped; LaTeX \& and
			// \%; Java .properties \=; troff's \- (a man page's hyphen).
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
	case '%':
		// %% is one % in batch files, systemd units and printf-style
		// format strings (Python, Java, Go, C): "se=…T08%%3A00%%3A00Z".
		if i+1 < end && c[i+1] == '%' {
			return 2, '%', true
		}
	case '^', '`':
		// Windows cmd escapes & as ^& in an unquoted URL; PowerShell as `&.
		if i+1 < end && c[i+1] == '&' {
			return 2, '&', true
		}
		// A browser's "Copy as cURL (cmd)" escapes every % too: ^%3A.
		if c[i] == '^' && i+1 < end && c[i+1] == '%' {
			return 2, '%', true
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
// halves of one value, or 0. run is the token so far (in the view):
//
//	"…" + "…"   '…' . '…'   "…" & "…"   "…" .. "…"   adjacent "…" "…" (Python, C)
//	"…&", "…"   '…&' || '…'   x="…&" / x+="…"   (R, Rust, SQL, shell, Python:
//	            only when the token is visibly unfinished)
//	backslash-newline or backtick-newline + indentation (shell, YAML, PowerShell)
//	newline + indentation (YAML plain and folded scalars, Markdown, e-mail
//	wrapped at a width: only when the token is visibly unfinished)
//
// It only fires between characters that can be part of a token, so it never
// merges words that were apart.
func glueAt(c []byte, i, end int, run []byte) int {
	if i == 0 || !tokenChar(c[i-1]) {
		return 0
	}
	switch b := c[i]; {
	case b == '"' || b == '\'' || b == '`':
		j := skipSpace(c, i+1, end, true)
		weak := false // a separator that also separates unrelated strings
		switch {
		case hasPrefixAt(c, j, end, "||"):
			j, weak = j+2, true
		case hasPrefixAt(c, j, end, "..") || hasPrefixAt(c, j, end, "<>") || hasPrefixAt(c, j, end, "++") || hasPrefixAt(c, j, end, "&&"):
			j += 2 // Lua; Elixir, Haskell; Haskell, Erlang, Elm; ABAP
		case j < end && (c[j] == '+' || c[j] == '.' || c[j] == '&' || c[j] == '^'): // OCaml's ^
			j++
		case j < end && (c[j] == ',' || c[j] == '*'): // R, Rust parts; Julia's *
			j, weak = j+1, true
		case hasPrefixAt(c, j, end, "<<"): // C++ streams, Ruby's String#<<
			j += 2
		case j < end && c[j] == '~': // Raku, D
			j++
		case j < end && c[j] == ')':
			// A builder's chain: .append("…")\n .append("…") in Java,
			// .Append in C#, .concat in JavaScript; or one call per
			// statement: sb.Append("…");\n sb.Append("…"), and Kotlin's
			// buildString { append("…")\n append("…") }.
			// The argument may be wrapped in an encoder's call:
			// .Append(Uri.EscapeDataString("…")).Append("…").
			jc := j
			for jc+1 < end && c[jc+1] == ')' && jc-j < 2 {
				jc++
			}
			if k, stmt := appendCall(c, jc, end); k > jc {
				j, weak = wrapperCall(c, k, end), stmt
			}
		default:
			// x+="…" or x="…" on the next line: an identifier, then += or =.
			k := j
			for k < end && (identByte(c[k]) || c[k] == '$') {
				k++
			}
			if k > j && k > i+1 && (c[i+1] == '\n' || c[i+1] == '\r' || j > i+1) {
				k = skipSpace(c, k, end, false)
				if hasPrefixAt(c, k, end, "+=") || hasPrefixAt(c, k, end, "<<") {
					j, weak = k+2, true // x += "…", sb << "…"
				}
			}
		}
		j = skipSpace(c, j, end, true)
		if n := numberPart(c, i, j, end, run); n > 0 {
			return n
		}
		// Python f"", r"", b""; C# @"" and $""; T-SQL N''; C L"" and u8"".
		for k := 0; k < 2 && j < end && strings.IndexByte("fFrRbBuU@$NL8", c[j]) >= 0; k++ {
			j++
		}
		if j < end && c[j] == b && j+1 < end && (tokenChar(c[j+1]) || c[j+1] == '\\') && (!weak || unfinished(run)) {
			return j + 1 - i
		}
	case b == '\\' && i+1 < end && c[i+1] == '"':
		// A notebook's source is a JSON list of lines: Python's implicit
		// concatenation across two of them reads  \"…&\"\n",  "  \"se=…
		j := i + 2
		if hasPrefixAt(c, j, end, `\n`) {
			j += 2
		}
		if j < end && c[j] == '"' {
			j = skipSpace(c, j+1, end, true)
			if j < end && c[j] == ',' {
				j = skipSpace(c, j+1, end, true)
				if j < end && c[j] == '"' {
					j = skipSpace(c, j+1, end, false)
					if hasPrefixAt(c, j, end, `\"`) && j+2 < end && tokenChar(c[j+2]) && unfinished(run) {
						return j + 2 - i
					}
				}
			}
		}
	case b == '\\' || b == '`' || b == '^': // ^: cmd's line continuation
		if n := latexBreak(c, i, end); n > 0 {
			return n
		}
		j := i + 1
		if j < end && c[j] == '\r' {
			j++
		}
		if j < end && c[j] == '\n' {
			j = skipSpace(c, j+1, end, false)
			if b == '\\' && j+1 < end && c[j] == '\\' && tokenChar(c[j+1]) {
				if _, _, esc := unescapeAt(c, j, end); !esc {
					return j + 1 - i // a Haskell string gap: \ newline, indentation, \
				}
			}
			if j < end && (tokenChar(c[j]) || c[j] == '\\') {
				return j - i
			}
		}
	case b == ' ' && i+1 < end && c[i+1] == '&' && unfinished(run):
		return 1 // a stray space before the next parameter, as docs print
	case (b == ' ' || b == '|') && unfinished(run):
		return cellWrap(c, i, end)
	case b == '.':
		return psqlWrap(c, i, end)
	case b == '\r' || b == '\n':
		j := i
		if c[j] == '\r' {
			j++
		}
		if j < end && c[j] == '\n' {
			j0 := j + 1
			j = skipSpace(c, j0, end, false)
			if hasPrefixAt(c, j, end, `\\`) && j+2 < end && tokenChar(c[j+2]) && unfinished(run) {
				return j + 2 - i // Zig's multiline literal: each line starts with \\
			}
			if k := cobolContinuation(c, j0, end); k > 0 {
				return k - i // COBOL: "-" in the indicator column, the literal goes on
			}
			if foldedLine(c, i, j0, end) {
				return j0 + 1 - i // iCalendar, vCard, mail headers: CRLF and one space
			}
			if k := logTimestampEnd(c, j0, end); k > 0 && k < end && tokenChar(c[k]) && unfinished(run) {
				return k - i // a CI log's line: the timestamp, then the token going on
			}
			if traceOffset(c, j, end) && j+6 < end && tokenChar(c[j+6]) && unfinished(run) {
				return j + 6 - i // curl --trace-ascii: "0040: " before each 64 bytes
			}
			if j+1 < end && c[j] == '|' && tokenChar(c[j+1]) && unfinished(run) {
				return j + 1 - i // Scala's stripMargin: each line of the literal starts with |
			}
			if j < end && (tokenChar(c[j]) || c[j] == '\\') && (c[j] == '&' || c[j] == '?' || c[j] == '=' || unfinished(run)) {
				return j - i
			}
		}
	}
	return 0
}

// cellWrap returns the length of a table cell's wrap at c[i], or 0: the
// rest of the line is blank up to the cell's border '|', and the next line
// starts with the same border and blank cells before the token goes on, as
// reStructuredText grid tables and ASCII tables wrap a long value.
//
//	| Contoso | https://…&sp=rl   |
//	|         | &sig=…            |
func cellWrap(c []byte, i, end int) int {
	j := skipSpace(c, i, end, false)
	if j >= end || c[j] != '|' {
		return 0
	}
	j = skipSpace(c, j+1, end, false)
	if j < end && c[j] == '\r' {
		j++
	}
	if j >= end || c[j] != '\n' {
		return 0
	}
	next := j + 1
	j = skipSpace(c, next, end, false)
	cells := 0
	for j < end && c[j] == '|' {
		j = skipSpace(c, j+1, end, false)
		cells++
	}
	if cells == 0 || j >= end || !tokenChar(c[j]) {
		return 0
	}
	// The same column as the cell's text above: not the next row's
	// first cell (Markdown tables have one value per row).
	ls := lineStart(c, i)
	cell := bytes.LastIndexByte(c[ls:i], '|')
	if cell < 0 || skipSpace(c, ls+cell+1, i, false)-ls != j-next {
		return 0
	}
	return j - i
}

// psqlWrap returns the length of psql's wrapped format's wrap at c[i], or
// 0: a '.' ends the cell's line, and the next line holds blank cells, then
// a '.' where the cell's text began above and the value going on.
//
//	2 | storage.key | CyiRS6tU….
//	  |             |.qbY1neRZ…==
func psqlWrap(c []byte, i, end int) int {
	j := skipSpace(c, i+1, end, false)
	if j < end && c[j] == '\r' {
		j++
	}
	if j >= end || c[j] != '\n' {
		return 0
	}
	next := j + 1
	j = skipSpace(c, next, end, false)
	for j < end && c[j] == '|' {
		k := skipSpace(c, j+1, end, false)
		if k < end && c[k] == '.' && k == j+1 {
			j = k
			break
		}
		j = k
	}
	if j+1 >= end || c[j] != '.' || c[j-1] != '|' || !tokenChar(c[j+1]) {
		return 0
	}
	// The '.' stands where the space before the cell's text stood above
	// (or the '.' of a line that was itself a wrap's).
	ls := lineStart(c, i)
	cell := bytes.LastIndexByte(c[ls:i], '|')
	if cell < 0 || ls+cell+1 >= i || c[ls+cell+1] != ' ' && c[ls+cell+1] != '.' || cell+1 != j-next {
		return 0
	}
	return j + 1 - i
}

// cobolContinuation returns where a COBOL literal continued on the line at
// c[j:] goes on, or 0: columns 1-6 a sequence number or blank, a '-' in the
// indicator column 7, then blanks and the quote that resumes the literal.
func cobolContinuation(c []byte, j, end int) int {
	if j+7 >= end || c[j+6] != '-' {
		return 0
	}
	for _, b := range c[j : j+6] {
		if b != ' ' && (b < '0' || b > '9') {
			return 0
		}
	}
	k := skipSpace(c, j+7, end, false)
	if k+1 < end && (c[k] == '\'' || c[k] == '"') && tokenChar(c[k+1]) {
		return k + 1
	}
	return 0
}

// foldedLine reports whether the line break at c[i] (the next line at j0)
// is a fold: iCalendar and vCard (RFC 5545, 6350) and mail headers break a
// long line at 75 octets and go on after exactly one space or tab, which is
// not part of the text. The line must be that long, so that an indented
// line after a short one is not taken for a fold.
func foldedLine(c []byte, i, j0, end int) bool {
	if j0+1 >= end || c[j0] != ' ' && c[j0] != '\t' || c[j0+1] == ' ' || c[j0+1] == '\t' || !tokenChar(c[j0+1]) {
		return false
	}
	n := i - lineStart(c, i)
	return n >= 72 && n <= 78
}

// traceOffset reports whether c[j:] starts with the offset curl's
// --trace-ascii puts before each line of a dump: 4 hex digits and ": ".
func traceOffset(c []byte, j, end int) bool {
	if j+6 > end || c[j+4] != ':' || c[j+5] != ' ' {
		return false
	}
	for _, b := range c[j : j+4] {
		if !isHex(b) {
			return false
		}
	}
	return true
}

// appendCalls are the methods that append a string to a builder.
var appendCalls = []string{"append(", "Append(", "concat(", "Concat(", "write(", "Write("}

// appendCall reads the next append call after the ')' at c[j]: `).append(`
// on the same builder, or, past a ';' or a line break, `sb.Append(` or a
// receiver-less `append(` (Kotlin's buildString). It returns where the next
// call's argument starts, or j when c[j:] is not one; stmt says the call is
// another statement, which joins only an unfinished token.
func appendCall(c []byte, j, end int) (next int, stmt bool) {
	k := skipSpace(c, j+1, end, true)
	if k < end && c[k] == ';' {
		k, stmt = skipSpace(c, k+1, end, true), true
	}
	if k < end && c[k] == '.' {
		k = skipSpace(c, k+1, end, true)
	} else {
		// A receiver: sb.Append(, this.sb.append(; or none at all.
		r := k
		for r < end && r-k < 64 && (identByte(c[r]) || c[r] == '.') {
			r++
		}
		if d := bytes.LastIndexByte(c[k:r], '.'); d >= 0 {
			k = k + d + 1
		} else if k == skipSpace(c, j+1, end, false) && !stmt {
			return j, false // on the same line, no '.' or ';' between: not a chain
		}
		stmt = true
	}
	for _, m := range appendCalls {
		if hasPrefixAt(c, k, end, m) {
			return skipSpace(c, k+len(m), end, true), stmt
		}
	}
	return j, false
}

// wrapperCall steps over the name and parenthesis of a call wrapping a
// builder's argument (Uri.EscapeDataString(, encodeURIComponent(,
// URLEncoder.encode() at c[k], or returns k.
func wrapperCall(c []byte, k, end int) int {
	r := k
	for r < end && r-k < 48 && (identByte(c[r]) || c[r] == '.') {
		r++
	}
	if r > k && r < end && c[r] == '(' {
		return skipSpace(c, r+1, end, true)
	}
	return k
}

// numberPart returns the length of the glue from the closing quote at
// c[i] to a number literal at c[j] that a token's field takes as its value
// ("…&se=" << 1840752000, "…&se=" + 1861920000), or 0. The run must end
// with '=' and an operator must stand between.
func numberPart(c []byte, i, j, end int, run []byte) int {
	if j >= end || c[j] < '0' || c[j] > '9' || len(run) == 0 || run[len(run)-1] != '=' ||
		!bytes.ContainsAny(c[i+1:j], "+<.&") {
		return 0
	}
	k := j
	for k < end && c[k] >= '0' && c[k] <= '9' {
		k++
	}
	if k < end && identByte(c[k]) {
		return 0
	}
	return j - i
}

// latexBreaks are the LaTeX commands that allow a line break inside a
// word and print nothing: a long URL in \texttt{} is broken with them.
var latexBreaks = []string{`\allowbreak`, `\linebreak`, `\-`}

// latexBreak returns the length of a LaTeX break command at c[i] between
// two token characters, with the spaces and one line break after it, or 0.
func latexBreak(c []byte, i, end int) int {
	for _, cmd := range latexBreaks {
		if hasPrefixAt(c, i, end, cmd) {
			j := i + len(cmd)
			if j < end && cmd != `\-` && isWordByte(c[j]) {
				return 0 // a longer command name
			}
			j = skipSpace(c, j, end, false)
			if j < end && c[j] == '\r' {
				j++
			}
			if j < end && c[j] == '\n' {
				j = skipSpace(c, j+1, end, false)
			}
			if j < end && (tokenChar(c[j]) || c[j] == '\\') { // \% goes on
				return j - i
			}
		}
	}
	return 0
}

// skipSpaceBack returns where the spaces and tabs before e start.
func skipSpaceBack(t []byte, e int) int {
	for e > 0 && (t[e-1] == ' ' || t[e-1] == '\t') {
		e--
	}
	return e
}

// skipSpace skips spaces and tabs, and with lines also newlines and
// backslash-newline continuations.
func skipSpace(c []byte, j, end int, lines bool) int {
	for j < end {
		switch {
		case c[j] == ' ' || c[j] == '\t':
		case lines && (c[j] == '\n' || c[j] == '\r'):
		case lines && (c[j] == '\\' || c[j] == '`') && j+1 < end && (c[j+1] == '\n' || c[j+1] == '\r'):
		case lines && c[j] == '_' && j > 0 && (c[j-1] == ' ' || c[j-1] == '\t') && continuationEnds(c, j+1, end):
			// Visual Basic's " _" continues the line.
		case lines && hasPrefixAt(c, j, end, "...") && continuationEnds(c, j+3, end):
			j += 2 // MATLAB's ... continues the line
		default:
			return j
		}
		j++
	}
	return j
}

// lacksFields reports whether a token whose signature is whole still lacks
// the fields that finish it: its version (storage) or its resource, expiry
// and key name (Service Bus). azcopy's logs sort the query, so sv= often
// comes after a wrap.
func lacksFields(run []byte) bool {
	hasSV := bytes.Contains(run, []byte("sv=")) || bytes.Contains(run, []byte("sv%3D"))
	serviceBus := bytes.Contains(run, []byte("sr=")) && bytes.Contains(run, []byte("se=")) && bytes.Contains(run, []byte("skn="))
	return !hasSV && !serviceBus
}

// unfinished reports whether a token cut off here visibly continues: it
// ends with & ? or =; its signature or key is shorter than a real one; or it
// is a SAS query (sv=, or a URL with a query) whose signature is still to
// come. A complete token never is, so two finished lines never merge.
func unfinished(run []byte) bool {
	if len(run) == 0 {
		return false
	}
	// A signature or key decides first: its base64 may end in '='.
	for _, m := range []struct {
		marker string
		length int
	}{{"sig=", 44}, {"sig%3D", 44}, {"sig%3d", 44}, {"ccountKey=", 88}, {"ccessKey=", 44}} {
		if p := bytes.LastIndex(run, []byte(m.marker)); p >= 0 {
			value := run[p+len(m.marker):]
			if bytes.ContainsAny(value, "&;") {
				break // complete; what follows it decides below
			}
			if n := len(value); n > 0 && value[n-1] == '%' || n > 1 && value[n-2] == '%' && isHex(value[n-1]) {
				return true // cut inside an escape: …%3 | D
			}
			if decodedLen(value) < m.length {
				return true
			}
			if strings.HasPrefix(m.marker, "sig") {
				return lacksFields(run) // "…&sig=…" + "&se=…": fields after the signature
			}
			return false
		}
	}
	switch run[len(run)-1] {
	case '&', '?', '=':
		return true
	}
	if bytes.Contains(run, []byte("sig=")) || bytes.Contains(run, []byte("sig%3D")) {
		return lacksFields(run)
	}
	// A Service Bus token's signature is still to come after its resource.
	return bytes.Contains(run, []byte("sv=")) || bytes.Contains(run, []byte("sv%3D")) || bytes.IndexByte(run, '?') >= 0 ||
		bytes.HasPrefix(run, []byte("sr=")) || bytes.Contains(run, []byte("&sr=")) || bytes.Contains(run, []byte("SharedAccessSignature"))
}

// logTimestampEnd returns where the text of a log line at j starts after
// its ISO 8601 timestamp and a space ("2026-11-19T22:10:01.1000001Z "), as
// GitHub Actions and Azure Pipelines logs write each line, or 0.
func logTimestampEnd(c []byte, j, end int) int {
	const shape = "dddd-dd-ddTdd:dd:dd"
	if j+len(shape) >= end {
		return 0
	}
	for k := 0; k < len(shape); k++ {
		b := c[j+k]
		if shape[k] == 'd' && (b < '0' || b > '9') || shape[k] != 'd' && b != shape[k] {
			return 0
		}
	}
	k := j + len(shape)
	if k < end && c[k] == '.' {
		k++
		for k < end && k-j < 40 && '0' <= c[k] && c[k] <= '9' {
			k++
		}
	}
	if k < end && c[k] == 'Z' {
		k++
	}
	if k >= end || c[k] != ' ' {
		return 0
	}
	return k + 1
}
