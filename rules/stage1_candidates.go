package rules

// Stage 1: find candidates. The engine looks only near its markers, so text
// without them costs a few memory-speed passes of bytes.IndexByte:
//
//   - "sig" (a SAS signature, or a "sig" key in a query map), anchored on 'g';
//   - "key" in any case (a connection-string key, a named key, a key list,
//     a Postman query pair), anchored on 'y' and 'Y';
//   - '@' ending an amqp(s):// userinfo;
//   - base64 runs that hold an encoded token's usual beginning;
//   - the keywords of the team's custom rules.
//
// classify, one switch, names the form each marker hit is written in;
// stage 2 picks its views and stage 3 its reader by that form.

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"math/bits"
	"regexp"
	"sort"
	"strings"
)

// form is how the token at a marker hit is written.
type form uint8

const (
	formSAS        form = iota // sig=…: a storage SAS, or a Service Bus / IoT Hub token
	formQueryMap               // "sig": "…" in a map literal (requests params=, url.Values)
	formConnKey                // AccountKey= or SharedAccessKey= in a connection string
	formKeysList               // "keyName" in `az storage account keys list` output
	formNamedKey               // a key assigned to a name ending in "key"
	formQueryPairs             // "key": "sig" in Postman or HAR query arrays
	formAMQP                   // amqps://policy:key@namespace
	formKeyValue               // a random 64-byte value that its window names a storage key (keyvalue.go)
	formFieldSet               // a "sig" field and the SAS fields near it, however written (fieldset.go)

	formIdentifiable  // a key with Microsoft's identifiable signature (identifiable.go)
	formCosmosClient  // a key after a Cosmos DB endpoint (cosmos.go)
	formBase64Call    // a base64 literal passed to a decode call: atob("…") (base64call.go)
	formFormatArgs    // sig=%s in a format string, the values in the call's arguments (formatargs.go)
	formKeyNearby     // a messaging key on the lines after the word naming it (keynearby.go)
	formKeyCredential // a key passed to an SDK's key credential (keycredential.go)
	formPolicyGroup   // a messaging key on a line grouped with its policy's name and host (keynearby.go)
	formTableRow      // a table row whose columns the header names as SAS fields (tablesas.go)
	formHadoopRef     // fs.azure.account.key.<host> set to a variable defined above (namedkey.go)
)

// hit is a marker's content offset and the form of the token there.
type hit struct {
	pos  int
	form form
}

