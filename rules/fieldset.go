package rules

// A SAS is a set of signed fields, wherever they are written. A value
// shaped like an HMAC-SHA256 signature named "sig", with the other SAS
// fields (sv, se, sr, sp, ss, srt, skoid…) named within a bounded window
// around it, is a SAS however the fields are separated: '&', line breaks,
// ": ", list or array items, separate command-line arguments
// (--data-urlencode "sig=…"), key/value elements, object literals
// ({sv: "…", sig: "…"}), function arguments, brace initialisers
// ({"sig", "…"}), table cells, Bruno's params:query block. One tolerant
// lexer reads a field's name, the glue after it and its value; the facts
// come from the same fields.
//
// Stage 1 offers this reading after the form the "sig" marker was
// classified as (a sig= that no URL reading assembles falls through to
// it), and only where a signature-shaped value follows the name.

import (
	"bytes"
	"net/url"
	"strings"
)

// Bounds of the window the fields of one SAS are gathered from, around
// its signature: fields are written before the signature far more often
// than after it.
const (
	fieldsBefore = 1024
	fieldsAfter  = 512
	fieldGlueMax = 48 // bytes between a field's name and its value
)

// sigFieldHit reports whether "sig" at h names a field whose value, after
// the glue, is shaped like a signature (44 base64 characters of 32 bytes,
// raw or percent-encoded).
func sigFieldHit(c []byte, h int) bool {
	if h > 0 && !fieldStarts(c[h-1]) || h+3 >= len(c) || isWordByte(c[h+3]) {
		return false
	}
	vs, ve, ok := fieldValue(c, h+3, true)
	return ok && realSignature(percentDecode(string(c[vs:ve])))
}

// sigDefinition returns where the constant a "sig" field at h takes its
// value from is defined with a signature, or -1: sig=${encodeURIComponent(SIG)}
// with const SIG = "…" above it, within fieldsBefore. Only a "sig" field
// whose value is a bare name pays for the search.
func sigDefinition(c []byte, h int) int {
	var defs sigDefs
	return defs.find(c, h)
}

// sigDefs remembers, per name, how far back the definitions of "sig"
// fields' names were searched, so that a log with sig=REDACTED on every
// line searches each kilobyte once, not once per line. Hits come in order
// of position; the zero value is ready to use.
type sigDefs struct {
	searched []sigDefSearch // a file has few such names: a slice, no map
}

// sigDefSearch is one name's last search: every definition before upTo
// was looked at, and found is the nearest (-1: none in the window).
type sigDefSearch struct {
	name        string
	upTo, found int
}

// find is sigDefinition, reusing the searches of earlier hits.
func (m *sigDefs) find(c []byte, h int) int {
	if h+3 >= len(c) || isWordByte(c[h+3]) || h > 0 && isWordByte(c[h-1]) {
		return -1
	}
	vs, ve, ok := fieldValue(c, h+3, false)
	if !ok || ve-vs > 64 {
		return -1
	}
	name := c[vs:ve]
	for _, b := range name {
		if !isWordByte(b) {
			return -1
		}
	}
	from := max(0, h-fieldsBefore)
	var last *sigDefSearch
	for i := range m.searched {
		if m.searched[i].name == string(name) {
			last = &m.searched[i]
		}
	}
	lo, prev := from, -1
	if last != nil && last.upTo <= h {
		// Only what came after the last search is new; a definition the
		// last search found still counts while it is inside the window.
		lo = max(from, last.upTo-len(name))
		if last.found >= from {
			prev = last.found
		}
	}
	d := nearestSigDefinition(c, lo, h, name)
	if d < 0 {
		d = prev
	}
	if last == nil {
		m.searched = append(m.searched, sigDefSearch{name: string(name)})
		last = &m.searched[len(m.searched)-1]
	}
	last.upTo, last.found = h, d
	return d
}

// nearestSigDefinition returns the last definition of name with a
// signature in c[from:to], or -1. It searches forwards: bytes.Index is
// vectorised, bytes.LastIndex is not.
func nearestSigDefinition(c []byte, from, to int, name []byte) int {
	found := -1
	for at := from; at < to; {
		i := bytes.Index(c[at:to], name)
		if i < 0 {
			break
		}
		d := at + i
		at = d + 1
		if d > 0 && !fieldStarts(c[d-1]) && c[d-1] != '$' || d+len(name) < len(c) && isWordByte(c[d+len(name)]) {
			continue
		}
		if s, e, ok := fieldValue(c, d+len(name), true); ok && realSignature(percentDecode(string(c[s:e]))) {
			found = d
		} else if joinedSigValue(c, d+len(name)) {
			found = d
		}
	}
	return found
}

