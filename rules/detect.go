package rules

import (
	"bytes"
	"sort"
	"strings"
)

// secretToken is one SAS or key found in content, before grading.
type secretToken struct {
	kind       string
	span       Span   // the whole token in content
	secret     Span   // the signature or key in content
	secretText string // the secret, decoded, for the fingerprint
	redacted   string // the token as found, secret masked
	facts      Facts
	perms      string // sp as written, for grading
	dataLake   bool   // Data Lake: 'p' means change permissions
	path       string // the URL path, for saying what a service SAS covers

	custom  *CustomRule // set for a custom rule's match
	message string      // a custom rule's message
	wrapped string      // how the token was encoded around it ("base64-encoded"), if at all
	// signedString is what a Service Bus token's signature covers: the
	// resource as written, a newline, the expiry.
	signedString string
	// restated marks a token rebuilt from parts (a Postman query array) that
	// the same file may also hold whole; the whole one is reported instead.
	restated bool
}

// The engine looks only near "sig" and "key" (any case), so text without
// them costs three memory-speed passes of bytes.IndexByte, anchored on the
// markers' rarer last letters.
var markerSig = []byte("sig")

// hit is a marker's position and how many lines either side its token may
// span before any joining: one parameter per line for SAS parameters written
// as data, a named key's value on the next line; 0 for a token on its line.
type hit struct{ pos, lines int }

// findTokens returns the real (not placeholder, not fake, not emulator)
// tokens in content, in order of position.
func findTokens(content []byte) []secretToken {
	var hits []hit
	// Anchor on 'g', rarer in text than 's', and look back for "si".
	eachByte(content, 'g', func(g int) {
		if g < 2 || content[g-1] != 'i' || content[g-2] != 's' {
			return
		}
		switch h := g - 2; {
		case sigHit(content, h) && !hopelessSig(content, h):
			hits = append(hits, hit{h, 0})
		case queryMapHit(content, h):
			hits = append(hits, hit{h, 64})
		}
	})
	// "Key", "key" and "KEY", anchored on their last letter.
	for _, y := range []byte{'y', 'Y'} {
		eachByte(content, y, func(at int) {
			if at < 2 || content[at-1]|0x20 != 'e' || content[at-2]|0x20 != 'k' {
				return
			}
			switch h := at - 2; {
			case keyHit(content, h), keysListHit(content, h):
				hits = append(hits, hit{h, 0})
			case namedKeyHit(content, h):
				hits = append(hits, hit{h, 2})
			case queryPairHit(content, h):
				hits = append(hits, hit{h, 64})
			}
		})
	}
	// AMQP URLs carry a Service Bus key in their userinfo.
	eachByte(content, '@', func(at int) {
		if amqpHit(content, at) {
			hits = append(hits, hit{at, 0})
		}
	})
	if len(hits) == 0 {
		return nil
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].pos < hits[j].pos })
	return dropSignedWithFakeKeys(content, dropRestated(tokensAt(content, hits)))
}

// eachByte calls fn with the offset of every b in content, at memory speed.
func eachByte(content []byte, b byte, fn func(int)) {
	for off := 0; ; {
		i := bytes.IndexByte(content[off:], b)
		if i < 0 {
			return
		}
		fn(off + i)
		off += i + 1
	}
}

// dropRestated removes tokens rebuilt from parts whose secret the content
// also holds whole: one secret, one finding.
func dropRestated(toks []secretToken) []secretToken {
	whole := map[string]bool{}
	for _, t := range toks {
		if !t.restated {
			whole[t.secretText] = true
		}
	}
	out := toks[:0]
	for _, t := range toks {
		if !t.restated || !whole[t.secretText] {
			out = append(out, t)
		}
	}
	return out
}