// candidatesAndDumps returns the marker hits in content, in order of
// position; it also appends to dumps (when not nil) where a hex dump's
// first offset ("00000000") may start: looked for block by block with the
// markers, while each block is in cache (hexdump.go).
func candidatesAndDumps(content []byte, dumps *[]int) []hit {
	var hits []hit
	var defs sigDefs
	add := func(h int) {
		if f, ok := classify(content, h); ok {
			hits = append(hits, hit{h, f})
		}
		// Whatever the form, a "sig" field followed by a signature is also
		// read as a set of signed fields when that form's reading fails.
		if content[h]|0x20 == 'k' && keyNearbyHit(content, h) {
			hits = append(hits, hit{h, formKeyNearby})
		}
		if content[h] == 'K' && keyCredentialHit(content, h) {
			hits = append(hits, hit{h, formKeyCredential})
		}
		if content[h] == 'k' && h >= 8 && content[h-1] == '.' && hadoopRefHit(content, h) {
			hits = append(hits, hit{h, formHadoopRef})
		}
		if content[h] == 's' && formatSigHit(content, h) || content[h]|0x20 == 'k' && formatKeyHit(content, h) {
			hits = append(hits, hit{h, formFormatArgs})
		}
		if content[h] == 's' && (sigFieldHit(content, h) || queryWithoutVersion(content, h)) {
			hits = append(hits, hit{h, formFieldSet})
		} else if content[h] == 's' {
			// sig=${encodeURIComponent(SIG)}: the signature is a constant
			// defined above, and the other fields may be too.
			if d := defs.find(content, h); d >= 0 {
				hits = append(hits, hit{d, formFieldSet})
			}
		}
	}
	// Block by block, so that only the first pass over a block reads it
	// from memory and the others find it in cache.
	keys := keyScan{p: keyLen - 1}
	for from := 0; from < len(content); from += scanBlock {
		to := min(len(content), from+scanBlock)
		// Anchor on 'g', rarer in text than 's', and look back for "si",
		// which a string split may have cut ("…&s" + "ig=…", "si" "g=").
		eachByteIn(content, from, to, 'g', func(g int) {
			if g >= 2 && content[g-1] == 'i' && content[g-2] == 's' {
				add(g - 2)
				if g >= 3 && (content[g-3] == ' ' || content[g-3] == '|') && g+1 < len(content) && (content[g+1] == ' ' || content[g+1] == '|') {
					hits = tableSigHeaderRows(content, g-2, hits) // | … | sig |: a register of SAS tokens
				}
				if nl := g + 1; nl < len(content) && (content[nl] == '\n' || content[nl] == '\r') {
					if k := logTimestampEnd(content, lineEnd(content, nl)+1, len(content)); k > 0 && k < len(content) && content[k] == '=' {
						hits = append(hits, hit{g - 2, formSAS}) // "…&sig" then a log line's timestamp and "=…"
					}
				}
				if g+1 < len(content) && content[g+1] == '.' && psqlWrap(content, g+1, len(content)) > 0 {
					hits = append(hits, hit{g - 2, formSAS}) // "…&sig." then "|.=…": the join view reads it
				}
				if ws, ok := longSigName(content, g-2); ok {
					hits = append(hits, hit{ws, formFieldSet}) // signature: "…", sasSig = "…"
				}
			} else if g >= 2 && content[g-1]|0x20 == 'i' && content[g-2]|0x20 == 's' {
				if ws, ok := longSigName(content, g-2); ok {
					hits = append(hits, hit{ws, formFieldSet}) // Signature: "…", SAS_SIG := …
				}
			} else if s := splitSigStart(content, g); s >= 0 {
				// The split field may also be one item of a list of
				// fields: ["sv=…", "sp=rl", "si" + "g=…"].join("&").
				hits = append(hits, hit{s, formSAS}, hit{s, formFieldSet})
			}
		})
		// "Key", "key" and "KEY", anchored on their last letter.
		for _, y := range []byte{'y', 'Y'} {
			eachByteIn(content, from, to, y, func(at int) {
				if at >= 2 && content[at-1]|0x20 == 'e' && content[at-2]|0x20 == 'k' {
					add(at - 2)
				} else if at+1 < len(content) && content[at+1] == '=' {
					if k := softBrokenKey(content, at); k >= 0 {
						hits = append(hits, hit{k, formConnKey})
					}
				} else if at >= 5 && content[at-1]|0x20 == 'c' && policyHit(content, at) {
					hits = append(hits, hit{at - 5, formPolicyGroup})
				}
			})
		}
		// AMQP URLs carry a Service Bus key in their userinfo.
		eachByteIn(content, from, to, '@', add)
		// Storage keys however they are named (keyvalue.go).
		hits = keys.scan(content, to, hits)
		// Identifiable keys, by their signature (identifiable.go).
		hits = identifiableHits(content, from, to, hits)
		// Cosmos DB endpoints a client's key may follow (cosmos.go).
		hits = cosmosEndpoints(content, from, to, hits)
		if dumps != nil {
			*dumps = zerosRunsIn(content, from, to, *dumps)
		}
	}
	// Stable: at one position the classified form is tried before the field set.
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].pos < hits[j].pos })
	return hits
}

// queryWithoutVersion reports whether the "sig" at h ends a query that
// holds no "sv" of its own before it on its line (…^&se=…^&sig=…, or a
// Makefile's SAS_SIG := sig=…, the rest of the SAS in a variable set just
// above), with a signature as its value:
// the field set around it is read then, the lines above included.
func queryWithoutVersion(c []byte, h int) bool {
	if h < 1 || h+4 >= len(c) || c[h+3] != '=' || c[h-1] != '&' && (isWordByte(c[h-1]) || c[h-1] == '?' || c[h-1] == '%' || c[h-1] == '-') {
		return false
	}
	vs, ve := h+4, h+4
	for ve < len(c) && ve-vs < 160 && (base64Char(c[ve]) || c[ve] == '%') {
		ve++
	}
	if ve-vs < 44 { // the value first: logs say sig=REDACTED on every line
		return false
	}
	ls := lineStart(c, h)
	if bytes.Contains(c[ls:h], []byte("sv=")) || bytes.Contains(c[ls:h], []byte("sv%3D")) || bytes.IndexByte(c[ls:h], '?') >= 0 {
		return false
	}
	return realSignature(percentDecode(strings.ReplaceAll(string(c[vs:ve]), "%%", "%")))
}

