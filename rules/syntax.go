package rules

// Shapes that more than one detection stage recognises: character classes,
// and where a key's name and value sit. Stage 1 uses them to spot a
// candidate cheaply on raw content, stage 3's readers to read it in a view;
// keeping them here lets both call down to one definition instead of one
// stage calling back into another's file.

import (
	"bytes"
	"regexp"
	"strings"
)

func base64Char(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '+' || b == '/' || b == '='
}

func isWordByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '_'
}

func identByte(b byte) bool { return isWordByte(b) || b == '-' || b == '.' }

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	default:
		return c - 'A' + 10
	}
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

// percentDecode decodes %XX escapes, leaving malformed ones as written.
func percentDecode(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			b.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
			i += 2
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// amqpUserinfo is an amqp(s):// URL up to the '@' that ends its userinfo:
// a policy name and a Service Bus or Event Hubs key.
var amqpUserinfo = regexp.MustCompile(`(?i)amqps?://([A-Za-z0-9._~-]{1,64}):([A-Za-z0-9%+/=._~-]{44,140})$`)

// Keys outside connection strings are assigned to a name that says it is a
// key (see namedkey.go). The name must end in "key" (case and _ - .
// ignored).

// keyNameBytes returns the decoded length of the key a name announces (64
// for a storage key, 32 for a Service Bus key), or 0 when the name is not a
// key's. Case and _ - . separators are ignored.
func keyNameBytes(name []byte) int {
	if len(name) > len(hadoopKeyPrefix) && bytes.EqualFold(name[:len(hadoopKeyPrefix)], []byte(hadoopKeyPrefix)) {
		return 64
	}
	norm := make([]byte, 0, 32)
	for i := len(name) - 1; i >= 0 && len(norm) < len("sharedaccesskey"); i-- {
		if b := name[i]; b != '_' && b != '-' && b != '.' {
			norm = append(norm, b|0x20)
		}
	}
	// norm is the name's tail, reversed and lower-cased.
	switch {
	case string(norm) == "yeksseccaderahs":
		return 32
	case len(norm) < 3 || string(norm[:3]) != "yek":
		return 0
	}
	for _, tail := range notSecretKeyNames {
		if bytes.HasPrefix(norm, []byte(tail)) {
			return 0
		}
	}
	return 64
}

// notSecretKeyNames, reversed like keyNameBytes' tail, are names ending in
// "key" whose 88-character base64 values are digests or identifiers, not
// secrets: a cache key or content hash is often a SHA-512 in base64.
var notSecretKeyNames = func() []string {
	names := []string{"publickey", "cachekey", "hashkey", "partitionkey", "rowkey", "sortkey", "idempotencykey", "lookupkey", "indexkey", "foreignkey", "dedupkey", "checksumkey", "digestkey"}
	for i, n := range names {
		b := []byte(n)
		for l, r := 0, len(b)-1; l < r; l, r = l+1, r-1 {
			b[l], b[r] = b[r], b[l]
		}
		names[i] = string(b)
	}
	return names
}()

// hadoopKeyPrefix names a storage key per account in Hadoop and Spark
// configs: fs.azure.account.key.<account>.dfs.core.windows.net.
const hadoopKeyPrefix = "fs.azure.account.key."

// keyNameAt finds the name around "key" at h: [ns, ne) in c. The name is
// not yet checked to be a key's (see keyNameBytes): that costs more.
func keyNameAt(c []byte, h int) (ns, ne int, ok bool) {
	ne = h + 3
	ns = h
	for ns > 0 && h-ns < 64 && identByte(c[ns-1]) {
		ns--
	}
	if ne < len(c) && c[ne] == '.' && isHadoopKeyName(c[ns:ne]) {
		// fs.azure.account.key.<host>: the name runs on over the host.
		for ne < len(c) && identByte(c[ne]) {
			ne++
		}
		return ns, ne, true
	}
	if ne < len(c) && identByte(c[ne]) {
		return 0, 0, false
	}
	return ns, ne, true
}

// isHadoopKeyName reports whether name (up to "key") is fs.azure.account.key.
func isHadoopKeyName(name []byte) bool {
	return len(name) >= len(hadoopKeyPrefix)-1 && bytes.EqualFold(name[len(name)-(len(hadoopKeyPrefix)-1):], []byte(hadoopKeyPrefix[:len(hadoopKeyPrefix)-1]))
}

// keyValueAt finds where the value assigned to the name [ns, ne) starts:
// after = or : (and quotes), after a command-line flag's space, after the
// spaces of a "name   value" config line, or after the </name><value> or
// "…", of a Hadoop or Spark setting.
func keyValueAt(c []byte, ns, ne int) (int, bool, bool) {
	j := ne
	skip := func(set string) {
		for j < len(c) && strings.IndexByte(set, c[j]) >= 0 {
			j++
		}
	}
	skip("\"' \t")
	switch {
	case valueFieldNear(c[ne:min(len(c), ne+160)]) && nameValueGap.Match(c[ne:min(len(c), ne+160)]):
		// The name and the value in separate fields: a Kubernetes env list
		// (- name: AZURE_STORAGE_KEY / value: …), Dapr metadata, an ARM
		// parameters file ("storageAccountKey": {"value": …}), App Service
		// settings ({"name": "StorageAccountKey", "value": …}).
		j = ne + len(nameValueGap.Find(c[ne:min(len(c), ne+160)]))
	case j < len(c) && (c[j] == ':' || c[j] == '='):
		j++
		skip("=> \t")
		if k := typeAnnotationEnd(c, j); k > j {
			// A typed declaration: Key : constant String := (Ada),
			// key: String = (Kotlin, Swift, TypeScript, Pascal).
			j = k
			skip("=> \t")
		}
		if j < len(c) && (c[j] == '\n' || c[j] == '\r') && j > ne && (c[j-1] == '=' || c[j-1] == ' ' && bytes.HasSuffix(bytes.TrimRight(c[ne:j], " \t"), []byte("="))) {
			skip("\r\n \t") // the value on the next line: Key : constant String :=\n  "…"
		}
		if j < len(c) && c[j] == '(' {
			// KEY = (\n "…"\n "…"\n): Python's parenthesised literals,
			// joined by the reader (joinedLiterals).
			j++
			skip(" \t\r\n")
		}
	case cobolValueClause(c, j) > j:
		// COBOL: AZ-ACCOUNT-KEY PIC X(88) VALUE 'KEY' (or the literal on
		// the next line).
		j = cobolValueClause(c, j)
	case ne-ns > len(hadoopKeyPrefix) && bytes.EqualFold(c[ns:ns+len(hadoopKeyPrefix)], []byte(hadoopKeyPrefix)):
		if m := hadoopValueGap.Find(c[ne:min(len(c), ne+64)]); m != nil {
			j = ne + len(m)
		} else {
			return 0, false, false
		}
	case j > ne && afterDefine(c, ns):
		// A C macro: #define ACCOUNT_KEY "…" (adjacent literals joined by the reader).
	case j < len(c) && c[j] == '|' && cellStartsAt(c, ns):
		// A table row: | storage.key | value |, psql's output.
		j++
		skip(" \t")
	case j > ne && c[ns] == '-': // --account-key VALUE, -StorageAccountKey "VALUE"
	case j > ne && lineStartsAt(c, ns): // Fluent Bit, INI without '=': name   value
	default:
		return 0, false, false
	}
	if j+1 < len(c) && c[j] == '<' && c[j+1] == '<' {
		j += 2 // an Erlang or Elixir binary: <<"…">>
	}
	skip("\"'`")
	return j, true, true
}

// hadoopValueGap is what separates fs.azure.account.key.<host> from its
// value: the XML element change or a function's next string argument.
// valueFieldNear is nameValueGap's cheap precondition: the regex needs the
// word "value", and Go source alone has a "key" every few lines.
func valueFieldNear(w []byte) bool { return bytes.Contains(w, []byte("value")) }

var nameValueGap = regexp.MustCompile(`^["']?\s*(?:[:=]\s*\{\s*|,\s*)?(?:\r?\n[ \t-]*)?["']?value["']?\s*[:=]\s*["']?`)

var hadoopValueGap = regexp.MustCompile(`^(?:\s*</name>\s*<value>\s*|["']\s*,\s*["']|["']?\s*[:=]\s*["']?)`)

// afterDefine reports whether the name at ns follows "#define" (a C
// macro), reading back over a few blanks only: a 4 MB line has a "key"
// every few bytes.
func afterDefine(c []byte, ns int) bool {
	k := ns
	for k > 0 && ns-k < 8 && (c[k-1] == ' ' || c[k-1] == '\t') {
		k--
	}
	return k < ns && k >= 7 && string(c[k-7:k]) == "#define"
}

// cellStartsAt reports whether c[i] starts a table cell's text: a '|'
// and blanks before it.
func cellStartsAt(c []byte, i int) bool {
	for n := 0; i > 0 && n < 64 && (c[i-1] == ' ' || c[i-1] == '\t'); n++ {
		i--
	}
	return i > 0 && c[i-1] == '|'
}

// lineStartsAt reports whether only blanks stand before c[i] on its line.
func lineStartsAt(c []byte, i int) bool {
	i = skipSpaceBack(c, i)
	return i == 0 || c[i-1] == '\n'
}

// heredocValue reads a key written as the body of a heredoc started on the
// name's line after ne ($KEY = <<~'EOK'; in Perl, <<-EOF in shell, <<~EOS
// in Ruby): the body's lines, indentation dropped, joined until they hold
// want base64 characters and the terminator (or the text's end) follows.
// It returns where the body's first and last pieces start and end, and
// the joined value.
func heredocValue(c []byte, ne, want int) (bs, be int, value string, ok bool) {
	// Bounded: the heredoc starts on a line that ends within 160 bytes of
	// the name, and each body line is short, so a name on a 10 MB line
	// stays cheap.
	line := func(p, n int) int {
		if k := bytes.IndexByte(c[p:min(len(c), p+n)], '\n'); k >= 0 {
			return p + k
		}
		if p+n >= len(c) {
			return len(c)
		}
		return -1
	}
	le := line(ne, 160)
	if le < 0 {
		return 0, 0, "", false
	}
	i := bytes.Index(c[ne:le], []byte("<<"))
	if i < 0 {
		return 0, 0, "", false
	}
	j := ne + i + 2
	if j < le && (c[j] == '~' || c[j] == '-') {
		j++
	}
	if j < le && isQuote(c[j]) {
		j++
	}
	k := j
	for k < le && identByte(c[k]) {
		k++
	}
	if k == j {
		return 0, 0, "", false
	}
	term := c[j:k]
	var joined []byte
	bs = -1
	for p := le + 1; p < len(c) && len(joined) < want; {
		e := line(p, 2*want)
		if e < 0 {
			return 0, 0, "", false // a longer line is no piece of it
		}
		line := bytes.TrimSpace(c[p:e])
		if len(line) == 0 || bytes.Equal(line, term) {
			return 0, 0, "", false
		}
		for _, b := range line {
			if !base64Char(b) {
				return 0, 0, "", false
			}
		}
		if bs < 0 {
			bs = p + bytes.Index(c[p:e], line)
		}
		joined = append(joined, line...)
		be = p + bytes.Index(c[p:e], line) + len(line)
		p = e + 1
	}
	if len(joined) != want {
		return 0, 0, "", false
	}
	n := line(be, 16)
	if n < 0 {
		return 0, 0, "", false
	}
	if n++; n < len(c) {
		if e := line(n, 2*want); e < 0 || !bytes.Equal(bytes.TrimSpace(c[n:e]), term) {
			return 0, 0, "", false // the body goes on: not this key
		}
	}
	return bs, be, string(joined), true
}

// typeAnnotationEnd returns where the assignment after a typed
// declaration's type ends ("constant String :=", "String ="), or j when
// c[j:] is not a type followed by '=' or ":=" on the same line.
func typeAnnotationEnd(c []byte, j int) int {
	if j >= len(c) || !('a' <= c[j]|0x20 && c[j]|0x20 <= 'z') {
		return j
	}
	k := j
	for k < len(c) && k-j < 48 && (isWordByte(c[k]) || strings.IndexByte(".<>[]? \t", c[k]) >= 0) {
		k++
	}
	e := j
	switch {
	case k < len(c) && c[k] == '=':
		e = k + 1
	case k+1 < len(c) && c[k] == ':' && c[k+1] == '=':
		e = k + 2
	default:
		return j
	}
	// A word glued to an '=' that ends its line is a base64 value's
	// padding (primaryKey: …LyE=), not a type: a type has a space before
	// the assignment or a value after it.
	if r := skipSpace(c, e, len(c), false); c[k-1] != ' ' && c[k-1] != '\t' && (r >= len(c) || c[r] == '\n' || c[r] == '\r' || c[r] == '=') {
		return j
	}
	return e
}

// cobolValueClause returns where the literal of a COBOL data item's
// "PIC X(88) VALUE" clause at c[j:] starts (past line breaks and
// indentation), or j.
func cobolValueClause(c []byte, j int) int {
	if j+3 >= len(c) || !equalFold(c[j:j+3], "pic") {
		return j
	}
	end := min(len(c), j+48)
	v := indexFold(string(c[j:end]), "value")
	if v < 0 || bytes.IndexByte(c[j:j+v], '\n') >= 0 {
		return j
	}
	k := skipSpace(c, j+v+len("value"), len(c), false)
	if k < len(c) && (c[k] == '\r' || c[k] == '\n') {
		k = skipSpace(c, k, len(c), true)
		for n := 0; n < 6 && k < len(c) && '0' <= c[k] && c[k] <= '9'; n++ {
			k++ // the next line's sequence number, columns 1-6
		}
		k = skipSpace(c, k, len(c), false)
	}
	if k < len(c) && isQuote(c[k]) {
		return k
	}
	return j
}