// tokensAt reads the token at each marker hit, in order, skipping hits
// inside a token already found.
func tokensAt(content []byte, hits []hit) []secretToken {
	var out []secretToken
	covered := -1 // content offset up to which a token was already found
	for _, h := range hits {
		if h.pos < covered {
			continue
		}
		if t, ok := tokenAt(content, h); ok {
			// Overlapping tokens: keep the first, which starts earlier.
			if len(out) > 0 && t.span.Start < out[len(out)-1].span.End {
				continue
			}
			out = append(out, t)
			covered = t.span.End
		}
	}
	return out
}

// sigHit reports whether "sig" at h starts a sig parameter: not inside a
// word, and followed by '=' however it is escaped.
func sigHit(c []byte, h int) bool {
	if h > 0 && isWordByte(c[h-1]) && !escapedSeparator(c, h) {
		return false
	}
	j := h + len(markerSig)
	if j >= len(c) {
		return false
	}
	switch c[j] {
	case '=', '%', '\\', '&':
		return true
	}
	return false
}

// escapedSeparator reports whether the word byte before h ends an escaped
// '&' or '?' (\u0026, \x26, %26), which the views decode.
func escapedSeparator(c []byte, h int) bool {
	if h < 3 || !isHex(c[h-1]) || !isHex(c[h-2]) {
		return false
	}
	return h >= 6 && bytes.EqualFold(c[h-6:h-4], []byte(`\u`)) ||
		h >= 4 && bytes.EqualFold(c[h-4:h-2], []byte(`\x`)) ||
		h >= 3 && c[h-3] == '%' ||
		h >= 5 && c[h-5] == '%' && c[h-4] == '2' && c[h-3] == '5' // %2526: encoded twice
}

// hopelessSig reports whether a plain "sig=value" cannot be a real
// signature however it is read: the value is complete (it ends at a
// delimiter, not at a quote, backslash or line end that a split could
// continue) and is not 44 base64 characters. Logs full of "sig=REDACTED"
// are rejected here without decoding anything.
func hopelessSig(c []byte, h int) bool {
	j := h + len(markerSig)
	if j >= len(c) || c[j] != '=' {
		return false
	}
	j++
	k := j
	for k < len(c) && (base64Char(c[k]) || c[k] == '%') {
		k++
	}
	if k == len(c) {
		return false
	}
	switch c[k] {
	case '"', '\'', '`', '\\', '\n', '\r':
		return false
	}
	value := c[j:k]
	if bytes.Contains(value, []byte("%25")) || bytes.Contains(value, []byte("%26")) {
		return false // encoded once more: the percent view reads it
	}
	return decodedLen(value) != 44
}

func base64Char(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '+' || b == '/' || b == '='
}

// keyHit reports whether "Key" at h ends AccountKey= or SharedAccessKey=.
func keyHit(c []byte, h int) bool {
	if h+4 >= len(c) {
		return false
	}
	switch {
	case c[h+3] == '=':
	case c[h+3] == '\\' && c[h+4] == '=': // Java .properties
	case c[h+3] == '%' && h+5 < len(c) && c[h+4] == '3' && (c[h+5] == 'D' || c[h+5] == 'd'):
	case c[h+3] == '%' && h+7 < len(c) && string(c[h+4:h+6]) == "25" && c[h+6] == '3' && (c[h+7] == 'D' || c[h+7] == 'd'): // encoded twice
	default:
		return false
	}
	return h >= 7 && bytes.EqualFold(c[h-7:h], []byte("account")) ||
		h >= 12 && bytes.EqualFold(c[h-12:h], []byte("sharedaccess"))
}

func isWordByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '_'
}