// longSigName reports whether the "sig" at h (any case) is part of a
// longer name for a SAS signature (Signature, sasSig, SAS_SIG) whose value
// is shaped like one, and where that name starts. "sig" alone is add's.
func longSigName(c []byte, h int) (int, bool) {
	// Cheap first: the name ends in "sig" or "signature" ("design",
	// "assign", "Signal" go no further, and nothing is allocated).
	tail := h + 3
	if tail < len(c) && isWordByte(c[tail]) {
		if tail+6 > len(c) || !equalFold(c[tail:tail+6], "nature") || tail+6 < len(c) && isWordByte(c[tail+6]) {
			return 0, false
		}
	}
	ws, we := h, h+3
	for ws > 0 && h-ws < 32 && isWordByte(c[ws-1]) {
		ws--
	}
	for we < len(c) && we-h < 32 && isWordByte(c[we]) {
		we++
	}
	if we-ws == 3 || ws > 0 && !fieldStarts(c[ws-1]) {
		return 0, false
	}
	vs, ve, ok := fieldValue(c, we, true)
	if !ok || ve-vs < 44 || ve-vs > 64 {
		return 0, false // the value first: code says "signature" far more often than it writes one
	}
	if name, _ := sasFieldName(c[ws:we]); name != "sig" {
		return 0, false
	}
	return ws, realSignature(percentDecode(string(c[vs:ve])))
}

// scanBlock is how much content stage 1's passes cover before moving on:
// small enough to stay in a core's cache between passes.
const scanBlock = 64 << 10

// classify names the form of the token at the marker at h ("sig", "key" in
// any case, or '@'), or says it is none. Each test is cheap and looks at
// content as written; the tests are tried in order, first match wins.
func classify(c []byte, h int) (form, bool) {
	sig, key := c[h] == 's', c[h]|0x20 == 'k'
	switch {
	case sig && sigHit(c, h) && !hopelessSig(c, h):
		return formSAS, true
	case sig && queryMapHit(c, h):
		return formQueryMap, true
	case key && keyHit(c, h):
		return formConnKey, true
	case key && keysListHit(c, h):
		return formKeysList, true
	case key && namedKeyHit(c, h):
		return formNamedKey, true
	case key && queryPairHit(c, h):
		return formQueryPairs, true
	case c[h] == '@' && amqpHit(c, h):
		return formAMQP, true
	}
	return 0, false
}

// eachByteIn calls fn with the offset of every b in content[from:to], at
// memory speed.
func eachByteIn(content []byte, from, to int, b byte, fn func(int)) {
	for off := from; ; {
		i := bytes.IndexByte(content[off:to], b)
		if i < 0 {
			return
		}
		fn(off + i)
		off += i + 1
	}
}

var markerSig = []byte("sig")

// sigHit reports whether "sig" at h starts a sig parameter: not inside a
// word, and followed by '=' however it is escaped.
func sigHit(c []byte, h int) bool {
	if h > 0 && isWordByte(c[h-1]) && !escapedSeparator(c, h) && !splitEscapedSeparator(c, h) {
		return false
	}
	j := h + len(markerSig)
	if j >= len(c) {
		return false
	}
	switch c[j] {
	case '=', '%', '\\', '&':
		return true
	case '"', '\'', '`':
		return glueEnd(c, j) > j && c[glueEnd(c, j)] == '=' // "…sig" + "=…"
	case '\r', '\n':
		k := j + 1
		if c[j] == '\r' && k < len(c) && c[k] == '\n' {
			k++
		}
		if foldedLine(c, j, k, len(c)) && k+1 < len(c) && c[k+1] == '=' {
			return true // …sig, CRLF, " =…": a folded line
		}
		n := cobolContinuation(c, k, len(c))
		return n > 0 && c[n] == '=' // COBOL: …sig, then - '=…' on the next line
	}
	return false
}

// splitSigStart returns where "sig=" starts when a string split cuts it
// before the 'g' at g ("…&s" + "ig=…", "…&si" "g=…"), or -1. The views join
// the split (stage 2); this only finds the marker, so it looks at a few
// bytes and never allocates.
func splitSigStart(c []byte, g int) int {
	if g < 3 || g+1 >= len(c) || c[g+1] != '=' && c[g+1] != '%' {
		return -1
	}
	i := g - 1
	if c[i] == 'i' {
		// "s" + "ig": the split is between 's' and 'i'.
		if s := glueStart(c, i); s > 0 && c[s-1] == 's' && (s < 2 || !isWordByte(c[s-2]) || escapedSeparator(c, s-1)) {
			return s - 1
		}
		return -1
	}
	// "si" + "g": the split is between 'i' and 'g'.
	if s := glueStart(c, g); s > 1 && c[s-1] == 'i' && c[s-2] == 's' && (s < 3 || !isWordByte(c[s-3]) || escapedSeparator(c, s-2)) {
		return s - 2
	}
	return -1
}