// sasFieldName returns the SAS field a name written in code or config
// stands for, or "": the field's own name (sv, sig), the name Azure's SDKs
// give it (Version, ExpiresOn, Permissions, Signature), or either one at
// the end of a longer name (SAS_SV, sasSig, PARTNER_SAS_SE).
func sasFieldName(word []byte) (name string, long bool) {
	if len(word) > 40 {
		return "", false
	}
	lower := strings.ToLower(string(word))
	if sasParamNames[lower] {
		return lower, false
	}
	if f := sasFieldSynonyms[lower]; f != "" {
		return f, true
	}
	// A part at the end of the name: after a '_' or at a capital, the
	// shortest first (sasSig, SAS_SE, sasResourceTypes, PARTNER_SAS_SIGNED_EXPIRY).
	for i := len(word) - 1; i > 0; i-- {
		if !(word[i-1] == '_' || 'A' <= word[i] && word[i] <= 'Z' && 'a' <= word[i-1] && word[i-1] <= 'z') {
			continue
		}
		tail := strings.ReplaceAll(lower[i:], "_", "")
		if sasParamNames[tail] {
			return tail, false
		}
		if f := sasFieldSynonyms[tail]; f != "" {
			return f, true
		}
	}
	return "", false
}

// sasFieldSynonyms are the names Azure's SDKs and docs give SAS fields
// (BlobSasBuilder, SasQueryParameters, AccountSasBuilder).
var sasFieldSynonyms = map[string]string{
	"signature": "sig", "version": "sv", "signedversion": "sv",
	"expiry": "se", "expireson": "se", "expiresat": "se", "signedexpiry": "se", "expirytime": "se",
	"permissions": "sp", "signedpermissions": "sp", "resource": "sr", "signedresource": "sr",
	"protocol": "spr", "protocols": "spr", "signedprotocol": "spr",
	"startson": "st", "starttime": "st", "signedstart": "st", "iprange": "sip", "signedip": "sip",
	"identifier": "si", "signedidentifier": "si", "services": "ss", "signedservices": "ss",
	"resourcetypes": "srt", "signedresourcetypes": "srt", "perms": "sp",
}

// isReference reports whether the value at t[vs:] is a reference to a name
// defined elsewhere: $(NAME), ${NAME}, $NAME, sv={NAME} (an f-string); not
// Tcl's braced value (sv {2022-11-02}).
func isReference(t []byte, vs int) bool {
	if vs < 2 {
		return vs == 1 && t[0] == '$'
	}
	switch t[vs-1] {
	case '$':
		return true
	case '(':
		return t[vs-2] == '$'
	case '{':
		return t[vs-2] == '$' || t[vs-2] == '=' || t[vs-2] == ':'
	}
	return false
}

// sigReference reports whether w holds a query's sig field whose value
// refers to a value written elsewhere: sig=$sig, sig=${SIG}, sig={sig},
// "…&sig=" + SIG, sig=%s.
func sigReference(w []byte) bool {
	for i := 0; ; {
		k := bytes.Index(w[i:], []byte("sig="))
		if k < 0 {
			return false
		}
		i += k + len("sig=")
		if k := i - len("sig=") - 1; k >= 0 && (w[k] == '&' || w[k] == '?') && i < len(w) && strings.IndexByte("${%\"'+`", w[i]) >= 0 {
			return true
		}
	}
}

// joinedSigValue reports whether the value after a name ending at ne is a
// signature once the string literals it is built from are joined: kept in
// pieces so a linter or a reviewer misses it ($sig = -join @('…' '…'),
// SIG = ("…"\n "…")). Only the few lines after the name are read.
func joinedSigValue(c []byte, ne int) bool {
	// Cheap first: a short literal of base64 soon after the name, and
	// another literal right after it.
	q := ne
	for q < len(c) && q-ne < 64 && !isQuote(c[q]) && c[q] != '\n' {
		q++
	}
	if q >= len(c) || !isQuote(c[q]) {
		q = skipSpace(c, lineEnd(c, ne), min(len(c), ne+128), true) // -join @(\n '…'
		if q >= len(c) || !isQuote(c[q]) {
			return false
		}
	}
	k := q + 1
	for k < len(c) && k-q <= 44 && (base64Char(c[k]) || c[k] == '%') {
		k++
	}
	if k-q < 4 || k-q > 44 || k >= len(c) || c[k] != c[q] {
		return false // no piece of a signature here
	}
	end := ne
	for n := 0; n < 4 && end < len(c); n++ {
		end = lineEnd(c, end) + 1
	}
	v := newView(c, ne, min(end, len(c)), viewMode{join: true, strictJoin: true})
	s, e, ok := fieldValue(v.text, 0, true)
	return ok && realSignature(percentDecode(string(v.text[s:e])))
}

