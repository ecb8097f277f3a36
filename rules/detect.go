package rules

import (
	"bytes"
	"sort"
	"strings"
	"time"
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
	// restated marks a token rebuilt from parts (a Postman query array) that
	// the same file may also hold whole; the whole one is reported instead.
	restated bool
}

// The engine looks only near "sig" and "key" (any case), so text without
// them costs three memory-speed passes of bytes.IndexByte, anchored on the
// markers' rarer last letters.
var markerSig = []byte("sig")

// findTokens returns the real (not placeholder, not fake, not emulator)
// tokens in content, in order of position.
func findTokens(content []byte) []secretToken {
	var hits []int
	// Anchor on 'g', rarer in text than 's', and look back for "si".
	for off := 0; ; {
		i := bytes.IndexByte(content[off:], 'g')
		if i < 0 {
			break
		}
		g := off + i
		off = g + 1
		if g < 2 || content[g-1] != 'i' || content[g-2] != 's' {
			continue
		}
		if h := g - 2; sigHit(content, h) && !hopelessSig(content, h) {
			hits = append(hits, h)
		}
	}
	// "Key", "key" and "KEY", anchored on their last letter.
	for _, y := range []byte{'y', 'Y'} {
		for off := 0; ; {
			i := bytes.IndexByte(content[off:], y)
			if i < 0 {
				break
			}
			at := off + i
			off = at + 1
			if at < 2 || content[at-1]|0x20 != 'e' || content[at-2]|0x20 != 'k' {
				continue
			}
			if h := at - 2; keyHit(content, h) || namedKeyHit(content, h) || keysListHit(content, h) || queryPairHit(content, h) {
				hits = append(hits, h)
			}
		}
	}
	if len(hits) == 0 {
		return nil
	}
	sort.Ints(hits)
	out := dropRestated(tokensAt(content, hits))
	return out
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
func tokensAt(content []byte, hits []int) []secretToken {
	var out []secretToken
	covered := -1 // content offset up to which a token was already found
	for _, h := range hits {
		if h < covered {
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
func tokenAt(content []byte, h int) (secretToken, bool) {
	if queryPairHit(content, h) {
		// One parameter per JSON object, one object per line.
		ws, we := window(content, h, 64)
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

// blobBounds is the run of token characters around t[i].
func blobBounds(t []byte, i int) (int, int) {
	bs, be := i, i
	for bs > 0 && tokenChar(t[bs-1]) {
		bs--
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
	const reach = 4096
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

	return parseNamedKey(v, vi)
}

// parseSASBlob reads a storage SAS (URL, bare query or connection-string
// SharedAccessSignature) or a Service Bus / IoT Hub token around the sig at
// blob[hit:].
func parseSASBlob(v *view, bs int, blob string, hit int) (secretToken, bool) {
	qs, qe := queryBounds(blob, hit)
	query := blob[qs:qe]
	p := parseQuery(query)
	sig := p["sig"]
	sigStart := hit + len("sig=")
	sigEnd := sigStart + strings.IndexAny(blob[sigStart:]+"&", "&;#")
	sigEnd = min(sigEnd, qe)
	if !realSignature(sig) {
		// Something glued on after the signature: cut it at 44 characters.
		n, ok := realPrefix(blob[sigStart:sigEnd], 44, realSignature)
		if !ok {
			return secretToken{}, false
		}
		sigEnd, qe = sigStart+n, sigStart+n
		sig = percentDecode(blob[sigStart:sigEnd])
	}

	tok := secretToken{secretText: sig}
	tok.secret = v.span(bs+sigStart, bs+sigEnd)
	start, end := qs, qe
	if qs > 0 && blob[qs-1] == '?' {
		start = qs - 1
	}

	conn := connStart(blob[:qs])
	switch {
	case p["sv"] != "" && signedVersion(p["sv"]) && (p["se"] != "" || p["si"] != ""):
		tok.facts = storageFacts(p)
		tok.perms = p["sp"]
		switch tok.facts.Type {
		case "account":
			tok.kind = KindAccountSAS
		case "user_delegation":
			tok.kind = KindUserDelegationSAS
		default:
			tok.kind = KindServiceSAS
		}
		if conn >= 0 {
			// A connection string: AccountName=…;BlobEndpoint=…;SharedAccessSignature=…
			tok.kind = KindStorageConnSAS
			start = conn
			end = connEnd(blob, qe)
			kv := connFields(blob[conn:end])
			tok.facts.Account = connAccount(kv)
			tok.facts.Emulator = tok.facts.Account == emulatorAccount
		} else if u := urlStart(blob[:qs]); u >= 0 {
			start = u
			host, path := splitURL(afterScheme(blob[u : qs-1]))
			tok.path = path
			tok.facts.Host = strPtr(host)
			tok.facts.Account, tok.facts.Emulator = accountFromHost(host, path)
			tok.dataLake = strings.Contains(host, ".dfs.")
		}
		if tok.facts.SignedResource != nil && *tok.facts.SignedResource == "d" {
			tok.dataLake = true
		}
	case p["sr"] != "" && p["se"] != "" && p["sv"] == "":
		f, ok := serviceBusTokenFacts(p)
		if !ok {
			return secretToken{}, false
		}
		tok.kind, tok.facts = KindServiceBusSAS, f
		if conn >= 0 {
			start = conn
			end = connEnd(blob, qe)
		}
		// "SharedAccessSignature sr=…": the keyword before the space belongs to the token.
		if kw := "SharedAccessSignature "; start == qs && bs >= len(kw) && string(v.text[bs-len(kw):bs]) == kw {
			start -= len(kw)
		}
	default:
		return secretToken{}, false
	}
	if tok.facts.Emulator {
		return secretToken{}, false
	}
	tok.span = v.span(bs+start, bs+end)
	tok.redacted = maskIn(string(v.text[bs+start:bs+end]), sigStart-start, sigEnd-start, sig)
	return tok, true
}

// queryBounds finds the SAS query around the sig at blob[hit:]. It starts
// after the URL's '?', after a connection string's ';' (and its
// SharedAccessSignature=), or after a NAME= a bare query was assigned to
// (AZURE_STORAGE_SAS_TOKEN=sv=…, --sas-token=sv=…); a ';' before the
// signature counts only when a connection-string field follows it, since a
// decoded rscd=attachment;filename=… holds one. It ends at ';' or '#'.
func queryBounds(blob string, hit int) (qs, qe int) {
	q := strings.LastIndexAny(blob[:hit], "?#") // a fragment can carry it too
	qs = q + 1
	for i := hit - 1; i > q; i-- {
		if blob[i] == ';' && connFieldAt(blob, i+1) {
			qs = i + 1
			break
		}
	}
	if i := strings.LastIndex(blob[:hit], "SharedAccessSignature+"); i >= 0 && i+len("SharedAccessSignature+") > qs {
		qs = i + len("SharedAccessSignature+") // "SharedAccessSignature sr=…" with its space encoded
	}
	if i := lastIndexFold(blob[qs:hit], "SharedAccessSignature="); i >= 0 {
		qs += i + len("SharedAccessSignature=")
	}
	// NAME=sv=… or ${NAME:sv=…}: skip names that are not SAS parameters.
	for {
		amp := strings.IndexByte(blob[qs:hit]+"&", '&')
		name, value, ok := strings.Cut(blob[qs:qs+amp], "=")
		if !ok || sasParamNames[strings.ToLower(name)] {
			break
		}
		if c := strings.LastIndexByte(name, ':'); c >= 0 && sasParamNames[strings.ToLower(name[c+1:])] {
			qs += c + 1
			break
		}
		if !strings.Contains(value, "=") {
			break
		}
		qs += len(name) + 1
	}
	// After the signature, any ';' ends the query: a CSV field separator,
	// the next connection-string field, or a decoded ';' in a later value.
	qe = hit + strings.IndexAny(blob[hit:]+";", ";#")
	// Two URLs pasted with nothing between them: the second starts a new token.
	if u := strings.Index(blob[hit:qe], "://"); u >= 0 {
		if s := schemeStart(blob, hit+u); s > hit {
			qe = s
		}
	}
	return qs, qe
}

// sasParamNames are the query parameters a storage or Service Bus SAS uses.
var sasParamNames = map[string]bool{
	"sv": true, "ss": true, "srt": true, "sp": true, "se": true, "st": true, "sip": true, "spr": true,
	"sig": true, "sr": true, "si": true, "tn": true, "sdd": true, "ses": true, "skoid": true, "sktid": true,
	"skt": true, "ske": true, "sks": true, "skv": true, "saoid": true, "suoid": true, "scid": true,
	"rscc": true, "rscd": true, "rsce": true, "rscl": true, "rsct": true, "spk": true, "srk": true,
	"epk": true, "erk": true, "skn": true, "snapshot": true, "versionid": true, "sduoid": true, "skdutid": true,
}

// connFieldAt reports whether a connection-string field (Name=) starts at
// s[i].
func connFieldAt(s string, i int) bool {
	for _, k := range connKeys {
		if len(s)-i >= len(k) && strings.EqualFold(s[i:i+len(k)], k) {
			return true
		}
	}
	return false
}

func lastIndexFold(s, sub string) int {
	n := len(sub)
	for i := len(s) - n; i >= 0; i-- {
		if strings.EqualFold(s[i:i+n], sub) {
			return i
		}
	}
	return -1
}

// parseKeyBlob reads AccountKey= or SharedAccessKey= in a connection string.
func parseKeyBlob(v *view, bs int, blob string, hit int) (secretToken, bool) {
	ks := hit + len("key=")
	ke := ks + strings.IndexAny(blob[ks:]+";", ";")
	key := blob[ks:ke]
	isAccountKey := hit >= 7 && strings.EqualFold(blob[hit-7:hit], "account")
	if !isAccountKey && !(hit >= 12 && strings.EqualFold(blob[hit-12:hit], "sharedaccess")) {
		return secretToken{}, false
	}
	fieldStart := hit - len("SharedAccess")
	if isAccountKey {
		fieldStart = hit - len("Account")
	}
	conn := connStart(blob[:fieldStart])
	if conn < 0 {
		conn = fieldStart
	}
	end := connEnd(blob, ke)
	kv := connFields(blob[conn:end])
	if want := keyLength(isAccountKey); len(key) > want {
		// Another string glued on after the key: "…==DefaultEndpointsProtocol=".
		if n, ok := realPrefix(key, want, func(k string) bool { return realKey(k, want*3/4) }); ok {
			ke = ks + n
			key = blob[ks:ke]
		}
	}
	tok := secretToken{secretText: key, secret: v.span(bs+ks, bs+ke)}
	switch {
	case isAccountKey:
		if key == emulatorKey || !realKey(key, 64) {
			return secretToken{}, false
		}
		account := connAccount(kv)
		if account == emulatorAccount {
			return secretToken{}, false
		}
		tok.kind = KindStorageKey
		proto := strings.ToLower(kv["defaultendpointsprotocol"])
		tok.facts = Facts{
			Type: "storage_account_key", Account: account, Permissions: strPtr("*"),
			HTTPSOnly: boolPtr(proto == "https"), WriteClass: boolPtr(true), Destructive: boolPtr(true),
		}
	default:
		if !realKey(key, 32) {
			return secretToken{}, false
		}
		tok.kind = KindServiceBusSAS
		typ, account := "servicebus_connection_string_key", ""
		if host := kv["hostname"]; host != "" {
			typ, account = "iothub_connection_string_key", firstLabel(host)
		} else if ep := kv["endpoint"]; ep != "" {
			h, _ := splitURL(afterScheme(ep))
			account = firstLabel(h)
		}
		tok.facts = Facts{Type: typ, Account: account, Permissions: strPtr("*"), KeyName: nonEmpty(kv["sharedaccesskeyname"]),
			WriteClass: boolPtr(true), Destructive: boolPtr(true)}
	}
	tok.span = v.span(bs+conn, bs+end)
	tok.redacted = maskIn(string(v.text[bs+conn:bs+end]), ks-conn, ke-conn, key)
	return tok, true
}

// realPrefix returns the length of the raw prefix of value that decodes to
// n characters and passes real, for a secret with something glued after it.
func realPrefix(value string, n int, real func(string) bool) (int, bool) {
	decoded := 0
	for i := 0; i < len(value); i++ {
		if value[i] == '%' && i+2 < len(value) && isHex(value[i+1]) && isHex(value[i+2]) {
			i += 2
		}
		decoded++
		if decoded == n {
			if real(percentDecode(value[:i+1])) {
				return i + 1, true
			}
			return 0, false
		}
	}
	return 0, false
}

// keyLength is the encoded length of an account key (88) or a Service Bus key (44).
func keyLength(accountKey bool) int {
	if accountKey {
		return 88
	}
	return 44
}

// The storage emulator's account and key are published; they are not secrets.
const (
	emulatorAccount = "devstoreaccount1"
	emulatorKey     = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
)

// connKeys are the names connection strings use; the first one in a blob
// marks where the connection string starts.
var connKeys = []string{
	"DefaultEndpointsProtocol=", "AccountName=", "AccountKey=", "EndpointSuffix=",
	"BlobEndpoint=", "QueueEndpoint=", "TableEndpoint=", "FileEndpoint=",
	"SharedAccessSignature=", "UseDevelopmentStorage=", "Endpoint=", "SharedAccessKeyName=",
	"SharedAccessKey=", "EntityPath=", "HostName=", "DeviceId=", "ModuleId=",
}

// connStart returns where a connection string starts in s (the text before
// the marker's field), or -1 when s ends with no connection-string field.
// It walks back over ;-separated fields while each is a known one; within a
// field, the last known name at a word boundary wins, so junk before it
// ("CONN=", or another string and a comma) stays out.
func connStart(s string) int {
	start := -1
	segEnd := len(s)
	for {
		segStart := strings.LastIndexByte(s[:segEnd], ';') + 1
		seg := s[segStart:segEnd]
		found := lastConnField(seg)
		switch {
		case found < 0 && segEnd == len(s) && seg == "":
			// The marker's own field starts right after ';'.
		case found < 0:
			return start
		default:
			start = segStart + found
			if found > 0 { // junk before the field: the string starts here
				return start
			}
		}
		if segStart == 0 {
			return start
		}
		segEnd = segStart - 1
	}
}

// lastConnField returns the offset of the last known field name in seg that
// starts a word, or -1.
func lastConnField(seg string) int {
	best := -1
	for _, k := range connKeys {
		for from := 0; ; {
			i := indexFold(seg[from:], k)
			if i < 0 {
				break
			}
			at := from + i
			if (at == 0 || !identByte(seg[at-1])) && at > best {
				best = at
			}
			from = at + 1
		}
	}
	return best
}

// connEnd extends a connection string from pos over the known fields that
// follow. A field that runs into another connection string ("…,AccountName=",
// "…/DefaultEndpointsProtocol=") ends where that one starts.
func connEnd(blob string, pos int) int {
	end := pos
	for end < len(blob) && blob[end] == ';' {
		next := strings.IndexByte(blob[end+1:], ';')
		field := blob[end+1:]
		if next >= 0 {
			field = blob[end+1 : end+1+next]
		}
		if !connFieldAt(field, 0) {
			break
		}
		if c := lastConnField(field); c > 0 {
			// Another connection string glued on: "…,AccountName=", "…/DefaultEndpointsProtocol=".
			cut := end + 1 + c
			if blob[cut-1] == ',' {
				cut--
			}
			return cut
		}
		end += 1 + len(field)
	}
	return end
}

// connFields splits a connection string into lower-cased keys and values.
func connFields(s string) map[string]string {
	kv := map[string]string{}
	for _, f := range strings.Split(s, ";") {
		k, val, ok := strings.Cut(f, "=")
		if ok {
			kv[strings.ToLower(k)] = val
		}
	}
	return kv
}

func connAccount(kv map[string]string) string {
	if a := kv["accountname"]; a != "" {
		return validName(a)
	}
	if strings.EqualFold(kv["usedevelopmentstorage"], "true") {
		return emulatorAccount
	}
	for _, k := range []string{"blobendpoint", "queueendpoint", "tableendpoint", "fileendpoint"} {
		if ep := kv[k]; ep != "" {
			if i := strings.Index(ep, "://"); i >= 0 {
				host, path := splitURL(afterScheme(ep[i:]))
				a, _ := accountFromHost(host, path)
				return a
			}
		}
	}
	return ""
}

// urlStart returns where a URL (scheme://) starts in s, the text before a
// query's '?', or -1.
func urlStart(s string) int {
	if !strings.HasSuffix(s, "?") && !strings.HasSuffix(s, "#") {
		return -1
	}
	i := strings.LastIndex(s, "://")
	if i < 0 {
		return -1
	}
	return schemeStart(s, i)
}

// schemeStart returns where the http or https scheme before s[i:] ("://")
// starts, or -1: "Zhttps://" glued to a previous token starts at the 'h'.
func schemeStart(s string, i int) int {
	for _, scheme := range []string{"https", "http"} {
		if i >= len(scheme) && strings.EqualFold(s[i-len(scheme):i], scheme) {
			return i - len(scheme)
		}
	}
	return -1
}

// splitURL splits "host[:port]/path" (after the scheme) into host and path.
func splitURL(s string) (host, path string) {
	i := strings.IndexAny(s, "/?")
	if i < 0 {
		return s, ""
	}
	return s[:i], s[i:]
}

// storageServiceLabels are the second labels of storage endpoint hosts:
// acct.blob.core.windows.net, acct.privatelink.blob…, acct.z13.web….
var storageServiceLabels = map[string]bool{"blob": true, "dfs": true, "file": true, "queue": true, "table": true, "web": true, "privatelink": true}

// accountFromHost names the storage account behind a host: the first label of
// a storage endpoint (public, sovereign or private), or the first path
// segment for the emulator and path-style hosts. Custom domains and CDNs
// don't say; the account is then "".
func accountFromHost(host, path string) (account string, emulator bool) {
	h := strings.ToLower(host)
	if i := strings.LastIndexByte(h, ':'); i >= 0 && !strings.Contains(h[i:], "]") {
		h = h[:i]
	}
	labels := strings.Split(h, ".")
	isIP := len(labels) == 4 && strings.Trim(h, "0123456789.") == ""
	if isIP || h == "localhost" || h == "azurite" || h == "host.docker.internal" || strings.HasPrefix(h, "[") {
		seg := validName(strings.SplitN(strings.TrimPrefix(path, "/"), "/", 2)[0])
		return seg, seg == emulatorAccount
	}
	if len(labels) >= 3 {
		second := labels[1]
		zone := len(second) > 1 && second[0] == 'z' && strings.Trim(second[1:], "0123456789") == ""
		if storageServiceLabels[second] || zone {
			return validName(labels[0]), labels[0] == emulatorAccount
		}
	}
	return "", false
}

func firstLabel(host string) string {
	h := strings.ToLower(host)
	if i := strings.IndexAny(h, ".:/"); i >= 0 {
		h = h[:i]
	}
	return validName(h)
}

// validName keeps a storage account or namespace name only if it has the
// shape Azure allows (letters, digits, hyphens, at most 63), so junk around a
// malformed token never ends up in a message.
func validName(s string) string {
	if len(s) == 0 || len(s) > 63 {
		return ""
	}
	for i := 0; i < len(s); i++ {
		if !(isWordByte(s[i]) && s[i] != '_' || s[i] == '-') {
			return ""
		}
	}
	return s
}

// storageFacts reads the facts a storage SAS states about itself.
func storageFacts(p sasParams) Facts {
	f := Facts{Version: nonEmpty(p["sv"])}
	switch {
	case p["skoid"] != "":
		f.Type = "user_delegation"
	case p["ss"] != "" && p["srt"] != "" && p["sr"] == "":
		f.Type = "account"
		f.Services, f.ResourceTypes = nonEmpty(p["ss"]), nonEmpty(p["srt"])
	default:
		f.Type = "service"
	}
	if f.Type != "account" {
		switch {
		case p["sr"] != "":
			f.SignedResource = nonEmpty(p["sr"])
		case p["tn"] != "":
			f.SignedResource = strPtr("table")
		}
	}
	if sp := p["sp"]; sp != "" {
		f.Permissions = strPtr(sp)
		f.WriteClass = boolPtr(hasAny(sp, writeClassLetters))
		f.Destructive = boolPtr(hasAny(sp, destructiveLetters))
	}
	f.Expiry = timePtr(parseSASTime(p["se"]))
	f.Start = timePtr(parseSASTime(p["st"]))
	f.KeyExpiry = timePtr(parseSASTime(p["ske"]))
	f.EffectiveExpiry = earliest(f.Expiry, f.KeyExpiry)
	f.HTTPSOnly = boolPtr(strings.EqualFold(strings.TrimSpace(p["spr"]), "https"))
	if sip := p["sip"]; sip != "" {
		f.IPRestricted, f.IPRange = true, strPtr(sip)
	}
	if si := p["si"]; si != "" {
		f.StoredPolicy, f.PolicyID = true, strPtr(si)
	}
	return f
}

// serviceBusTokenFacts reads a Service Bus, Event Hubs or IoT Hub token:
// sr is the resource URI, se Unix seconds, skn the key's name.
func serviceBusTokenFacts(p sasParams) (Facts, bool) {
	exp, ok := parseUnixTime(p["se"])
	if !ok {
		return Facts{}, false
	}
	resource := p["sr"]
	host := resource
	if i := strings.Index(host, "://"); i >= 0 {
		host = host[i+3:]
	}
	host, _ = splitURL(host)
	typ := "servicebus_token"
	if strings.Contains(strings.ToLower(host), ".azure-devices.") {
		typ = "iothub_token"
	}
	return Facts{
		Type: typ, Account: firstLabel(host), Resource: strPtr(resource), KeyName: nonEmpty(p["skn"]),
		Expiry: &exp, EffectiveExpiry: &exp,
	}, true
}

// maskIn replaces s[a:b], the secret as written, with the first four
// characters of the decoded secret and "****": enough to tell tokens apart,
// useless to an attacker.
func maskIn(s string, a, b int, decoded string) string {
	return s[:a] + maskSecret(decoded) + s[b:]
}

func maskSecret(secret string) string {
	keep := min(4, len(secret)/4)
	return secret[:keep] + "****"
}

// afterScheme drops "https://" (or any scheme) from a URL.
func afterScheme(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		return u[i+3:]
	}
	return u
}

func indexFold(s, sub string) int {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		if strings.EqualFold(s[i:i+n], sub) {
			return i
		}
	}
	return -1
}

func strPtr(s string) *string { return &s }
func boolPtr(b bool) *bool    { return &b }

func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func timePtr(t time.Time, ok bool) *time.Time {
	if !ok {
		return nil
	}
	return &t
}

func earliest(a, b *time.Time) *time.Time {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	case b.Before(*a):
		return b
	}
	return a
}