// glueStart returns where the string split that ends just before c[at]
// starts (the closing quote of the first literal, or a line continuation's
// backslash), or -1 when c[:at] does not end in one: a quote, optional
// literal prefixes (f, r, @, $…), and the operator and spaces between two
// literals; or a backslash or backtick, a line break and indentation.
func glueStart(c []byte, at int) int {
	if at >= 2 && c[at-1] == '.' && c[at-2] == '|' {
		// psql's wrapped format: the line before ends in '.'.
		if ls := lineStart(c, at); ls >= 2 {
			e := ls - 1
			for e > 0 && (c[e-1] == ' ' || c[e-1] == '\t' || c[e-1] == '\r') {
				e--
			}
			if e > 0 && c[e-1] == '.' && e-1+psqlWrap(c, e-1, len(c)) == at {
				return e - 1
			}
		}
	}
	i := at - 1
	for i > 0 && (c[i] == ' ' || c[i] == '\t') {
		i--
	}
	if i > 0 && c[i] == '\n' {
		// A line continuation: backslash (shell, C, Python) or backtick
		// (PowerShell), newline, indentation.
		nl := i
		if c[i-1] == '\r' {
			i--
		}
		if i > 0 && (c[i-1] == '\\' || c[i-1] == '`' || c[i-1] == '=' || c[i-1] == '^') {
			return i - 1 // '=': a quoted-printable soft line break; '^': cmd's continuation
		}
		if at == nl+2 && foldedLine(c, i, nl+1, len(c)) {
			return i // an iCalendar or mail header fold: CRLF, one space
		}
		return -1
	}
	i = at - 1
	if i < 0 || !isQuote(c[i]) {
		return -1
	}
	if ls := lineStart(c, i); ls > 0 && cobolContinuation(c, ls, len(c)) == at {
		if ls > 1 && c[ls-2] == '\r' {
			return ls - 2
		}
		return ls - 1 // COBOL: the literal goes on past the line break
	}
	q := c[i]
	for k := 0; k < 2 && i > 0 && strings.IndexByte("fFrRbBuU@$NL8", c[i-1]) >= 0; k++ {
		i--
	}
	for n := 0; i > 0 && n < 24; n++ {
		switch c[i-1] {
		case ' ', '\t', '\r', '\n', '+', '.', '&', ',', '|', '\\', '`', '*', '_', '<', '>', '~', '^': // '_': VB's line continuation; <> Elixir; ~ Raku, D; ^ OCaml
			i--
			continue
		case q:
			return i - 1
		}
		return -1
	}
	return -1
}

// glueEnd returns where the string split that starts at the closing quote
// c[at] ends (the first byte of the next literal), or at when none does.
func glueEnd(c []byte, at int) int {
	q := c[at]
	j := at + 1
	for n := 0; j < len(c) && n < 64; n++ {
		switch c[j] {
		case ' ', '\t', '\r', '\n', '+', '.', '&', ',', '|', '\\', '`', '*', '_', '<', '>', '~', '^': // '_': VB's line continuation; <> Elixir; ~ Raku, D; ^ OCaml
			j++
			continue
		}
		break
	}
	for k := 0; k < 2 && j < len(c) && strings.IndexByte("fFrRbBuU@$NL8", c[j]) >= 0; k++ {
		j++
	}
	if j < len(c) && c[j] == q && j+1 < len(c) {
		return j + 1
	}
	return at
}

func isQuote(b byte) bool { return b == '"' || b == '\'' || b == '`' }

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

// splitEscapedSeparator is escapedSeparator for an escape that a string
// split or a line continuation cuts in two ("…%25" \ "26sig=…"): the bytes
// before h are read without the split's quotes, operators and line breaks.
func splitEscapedSeparator(c []byte, h int) bool {
	var buf [8]byte
	n, glued := 0, false
	for i := h - 1; i >= 0 && h-i <= 32 && n < len(buf); i-- {
		switch c[i] {
		case '\\', '\n', '\r', ' ', '\t', '"', '\'', '`', '+':
			glued = true
			continue
		}
		n++
		buf[len(buf)-n] = c[i]
	}
	return glued && escapedSeparator(buf[len(buf)-n:], n)
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
	case '"', '\'', '`', '\\', '\n', '\r', '^': // ^: a cmd escape (^%2F) inside it
		return false
	case ' ', '\t', '|':
		if cellWrap(c, k, len(c)) > 0 {
			return false // wrapped in a table cell
		}
	case '.':
		if psqlWrap(c, k, len(c)) > 0 {
			return false // wrapped in psql's output
		}
	}
	value := c[j:k]
	if bytes.Contains(value, []byte("%25")) || bytes.Contains(value, []byte("%26")) || bytes.Contains(value, []byte("%%")) {
		return false // encoded once more, or %% escaped: a view reads it
	}
	if bytes.HasPrefix(value, []byte("3D")) && decodedLen(value[2:]) == 44 {
		return false // quoted-printable: sig=3D…
	}
	if n := decodedLen(value); n == 44 || n > 44 && hasRealSigPrefix(value) {
		return false // whole, or a path glued on after it ("…%3D/messages?…")
	}
	return true
}