// fieldStarts reports whether a field's name may follow b. After '&', '?'
// or ';' a name belongs to a query, which the SAS and connection-string
// readers read whole (and may rightly reject: an emulator's, a fake).
func fieldStarts(b byte) bool {
	return b <= ' ' || isQuote(b) || strings.IndexByte("{([,|<>.", b) >= 0 // '.': a struct's field, sas.sig = '…'
}

// fieldValue reads the glue after a field name ending at ne (quotes,
// = : , > | spaces, a function call's name and parenthesis as in
// encodeURIComponent('…'), ${…}, a "value" key or <Value> element) and the
// value after it: up to the quote that opened it, or a run of URL
// characters. sig asks for a run of base64 characters.
func fieldValue(c []byte, ne int, sig bool) (vs, ve int, ok bool) {
	j, sep := ne, false
	var quote byte
	for j < len(c) && j-ne <= fieldGlueMax {
		b := c[j]
		switch {
		case b == '{' && !sep && j > ne && c[j-1] == ' ':
			// Tcl's dict create sv {2022-11-02} sig {…}: a braced value
			// after a space is the field's.
			sep, quote = true, '}'
			j++
			continue
		case b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '(' || b == '{' || b == '[' || b == ']' || b == '$':
			j++
			continue
		case b == '=' || b == ':' || b == ',' || b == '>' || b == '|':
			sep = true
			quote = 0
			j++
			continue
		case sep && (c[j-1] == ' ' || c[j-1] == '\t') && (b == '+' || b == '*' || b == '~' || b == '^' || b == '.' && j+1 < len(c) && c[j+1] == '.'):
			// "sig=" + "…", "sig=" * escapeuri("…") (Julia), .. (Lua): the
			// value is the next literal. The operator stands apart: a
			// value may start with '+' (sig="+BAM…").
			j++
			if b == '.' {
				j++ // Lua's ..
			}
			continue
		case b == '-' && j+1 < len(c) && c[j+1] == '>' || b == '<' && j+1 < len(c) && c[j+1] == '-':
			sep = true // Scala's "sv" -> "…", R's sv <- "…"
			quote = 0
			j += 2
			continue
		case isQuote(b):
			quote = b
			j++
			continue
		case b == '@' && sep:
			j++ // PowerShell's @(…) array
			continue
		case b == '-' && sep && hasPrefixAt(c, j, len(c), "-join"):
			j += len("-join") // PowerShell's -join @(…): the pieces of one value
			continue
		case b == '<': // </Name><Value>, </td><td class="…">
			k := j + 1
			for k < len(c) && k-j < 16 && (isWordByte(c[k]) || c[k] == '/' || c[k] == ':') {
				k++
			}
			if k < len(c) && c[k] == ' ' && k > j+1 {
				for k < len(c) && k-j < 64 && c[k] != '>' && c[k] != '<' && c[k] != '\n' {
					k++ // a tag's attributes
				}
			}
			if k < len(c) && c[k] == '>' {
				j, sep = k+1, true
				continue
			}
		case sep && b == '&' && j+1 < len(c) && (c[j+1] == '\'' || isWordByte(c[j+1])):
			// Rust's type after the name: SAS_SIG: &str = "…", &'static str.
			j++
			if c[j] == '\'' {
				for j < len(c) && j-ne <= fieldGlueMax && c[j] != ' ' {
					j++
				}
			}
			continue
		case isWordByte(b):
			// A wrapper's name: encodeURIComponent( Uri.EscapeDataString(
			// quote(, or the "value" of a key/value pair, which may
			// follow the name with no separator of its own: Insomnia's
			// "- name: sig" then "value: …" on the next line.
			k := j
			for k < len(c) && (isWordByte(c[k]) || c[k] == '.') {
				k++
			}
			w := c[j:k]
			if m := skipSpace(c, k, len(c), false); sep && quote == 0 && m > k && m < len(c) && c[m] == '=' && (m+1 >= len(c) || c[m+1] != '=') {
				// A type between the name and its value: sasSig: String = "…"
				// (a space before its '=': a value's padding is glued on).
				j = m
				continue
			}
			if sep && k < len(c) && c[k] == '(' || strings.EqualFold(string(w), "value") && k < len(c) && !isWordByte(c[k]) && (sep || j > ne) {
				j = k
				continue
			}
		}
		break
	}
	if !sep || j >= len(c) {
		return 0, 0, false
	}
	vs, ve = j, j
	for ve < len(c) && ve-vs < 256 {
		b := c[ve]
		if quote != 0 && b == quote {
			break
		}
		if sig && !(base64Char(b) || b == '%') || !sig && (b <= ' ' || isQuote(b) || strings.IndexByte("&;,)}]<", b) >= 0) {
			break
		}
		ve++
	}
	return vs, ve, ve > vs
}