// tokenAt finds the token around the marker at content offset h. It tries
// the cheapest reading first: the marker's line as written (escapes undone),
// then percent-decoded once (a whole URL encoded into another URL), and only
// when the token touches a line end or a quote, a few lines with string
// splits joined. Logs full of "sig=REDACTED" stay cheap this way.
func tokenAt(content []byte, mark hit) (secretToken, bool) {
	h := mark.pos
	if mark.lines > 0 {
		ws, we := window(content, h, mark.lines)
		return tryView(newView(content, ws, we, viewMode{}), h)
	}
	ls, le := window(content, h, 0)
	v := newView(content, ls, le, viewMode{})
	vi := v.index(h)
	if vi < 0 {
		return secretToken{}, false
	}
	if t, ok := parseToken(v, vi); ok {
		return t, true
	}
	bs, be := blobBounds(v.text, vi)
	percent := bytes.IndexByte(v.text[bs:be], '%') >= 0
	if percent {
		if t, ok := tryView(newView(content, ls, le, viewMode{percent: true}), h); ok {
			return t, true
		}
	}
	qp := bytes.Contains(content[ls:le], []byte("=3D"))
	if !joinable(v.text, bs, be) && !qp {
		return secretToken{}, false
	}
	ws, we := window(content, h, 16) // .http files put one parameter per line
	modes := []viewMode{{join: true}, {join: true, percent: true}}
	if qp {
		modes = append(modes, viewMode{qp: true, join: true})
	}
	for _, m := range modes {
		if t, ok := tryView(newView(content, ws, we, m), h); ok {
			return t, true
		}
	}
	return secretToken{}, false
}

func tryView(v *view, h int) (secretToken, bool) {
	vi := v.index(h)
	if vi < 0 {
		return secretToken{}, false
	}
	return parseToken(v, vi)
}

// blobBounds is the run of token characters around t[i]. Going left it
// also crosses a parenthesised path segment with no spaces or quotes in it,
// as table URLs have: …/orders()?sv=…, …/orders(PartitionKey=x)?sv=….
func blobBounds(t []byte, i int) (int, int) {
	bs, be := i, i
	for bs > 0 {
		switch {
		case tokenChar(t[bs-1]):
			bs--
			continue
		case t[bs-1] == ')':
			if open := bytes.LastIndexByte(t[max(0, bs-64):bs-1], '('); open >= 0 {
				open += max(0, bs-64)
				inner := t[open+1 : bs-1]
				if open > 0 && tokenChar(t[open-1]) && bytes.IndexFunc(inner, func(r rune) bool { return r < 0x80 && !tokenChar(byte(r)) }) < 0 {
					bs = open
					continue
				}
			}
		}
		break
	}
	for be < len(t) && tokenChar(t[be]) {
		be++
	}
	return bs, be
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
	for _, c := range []byte{t[bs-1], t[be]} {
		if c == '"' || c == '\'' || c == '`' || c == '\\' {
			return true
		}
	}
	return false
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

// index returns the view position of the byte decoded from content offset
// off, or -1.
func (v *view) index(off int) int {
	i := sort.SearchInts(v.orig[:len(v.text)], off)
	if i < len(v.text) && v.orig[i] == off {
		return i
	}
	return -1
}

// parseToken reads the token whose marker is at view position vi.
func parseToken(v *view, vi int) (secretToken, bool) {
	bs, be := blobBounds(v.text, vi)
	// Prose punctuation after a token is not part of it: "…%3D." "…==,"
	// A real token never ends in these.
	for be > vi+4 && strings.IndexByte(".,;:!?*", v.text[be-1]) >= 0 {
		be--
	}
	blob := string(v.text[bs:be])
	hit := vi - bs
	if strings.HasPrefix(blob[hit:], "sig=") {
		return parseSASBlob(v, bs, blob, hit)
	}
	if strings.EqualFold(blob[hit:min(hit+4, len(blob))], "key=") {
		if t, ok := parseKeyBlob(v, bs, blob, hit); ok {
			return t, true
		}
	}
	if strings.HasPrefix(strings.ToLower(blob[hit:]), "keyname") {
		return parseKeysList(v, vi)
	}
	if queryPairHit(v.text, vi) {
		return parseQueryPairs(v, vi)
	}
	if queryMapHit(v.text, vi) {
		return parseQueryMap(v, vi)
	}
	if v.text[vi] == '@' {
		return parseAMQP(v, vi)
	}

	return parseNamedKey(v, vi)
}