// hasRealSigPrefix reports whether value starts with a real signature that
// something was glued onto: only values longer than a signature pay for it.
func hasRealSigPrefix(value []byte) bool {
	_, ok := realPrefix(string(value), 44, realSignature)
	return ok
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
	case c[h+3] == '\\' && escapedEquals(c, h+3): // AccountKey\u003d in any string literal; the views undo it
	case isQuote(c[h+3]) && glueEnd(c, h+3) > h+3 && c[glueEnd(c, h+3)] == '=': // "…AccountKey" + "=…"
	default:
		return false
	}
	return h >= 7 && bytes.EqualFold(c[h-7:h], []byte("account")) ||
		h >= 12 && bytes.EqualFold(c[h-12:h], []byte("sharedaccess")) ||
		c[h+3] == '=' && bytes.ContainsAny(c[max(0, h-14):h], "\n\"'`") && (brokenName(c, h, "account") || brokenName(c, h, "sharedaccess"))
}

// brokenName reports whether c[:h] ends with word cut by one break
// (brokenSuffix): "…A" & _ "ccountKey=…", "SharedAcce=\nssKey=3D…".
func brokenName(c []byte, h int, word string) bool {
	_, broken, ok := brokenSuffix(c, h, word, 0)
	return ok && broken
}

// softBrokenKey returns where the "key" whose 'y' is at y starts, when a
// quoted-printable soft line break (AccountK=\ney=3D…) or a string split
// ("…SharedAccessKe" & _ "y=…") cuts the word and it ends a connection
// string's key name, or -1. The qp and join views read it whole.
func softBrokenKey(c []byte, y int) int {
	if y < 2 || y+1 >= len(c) || c[y+1] != '=' || c[y-1] != '\n' && !isQuote(c[y-1]) && !(c[y-1]|0x20 == 'e' && (c[y-2] == '\n' || isQuote(c[y-2]))) {
		return -1 // rare: most 'y's go no further
	}
	for _, name := range []string{"accountkey", "sharedaccesskey"} {
		if k, broken, ok := brokenSuffix(c, y+1, name, len("key")); ok && broken {
			return k
		}
	}
	return -1
}

// brokenSuffix reports whether c[:e] ends with word (any case), written
// with at most one break inside it: a quoted-printable soft line break
// (=\n) or a string split ("…AccountK" + "ey=…", VB's " & _"). It returns
// where the last tail bytes of word start in c, and whether a break was
// crossed: the qp and join views read such a word whole.
func brokenSuffix(c []byte, e int, word string, tail int) (start int, broken, ok bool) {
	i, k := e, len(word)
	for k > 0 && i > 0 {
		switch {
		case !broken && isQuote(c[i-1]):
			g := glueStart(c, i)
			if g <= 0 {
				return 0, false, false
			}
			i, broken = g, true // on from the first literal's closing quote
			continue
		case !broken && c[i-1] == '\n':
			j := i - 1
			if j > 0 && c[j-1] == '\r' {
				j--
			}
			if j == 0 || c[j-1] != '=' {
				return 0, false, false
			}
			i, broken = j-1, true // before the soft break's '='
			continue
		}
		if c[i-1]|0x20 != word[k-1] {
			return 0, false, false
		}
		i, k = i-1, k-1
		if k == len(word)-tail {
			start = i
		}
	}
	return start, broken, k == 0
}

// base64Text decodes a base64 run that holds printable text naming a
// secret (key, password, secret, sig): its first 60 characters decide
// cheaply whether the rest is decoded at all.
func base64Text(run []byte) ([]byte, bool) {
	if bytes.IndexByte(run, '\n') >= 0 || len(run)%4 != 0 {
		return nil, false // one run, whole: wrapped bodies carry their anchors
	}
	var head [45]byte // 60 base64 characters, without allocating
	if n, err := base64.StdEncoding.Decode(head[:], run[:60]); err != nil || !printableText(head[:n]) {
		return nil, false
	}
	text, ok := decodeBase64(run)
	if !ok || !printableText(text) {
		return nil, false
	}
	lower := bytes.ToLower(text)
	for _, w := range []string{"key", "password", "secret", "sig="} {
		if bytes.Contains(lower, []byte(w)) {
			return text, true
		}
	}
	return nil, false
}

// printableText reports whether b is printable ASCII text with line breaks.
func printableText(b []byte) bool {
	for _, c := range b {
		if !textByte(c) {
			return false
		}
	}
	return true
}

// textByte reports whether c is printable ASCII, a tab or a line break.
func textByte(c byte) bool {
	return ' ' <= c && c <= '~' || c == '\n' || c == '\r' || c == '\t'
}

// holdsTextAnchor reports whether decoded text holds one of the anchors
// of a token written in it (sig=, Key=, https://, …).
func holdsTextAnchor(text []byte) bool {
	for _, a := range textAnchors {
		if bytes.Contains(text, a) {
			return true
		}
	}
	return false
}