// readFieldSet reads the SAS whose "sig" field is at view position vi from
// the run of SAS fields around it in a bounded window.
func readFieldSet(v *view, vi int) (secretToken, bool) {
	t := v.text
	ne := vi
	for ne < len(t) && isWordByte(t[ne]) {
		ne++
	}
	if ne == vi || vi > 0 && isWordByte(t[vi-1]) {
		return secretToken{}, false
	}
	// "sig", or the constant a sig field takes its value from (SIG,
	// SAS_SIGNATURE) that stage 1's sigDefinition found.
	svs, sve, ok := fieldValue(t, ne, true)
	if !ok {
		return secretToken{}, false
	}
	type field struct {
		name       string
		ns, vs, ve int
		long       bool // named as the SDKs name it (Version, Signature)
	}
	// Every field in the window, in order, the signature among them.
	var fs []field
	at := -1
	from, to := max(0, vi-fieldsBefore), min(len(t), sve+fieldsAfter)
	// A query whose own sig is a reference (…&sig=$sig, "…&sig=" + SIG)
	// lends its fields to the signature defined elsewhere.
	// So does a query without its version: …&sig=… or SAS_SIG := sig=…,
	// the rest of it in a variable just above.
	query := sigReference(t[from:to]) || vi > 0 && t[vi-1] == '&' || ne < len(t) && t[ne] == '=' && ne-vi == 3
	for p := from; p < to; p++ {
		if p != vi && (p > 0 && !fieldStarts(t[p-1]) && !(query && (t[p-1] == '&' || t[p-1] == '?' || t[p-1] == '=')) || !isWordByte(t[p])) {
			continue
		}
		e := p
		for e < to && isWordByte(t[e]) {
			e++
		}
		name, long := sasFieldName(t[p:e])
		switch {
		case p == vi:
			at = len(fs)
			fs = append(fs, field{"sig", p, svs, sve, long})
		case name != "" && name != "sig":
			// A value that refers to another (sv=$(SAS_SV), se={_SE}) is
			// read where that one is defined, if in the window.
			if vs, ve, ok := fieldValue(t, e, false); ok && !isReference(t, vs) {
				fs = append(fs, field{name, p, vs, ve, long})
			}
		}
		p = e
	}
	if at < 0 {
		return secretToken{}, false
	}
	// The set is the run of fields around the signature with no wide gap
	// and no name twice: a second SAS nearby starts where a name repeats.
	const maxGap = 96
	seen := map[string]field{}
	lo, hi := at, at
	for lo > 0 && fs[lo].ns-fs[lo-1].ve <= maxGap && seen[fs[lo-1].name].ve == 0 && fs[lo-1].name != "sig" {
		lo--
		seen[fs[lo].name] = fs[lo]
	}
	for hi+1 < len(fs) && fs[hi+1].ns-fs[hi].ve <= maxGap && seen[fs[hi+1].name].ve == 0 && fs[hi+1].name != "sig" {
		hi++
		seen[fs[hi].name] = fs[hi]
	}
	if len(seen) < 2 {
		return secretToken{}, false
	}
	longNames := false // only the set's own names count: "<signature>" nearby is a placeholder's
	for _, f := range fs[lo : hi+1] {
		longNames = longNames || f.long
	}
	if longNames && !containsFold(t[from:to], "sas") && !bytes.Contains(t[from:to], []byte(".core.windows.net")) {
		// "version", "expiry" and "signature" name other things too (a
		// webhook's payload): only with SAS or storage named nearby.
		return secretToken{}, false
	}
	q := make([]string, 0, hi-lo+1)
	for _, f := range fs[lo : hi+1] { // in the order written, so the output is stable
		q = append(q, f.name+"="+url.QueryEscape(percentDecode(string(t[f.vs:f.ve]))))
	}
	first, last := fs[lo].ns, max(fs[hi].ve, sve)
	tok, ok := queryToken(v, t, q, Span{first, last}, Span{svs, sve}, first)
	// Fields written name → value are a place of their own: the secret is
	// written here, whatever else holds it. {"name": "sig", "value": …}
	// records are an HTTP tool's parse of a URL it also stores (HAR,
	// Postman, Insomnia): one secret, one finding, on the URL.
	tok.restated = valueRecord(t, ne, svs)
	return tok, ok
}

// valueRecord reports whether the glue t[ne:vs] between a name and its
// value holds a "value" key: a {"name": …, "value": …} record.
func valueRecord(t []byte, ne, vs int) bool {
	return indexFold(string(t[ne:vs]), "value") >= 0
}