// textAnchors are what decoded bytes (a byte array, a hex string) must
// hold for the pipeline to run on them: most are tables and digests.
var textAnchors = [][]byte{[]byte("sig="), []byte("Key="), []byte("https://"), []byte("HostName="), []byte("SharedAccess"), []byte("Endpoint=")}

// hexText decodes a run of hex digits, and returns it when it is printable
// text holding a token's anchor.
func hexText(run []byte) ([]byte, bool) {
	for i := 0; i+1 < min(len(run), 64); i += 2 {
		// The first bytes first: a digest's hex is not text, nearly at once.
		if !textByte(unhex(run[i])<<4 | unhex(run[i+1])) {
			return nil, false
		}
	}
	out := make([]byte, 0, len(run)/2)
	for i := 0; i+1 < len(run); i += 2 {
		out = append(out, unhex(run[i])<<4|unhex(run[i+1]))
	}
	if !printableText(out) || !holdsTextAnchor(out) {
		return nil, false
	}
	return out, true
}

// escapedEquals reports whether c[i:] is '=' written as a JSON or
// JavaScript escape, \u003d or \x3d, with any number of backslashes (nested
// JSON doubles them), as unescapeAt reads it.
func escapedEquals(c []byte, i int) bool {
	n, b, ok := unescapeAt(c, i, min(len(c), i+16))
	return ok && n > 1 && b == '='
}

// keysListHit spots `az storage account keys list` output: a "keyName"
// field, whose object's "value" is the account key.
func keysListHit(c []byte, h int) bool {
	return len(c)-h > 8 && bytes.EqualFold(c[h:h+8], []byte(`keyname"`))
}

// namedKeyHit cheaply checks that "key" at h ends a key's name followed by
// a key-length value, before anything is decoded or allocated: Go source
// alone has a "key =" every few lines, so the value's length is checked
// before the name's spelling.
func namedKeyHit(c []byte, h int) bool {
	ns, ne, ok := keyNameAt(c, h)
	if !ok {
		return false
	}
	if _, be, _, ok := heredocValue(c, ne, keyLen); ok {
		return keyNameBytes(c[ns:ne]) != 0 && (keyNameInContext(c, ns, ne) || sharedKeyNear(c, ns, be))
	}
	vs, _, ok := keyValueAt(c, ns, ne)
	if !ok {
		return false
	}
	n := 0
	for k := vs; k < len(c); k++ {
		if c[k] == '\\' && k+1 < len(c) && c[k+1] == '/' {
			k++ // PHP's json_encode writes / as \/
		} else if !base64Char(c[k]) {
			break
		}
		n++
	}
	if n < 88 && n >= 8 {
		// A key split into adjacent or concatenated literals (or a
		// properties file's backslash continuation).
		if joinedLen(c, vs, vs+n, 88) == 88 {
			n = 88
		} else if n < 44 && joinedLen(c, vs, vs+n, 44) == 44 {
			n = 44
		}
	}
	if n != 88 && n != 44 && n != 120 {
		return false
	}
	return keyNameBytes(c[ns:ne]) != 0 && keyNameInContext(c, ns, ne)
}

// keyNameInContext decides whether a name ending in "key" is an Azure key's.
// Names that say so (accountKey, storageKey, accessKey, sharedAccessKey,
// primaryKey, fs.azure.account.key.…) are; any other (key, shared_key,
// signingKey) only when Azure storage is named nearby, as in rclone's
// "type = azureblob" or Fluent Bit's "name azure_blob": 64 random bytes
// under a generic name are as often a digest or another service's secret.
// It is decided here, on the whole content: a view may hold only a few lines.
// sharedKeyNear reports whether Azure Storage's SharedKey authorization
// scheme ("SharedKey account:signature") is written within 256 bytes after
// a key's value ends at e: the key signs storage requests by hand.
func sharedKeyNear(c []byte, ns, e int) bool {
	return bytes.Contains(c[max(0, ns-512):min(len(c), e+256)], []byte("SharedKey "))
}

func keyNameInContext(c []byte, ns, ne int) bool {
	if strongKeyName(c[ns:ne]) {
		return true
	}
	if otherPurposeName(normName(c[ns:ne])) {
		return false // jwtSigningKey, encryption_key: a key for something else
	}
	near := string(c[max(0, ns-512):min(len(c), ne+256)])
	for _, w := range []string{"azure", "storage", "core.windows.net", "devstore", "servicebus.windows.net", "cosmos"} {
		if indexFold(near, w) >= 0 {
			return true
		}
	}
	return false
}

// strongKeyName reports whether a name says it holds an Azure key.
func strongKeyName(name []byte) bool {
	if keyNameBytes(name) == 0 {
		return false
	}
	norm := strings.ToLower(string(bytes.Map(func(r rune) rune {
		if r == '_' || r == '-' || r == '.' {
			return -1
		}
		return r
	}, name)))
	for _, suffix := range []string{"accountkey", "storagekey", "accesskey", "sharedaccesskey", "primarykey", "secondarykey", "symmetrickey"} {
		if strings.HasSuffix(norm, suffix) {
			return true
		}
	}
	if m, _ := messagingKeyName(name); m {
		return true // serviceBusSendKey: the name says which service
	}
	return strings.HasPrefix(norm, "fsazureaccountkey")
}

// queryPairHit spots `"key": "sig"` at the "key" marker h.
func queryPairHit(c []byte, h int) bool {
	// The cheap test first: "key" is everywhere, `key"` much less.
	return h+3 < len(c) && c[h+3] == '"' && querySigKey.Match(c[h:min(len(c), h+32)])
}

// queryMapHit spots a "sig" map key at h: "sig": "…" or 'sig': '…'.
func queryMapHit(c []byte, h int) bool {
	if h == 0 || c[h-1] != '"' && c[h-1] != '\'' {
		return false
	}
	return queryMapSig.Match(c[h:min(len(c), h+16)])
}

var (
	querySigKey = regexp.MustCompile(`^(?i:key)"\s*:\s*"sig"`)
	queryMapSig = regexp.MustCompile(`^sig["']\s*:`)
)

// amqpHit cheaply checks that the '@' at at ends an amqp(s):// userinfo.
func amqpHit(c []byte, at int) bool {
	from := max(0, at-220)
	return containsFold(c[from:at], "amqp") && amqpUserinfo.Match(c[from:at])
}

// Tokens stored base64-encoded, as Kubernetes Secret data fields and some CI
// variable stores hold them. base64Anchors are the base64 of a token's usual
// beginnings, at each of the three offsets a 3-byte group can put them
// (an encoded body, an e-mail attachment, a JSON document holds them
// anywhere), and of the signature itself, for a token that is not a URL's.
// Most start with uppercase letters, rare in text, so looking for them
// costs little; a run that holds one is decoded (stage 2) and the pipeline
// runs again on what it says.
var base64Anchors = func() (out [][]byte) {
	for _, m := range []string{
		"https://", "http://", "sig=", "sig%3D",
		"AccountKey=", "AccountName=", "Endpoint", "SharedAccess", "HostName=",
	} {
		out = append(out, base64Fragments(m)...)
		// And in UTF-16LE, as PowerShell's -EncodedCommand holds a script.
		u := make([]byte, 0, 2*len(m))
		for _, b := range []byte(m) {
			u = append(u, b, 0)
		}
		out = append(out, base64Fragments(string(u))...)
	}
	return out
}()

// base64Fragments returns, for each of the 3 offsets at which m can start
// in base64's 3-byte groups, the base64 characters that m's bytes alone
// decide: one of them appears in the base64 of any text holding m.
func base64Fragments(m string) [][]byte {
	var out [][]byte
	for k := range 3 {
		data := make([]byte, k, k+len(m)+3)
		data = append(append(data, m...), 0, 0, 0)
		enc := base64.StdEncoding.EncodeToString(data)
		var f []byte
		for i := range len(enc) {
			if lo, hi := 6*i, 6*i+6; lo >= 8*k && hi <= 8*(k+len(m)) {
				f = append(f, enc[i])
			}
		}
		out = append(out, f)
	}
	return out
}

// holdsEncodedValues reports whether files at path store values
// base64-encoded: manifests, settings, variables and free text do; program
// source does not, and skipping it keeps the no-token path at memory speed.
func holdsEncodedValues(path string) bool {
	switch LanguageOf(path) {
	case LangPython, LangJavaScript, LangTypeScript, LangGo, LangCSharp, LangJava:
		return false
	}
	return true
}

// minWrapped is the shortest base64 run worth decoding: no real token is
// shorter than 60 characters, so its base64 is at least 80.
const minWrapped = 80

// minWrapLine is the shortest line of base64 wrapped at a width that is
// read with the lines after it: MIME and cloud-init's b64 content wrap at 76.
const minWrapLine = 76

// wrapper is a base64 run in content and the text it decodes to.
type wrapper struct {
	span    Span
	decoded []byte
}

// base64Wrappers returns the base64 runs of at least minWrapped characters
// that hold an anchor and decode. The runs are found first, by a window
// sliding minWrapped bytes at a time (text has few long runs), and only
// their bytes are searched for the anchors.
func base64Wrappers(content []byte) []wrapper {
	var out []wrapper
	for p := minWrapLine - 1; p < len(content); {
		// As in keyScan: a byte below '+' (space, line break, quote) in
		// the window's last 8 bytes moves the window past it at once.
		w := binary.LittleEndian.Uint64(content[p-7 : p+1])
		if low := ^((w & 0x7f7f7f7f7f7f7f7f) + 0x5555555555555555 | w) & 0x8080808080808080; low != 0 {
			p += minWrapLine - bits.LeadingZeros64(low)/8
			continue
		}
		q := p
		for q > p-minWrapLine && b64BodyChars[content[q]] {
			q--
		}
		if q > p-minWrapLine {
			p = q + minWrapLine // no run of minWrapLine bytes can hold content[q]
			continue
		}
		s, e := p-minWrapLine+1, p+1
		for s > 0 && b64BodyChars[content[s-1]] {
			s--
		}
		for e < len(content) && b64BodyChars[content[e]] {
			e++
		}
		e = wrappedLines(content, s, e)
		p = e + minWrapLine
		// '=' is padding, only ever at the end: NAME=<base64> stops before it.
		for n := 0; n < 2 && e < len(content) && content[e] == '='; n++ {
			e++
		}
		if e-s >= minWrapped && (e-s)%2 == 0 && allHex(content[s:e]) {
			// A hex string (an AMQP frame's payload_hex, a hex-encoded
			// body): its bytes, when they are text holding an anchor.
			if text, ok := hexText(content[s:e]); ok {
				out = append(out, wrapper{Span{s, e}, text})
			}
			continue
		}
		if e-s < minWrapped {
			continue
		}
		if !holdsAnchor(content[s:e]) {
			// A file's text base64-encoded whole (a REST API's "content":
			// an INI or .env with key = …): no anchor shows in its base64
			// when the names differ. Text that names a secret is read.
			if text, ok := base64Text(content[s:e]); ok {
				out = append(out, wrapper{Span{s, e}, text})
			}
			continue
		}
		if decoded, ok := decodeBase64(content[s:e]); ok {
			if text, ok := DecodeText(decoded); ok {
				decoded = text // UTF-16 (-EncodedCommand) read as UTF-8
			}
			out = append(out, wrapper{Span{s, e}, decoded})
		}
	}
	return out
}

// wrappedLines extends the base64 run content[s:e] over the lines that
// continue it when it ends its line: base64 wrapped at a width (76 in MIME
// and cloud-init write_files, 64 in PEM) puts equal runs on each line, the
// last one shorter, each indented alike. It returns the end of the last
// run, or e when the run does not go on.
func wrappedLines(c []byte, s, e int) int {
	width := e - s
	for e < len(c) && (c[e] == '\n' || c[e] == '\r') {
		j := e
		if c[j] == '\r' {
			j++
		}
		if j >= len(c) || c[j] != '\n' {
			break
		}
		j++
		for j < len(c) && (c[j] == ' ' || c[j] == '\t') {
			j++
		}
		k := j
		for k < len(c) && b64BodyChars[c[k]] {
			k++
		}
		if k == j || k-j > width {
			break // not base64, or a longer line: not this block's
		}
		if k < len(c) && c[k] != '\n' && c[k] != '\r' && c[k] != '=' {
			break // a line that goes on as something else (the next YAML key)
		}
		e = k
		if k-j < width || k < len(c) && c[k] == '=' {
			break // the last line
		}
	}
	return e
}

func holdsAnchor(run []byte) bool {
	if bytes.IndexByte(run, '\n') >= 0 {
		// Wrapped at a width: an anchor may be cut by a line break.
		run = bytes.Map(func(r rune) rune {
			if r == ' ' || r == '\t' || r == '\r' || r == '\n' {
				return -1
			}
			return r
		}, run)
	}
	for _, a := range base64Anchors {
		if bytes.Contains(run, a) {
			return true
		}
	}
	return false
}

// b64BodyChars are the characters of base64 before its padding.
var b64BodyChars = func() (t [256]bool) {
	for b := range 256 {
		t[b] = base64Char(byte(b)) && b != '='
	}
	return t
}()

// customCandidates returns the team's rules worth running on content: a
// keyword of the rule appears (case insensitively), or it has none. The
// common case stays cheap: no regex runs where no keyword is.
func (e *Engine) customCandidates(content []byte) []*CustomRule {
	var lower []byte
	var out []*CustomRule
	for i := range e.cfg.Rules {
		r := &e.cfg.Rules[i]
		if len(r.Keywords) > 0 {
			if lower == nil {
				lower = bytes.ToLower(content)
			}
			found := false
			for _, k := range r.Keywords {
				if bytes.Contains(lower, []byte(k)) {
					found = true
					break
				}
			}
			if !found {
				continue
			}
		}
		out = append(out, r)
	}
	return out
}
