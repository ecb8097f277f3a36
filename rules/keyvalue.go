package rules

// Storage keys however they are named. A storage account key is 64 random
// bytes, 88 base64 characters ending in "==". Where a name or a storage
// host is written next to it does not matter: a string argument
// (Add("AccountKey", "…"), getenv("AZURE_STORAGE_KEY", "…")), a fallback
// (|| ?? ?: or unwrap_or), a typed declaration, #define, a SQL credential
// whose identity says so, an SMB password beside a *.file.core.windows.net
// host, a URI's userinfo (wasb://acct:KEY@). So the value is the anchor
// (stage 1 finds "==" and its percent-encoded twin), and a bounded window
// around it decides: a name that says storage key, a generic secret's name
// with Azure storage named nearby, or a storage host on the value's line.
// Digests of the same length (sha512-… integrity, publicKey, cache keys)
// name themselves as such on the value's line and stay silent.

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"regexp"
	"strings"
)

// keyLen is the length of a 64-byte key in base64.
const keyLen = 88

// keyScan finds the random 64-byte values in content that their window
// says are storage keys. A key is a run of at least 88 base64 (or
// percent-encoded) characters. The search slides a window of 88 bytes and
// checks it from its end backwards: the first byte that cannot be in a key
// moves the window past it, so text without keys costs a few table
// lookups per window, not one per byte. p is the end of the next window,
// so that stage 1 can call scan block by block.
type keyScan struct{ p int }

// scan looks at the windows ending before to and appends their hits.
func (k *keyScan) scan(c []byte, to int, hits []hit) []hit {
	p := k.p
	for p < to {
		// The last 8 bytes of the window at once: in text one of them is
		// nearly always a space, a line break or a quote (below '%'), which
		// a key never holds. The flags are exact per byte (no carry
		// crosses bytes), so the last one says how far to move.
		w := binary.LittleEndian.Uint64(c[p-7 : p+1])
		if low := ^((w & 0x7f7f7f7f7f7f7f7f) + 0x5b5b5b5b5b5b5b5b | w) & 0x8080808080808080; low != 0 {
			p += keyLen - bits.LeadingZeros64(low)/8
			continue
		}
		q := p
		for q > p-keyLen && keyRunChars[c[q]] {
			q--
		}
		if q > p-keyLen {
			p = q + keyLen // no run of keyLen bytes can hold c[q]
			continue
		}
		// c[p-keyLen+1 : p+1] is a whole window of key characters: measure
		// the run around it.
		s, e := p-keyLen+1, p+1
		for s > 0 && keyRunChars[c[s-1]] {
			s--
		}
		for e < len(c) && keyRunChars[c[e]] {
			e++
		}
		hits = keyValuesIn(c, s, e, hits)
		if e-s >= minWrapped && decodeCallAround(c, s, e) && holdsAnchor(c[s:e]) {
			hits = append(hits, hit{s, formBase64Call}) // base64call.go
		}
		p = e + keyLen
	}
	k.p = p
	return hits
}

var keyRunChars = func() (t [256]bool) {
	for b := range 256 {
		t[b] = base64Char(byte(b)) || b == '%'
	}
	return t
}()

// keyValuesIn looks for a key's padding ("==", percent-encoded "%3D%3D")
// in the run c[s:e] and keeps each random 64-byte value ending there that
// its window names a storage key.
func keyValuesIn(c []byte, s, e int, hits []hit) []hit {
	for i := s + 1; i < e; i++ {
		end := 0
		switch {
		case c[i] == '=' && c[i-1] == '=' && (i+1 >= e || c[i+1] != '='):
			end = i + 1
		case c[i] == '%' && i+6 <= e && strings.EqualFold(string(c[i:i+6]), "%3D%3D"):
			end = i + 6
		default:
			continue
		}
		if vs, _, ok := randomKeyBefore(c, end); ok && keyValueContext(c, vs, end) {
			hits = append(hits, hit{vs, formKeyValue})
		}
	}
	return hits
}

// randomKeyBefore reads back from e over an 88-character key, raw or
// percent-encoded: where it starts and the key decoded, and whether it is
// a real one (random, not a published key).
func randomKeyBefore(c []byte, e int) (int, string, bool) {
	s, n := e, 0
	for s > 0 && n < 88 {
		switch {
		case s >= 3 && c[s-3] == '%' && isHex(c[s-2]) && isHex(c[s-1]):
			s -= 3
		case base64Char(c[s-1]):
			s--
		default:
			goto done
		}
		n++
	}
done:
	if n != 88 || s > 0 && base64Char(c[s-1]) && c[s-1] != '=' { // password=KEY: '=' is the name's

		return 0, "", false
	}
	key := percentDecode(string(c[s:e]))
	if !realKey(key, 64) || publicKeys[key] {
		return 0, "", false
	}
	return s, key, true
}

// keyValueContext decides whether the random 64-byte value at c[s:e] is a
// storage account key, from a bounded window around it.
func keyValueContext(c []byte, s, e int) bool {
	ls := lineStart(c, s)
	near := normName(c[max(ls-1, s-200, 0):s])                                                 // the value's line up to it
	before := normName(c[max(0, lineStart(c, max(0, ls-1)), s-240):s])                         // and the line before
	line := strings.ToLower(string(c[continuedFrom(c, ls):min(len(c), lineEnd(c, e), e+200)])) // the whole line, and the lines it continues (^, \, `)
	ws := max(0, s-768)
	for n, l := 0, ls; n < 8 && l > 0 && s-l < 4096; n++ { // 8 lines up, however wide (box-drawn tables)
		l = lineStart(c, l-1)
		ws = min(ws, l)
	}
	wide := strings.ToLower(string(c[ws:min(len(c), e+512)])) // storage named nearby
	// sops leaves a value in plain text under a name ending _unencrypted:
	// the name is what comes before it, and "crypt" is not its purpose.
	near, before = strings.ReplaceAll(near, "unencrypted", ""), strings.ReplaceAll(before, "unencrypted", "")
	if strings.HasSuffix(near, "sig") {
		return false // a SAS signature of the wrong length, not a key
	}
	for _, w := range digestNames {
		if strings.Contains(near, w) {
			return false
		}
	}
	for _, w := range storageKeyNames {
		if strings.Contains(before, w) {
			return true
		}
	}
	for _, w := range []string{".core.windows.net", "wasb://", "wasbs://", "abfs://", "abfss://", ".mongo.cosmos.azure.", ".mongocluster.cosmos.azure."} {
		if strings.Contains(line, w) {
			return true // an SMB password beside its share, a key in a URI's userinfo
		}
	}
	if storageHostInCall(c, s) {
		return true // azureBlobStorage('https://acct.blob.core.windows.net', 'c', 'p', 'acct', 'KEY')
	}
	if smbUserPassword(c, ls, s) {
		return true // smbclient -U 'account%KEY' beside its share's host
	}
	if entry, ok := keePassEntry(c, s); ok && !mentionsAzureStorage(entry) {
		return false // a password manager's entry for something else: its neighbours' hosts are theirs
	}
	if strings.Contains(near, "password") || strings.Contains(near, "passwd") {
		// A password of 64 random bytes in base64 is an Azure key: an SMB
		// credentials file (username=acct / password=KEY) names no host.
		return true
	}
	column, header := columnName(c, ls, s) // a table's or a format's header names the column
	if column == "value" && strings.Contains(header, "keyname") && strings.Contains(header, "permissions") {
		return true // az storage account keys list -o tsv / -o table: keyName, permissions, value
	}
	before += column
	generic := false
	// A value whose own name is "value" takes its meaning from the object
	// it is in: terraform output -json's "primary_access_key": {
	// "sensitive": true, "type": "string", "value": "…" }.
	if strings.HasSuffix(near, "value") {
		owner := enclosingName(c, s)
		for _, w := range storageKeyNames {
			if strings.Contains(owner, w) {
				return true
			}
		}
		before += owner
	}
	// ConvertTo-SecureString -AsPlainText: a password built from plain text.
	for _, w := range []string{"key", "password", "passwd", "pwd", "pass", "secret", "credential", "securestring"} {
		if strings.Contains(before, w) {
			generic = true
			break
		}
	}
	if !generic {
		return false
	}
	if passedAsStorageKey(c, s) {
		return true // ARCHIVE_KEY = "…", then new StorageSharedKeyCredential(ARCHIVE_ACCOUNT, ARCHIVE_KEY)
	}
	if name := strings.ReplaceAll(nameBefore(c, s), "unencrypted", ""); otherPurposeName(name) && !groupSaysStorage(c, s, name) {
		return false
	}
	for _, w := range nonAzurePurposeWords {
		if strings.Contains(before, w) {
			return false // "session": { "secret": …: the object it is in says its purpose
		}
	}
	for _, w := range []string{"azure", "storage", "blob.core", "file.core", "windows.net", "wasb", "abfs", "smbcredentials", "cifs"} {
		if strings.Contains(wide, w) {
			return true
		}
	}
	return accountSibling(c, s)
}

// keePassEntry returns the text of the KeePass XML <Entry> the value at s
// is in, if it is in one.
func keePassEntry(c []byte, s int) ([]byte, bool) {
	from := max(0, s-4096)
	o := bytes.LastIndex(c[from:s], []byte("<Entry>"))
	if o < 0 || bytes.Contains(c[from+o:s], []byte("</Entry>")) {
		return nil, false
	}
	e := bytes.Index(c[s:min(len(c), s+4096)], []byte("</Entry>"))
	if e < 0 {
		return nil, false
	}
	return c[from+o : s+e], true
}

// mentionsAzureStorage reports whether text names Azure Storage: a host,
// the product, or a storage key's name.
func mentionsAzureStorage(text []byte) bool {
	for _, w := range []string{"core.windows.net", "azure", "storage", "accountkey", "cifs", "smb"} {
		if containsFold(text, w) {
			return true
		}
	}
	return false
}

// accountSibling reports whether a setting a few lines around the secret
// at s names a storage account: a name ending in "account" or
// "accountname" whose value is an account's name (3-24 lowercase letters
// and digits), as <add key="DocStore.Account" value="stlegacy7"/> beside
// <add key="DocStore.Secret" value="…"/>.
func accountSibling(c []byte, s int) bool {
	from, to := lineStart(c, s), lineEnd(c, s)
	for n := 0; n < 4 && from > 0; n++ {
		from = lineStart(c, from-1)
	}
	for n := 0; n < 4 && to < len(c); n++ {
		to = lineEnd(c, to+1)
	}
	m := accountSetting.FindSubmatch(c[from:to])
	return m != nil && len(m[1]) >= 3 && len(m[1]) <= 24
}

var accountSetting = regexp.MustCompile(`(?i)account(?:_?name)?["']?\s*(?:[:=]|value=)\s*["']?([a-z0-9]{3,24})["'\s/>]`)

// secretName reports whether a normalized name ends saying it holds a
// secret: signing_secret, ARCHIVE_KEY, blobPassword.
func secretName(name string) bool {
	for _, w := range []string{"key", "password", "passwd", "pwd", "secret", "credential"} {
		if strings.HasSuffix(name, w) {
			return true
		}
	}
	return false
}

// storageKeyUses are what a line that hands a storage key to its consumer
// says, in lower case: a shared-key credential (Java, .NET, JS, Python),
// the legacy SDKs' credentials, a connection string being built, az's
// --account-key and Az PowerShell's -StorageAccountKey, the environment
// variable the SDKs and az read (ENV AZURE_STORAGE_KEY=${REPORTS_KEY}).
var storageKeyUses = []string{"sharedkeycredential", "namedkeycredential", "storagecredentials", "accountkey=", "account_key", "fs.azure.account.key", "--account-key", "-storageaccountkey", "azure_storage_key", "azure_storage_account_key"}

// passedAsStorageKey reports whether the name the value at s is assigned
// to is used elsewhere in the content on a line that hands a storage key to
// its consumer: the name alone (ARCHIVE_KEY, signingSecret) may say
// nothing, or another purpose, where its use says storage.
func passedAsStorageKey(c []byte, s int) bool {
	ns, ne := nameSpanBefore(c, s)
	name := c[ns:ne]
	if !secretName(normName(name)) {
		return false // field(default="…"): the word before the value is not its name
	}
	for at, n := 0, 0; n < 64; n++ {
		i := bytes.Index(c[at:], name)
		if i < 0 {
			return false
		}
		u := at + i
		at = u + len(name)
		if u == ns || u > 0 && isWordByte(c[u-1]) || at < len(c) && isWordByte(c[at]) {
			continue
		}
		line := strings.ToLower(string(c[max(lineStart(c, u), u-200):min(lineEnd(c, u), at+200)]))
		for _, w := range storageKeyUses {
			if strings.Contains(line, w) {
				return true
			}
		}
	}
	return false
}

// callStart returns where the argument list that c[:i] ends inside starts
// at the latest: after the last ')', ';', '{' or '}' at or after from that
// is not inside a string literal ('daily/{_partition_id}.csv' is one
// argument, not a block).
func callStart(c []byte, i, from int) int {
	var quote byte
	for k := i - 1; k >= from; k-- {
		switch b := c[k]; {
		case quote != 0:
			if b == quote || b == '\n' {
				quote = 0
			}
		case b == '"' || b == '\'' || b == '`':
			quote = b
		case b == ')' || b == ';' || b == '{' || b == '}':
			return k + 1
		}
	}
	return from
}

// storageHostInCall reports whether the value at s is an argument (after
// '(' or ',', quotes and line breaks between) of a call or list that names
// a storage host before it: ClickHouse's azureBlobStorage(url, container,
// path, account, key), a client built from an endpoint and a key; or, with
// no host, a call whose name says storage and the key after another
// argument (azure_storage.account_add('acct', 'KEY')). The host must be in
// the same argument list: no ')' or ';' between them.
func storageHostInCall(c []byte, s int) bool {
	i := s
	for n := 0; i > 0 && n < 64; n++ {
		switch c[i-1] {
		case ' ', '\t', '\r', '\n', '"', '\'', '`':
			i--
			continue
		}
		break
	}
	if i == 0 || c[i-1] != ',' && c[i-1] != '(' {
		return false
	}
	from := callStart(c, i, max(0, i-512))
	args := c[from:i]
	if bytes.Contains(args, []byte("core.windows.net")) || containsFold(args, "accountkey=") {
		// A host, or a format string that builds a connection string:
		// sprintf('…;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net', 'acct', 'KEY').
		return true
	}
	// A call whose name says storage, the key after another argument (the
	// account's name): azure_storage.account_add('acct', 'KEY') in Postgres.
	open := bytes.LastIndexByte(args, '(')
	if open < 0 || c[i-1] != ',' {
		return false
	}
	n := open
	for n > 0 && (isWordByte(args[n-1]) || args[n-1] == '.' || args[n-1] == ':') {
		n--
	}
	name := normName(args[n:open])
	return strings.Contains(name, "storage")
}

// nameBefore is the name a value at s is assigned to, as normName writes
// it: the last name-like run before the value once the quotes, spaces and
// assignment between them are stepped over ("Jwt:SigningKey": "…" gives
// "jwtsigningkey"), or "" when the value follows no name (an argument).
func nameBefore(c []byte, s int) string {
	i, e := nameSpanBefore(c, s)
	return normName(c[i:e])
}

// nameSpanBefore is where the name nameBefore reads is, as written.
func nameSpanBefore(c []byte, s int) (int, int) {
	i := s
	for n := 0; i > 0 && n < 8; n++ {
		switch c[i-1] {
		case ' ', '\t', '"', '\'', '`', ':', '=', '>':
			i--
			continue
		}
		break
	}
	e := i
	for i > 0 && e-i < 80 && (isWordByte(c[i-1]) || c[i-1] == '.' || c[i-1] == ':' || c[i-1] == '-') {
		i--
	}
	return i, e
}

// otherPurposeName reports whether a generic secret's name says what else
// it is for: "jwtsigningkey", "encryptionkey", "apikey" name a key of their
// own purpose, and Azure storage named elsewhere nearby does not make them
// a storage key. Plain "key", "password", "sharedkey" and names that carry
// an Azure storage word leave the decision to the context.
func otherPurposeName(name string) bool {
	for _, w := range nonAzurePurposeWords {
		if strings.Contains(name, w) {
			return true // DATA_PROTECTION_MASTER_KEY, session.secret, ed25519_release_signature
		}
	}
	rest := name
	for _, w := range []string{"key", "password", "passwd", "pwd", "pass", "secret", "credential", "value"} {
		if strings.HasSuffix(rest, w) {
			rest = strings.TrimSuffix(rest, w)
			break
		}
	}
	if rest == "" || rest == name {
		return false // no name, or not a secret's: the context decides
	}
	for _, w := range storagePurposeWords {
		if strings.Contains(rest, w) {
			return false
		}
	}
	return true
}

// groupSaysStorage reports whether the prefix of a secret's name names a
// group of settings whose other lines, a few either side, say Azure
// storage: jclouds.credential beside jclouds.provider=azureblob and
// jclouds.endpoint=https://acct.blob.core.windows.net. The prefix is then
// a namespace, not another purpose.
func groupSaysStorage(c []byte, s int, name string) bool {
	prefix := name
	for _, w := range []string{"key", "password", "passwd", "pwd", "pass", "secret", "credential"} {
		prefix = strings.TrimSuffix(prefix, w)
	}
	if len(prefix) < 3 || prefix == name {
		return false
	}
	from, to := lineStart(c, s), lineEnd(c, s)
	for n := 0; n < 4 && from > 0; n++ {
		from = lineStart(c, from-1)
	}
	for n := 0; n < 4 && to < len(c); n++ {
		to = lineEnd(c, to+1)
	}
	for ls := from; ls < to; ls = lineEnd(c, ls) + 1 {
		line := normName(c[ls:lineEnd(c, ls)])
		if strings.HasPrefix(line, prefix) && line != name && (strings.Contains(line, "corewindowsnet") || strings.Contains(line, "azureblob") || strings.Contains(line, "azurestorage")) {
			return true
		}
	}
	return false
}

// nonAzurePurposeWords, in a generic secret's name, say it is for
// something no Azure key is: signing, encryption, sessions, webhooks. They
// win over a storage purpose word in the same name ("master" in
// DATA_PROTECTION_MASTER_KEY is ASP.NET's, not Cosmos DB's).
var nonAzurePurposeWords = []string{"signing", "signature", "protection", "crypt", "jwt", "cookie", "session", "hmac", "webhook", "paseto", "nonce", "ed25519", "x25519", "csrf"}

// enclosingName returns, as normName writes it, the name of the object
// (JSON, HCL, YAML flow) that the value at s is a field of: the name before
// the nearest unclosed '{' within 400 bytes, or "".
func enclosingName(c []byte, s int) string {
	depth := 0
	for k := s - 1; k >= max(0, s-400); k-- {
		switch c[k] {
		case '}':
			depth++
		case '{':
			if depth > 0 {
				depth--
				continue
			}
			j := k
			for j > 0 && strings.IndexByte(" \t\r\n:=", c[j-1]) >= 0 {
				j--
			}
			return nameBefore(c, j)
		}
	}
	return ""
}

// storagePurposeWords, in a generic secret's name, leave it a storage
// key's (shared_key, azure_key, blobKey, primary_key, account_key), or
// a Cosmos DB key's, which cosmos.go tells apart.
var storagePurposeWords = []string{"azure", "storage", "account", "blob", "shared", "access", "primary", "secondary", "file", "share", "queue", "table", "datalake", "adls", "abfs", "wasb", "cosmos", "documentdb", "master",
	"policy", "bus", "hub", "device", "relay", "send", "listen", "manage"} // a messaging policy's key: policyKey, sendKey, deviceKey

// storageKeyNames, as normName writes them, say a storage key wherever they
// are attached: AZURE_STORAGE_KEY, accountKey, "Storage Account Key",
// azure.storage.account-key, fs.azure.account.key.<host>.
var storageKeyNames = []string{"accountkey", "storagekey", "storageaccesskey", "accesskey", "sharedkey", "fsazureaccountkey"}

// digestNames, as normName writes them, say a value of a key's length is a
// hash or a public value.
var digestNames = []string{"sha512", "sha384", "sha256", "integrity", "publickey", "cachekey", "hashkey", "digest", "checksum", "thumbprint", "fingerprint", "hash"}

// normName lower-cases b and drops everything but letters and digits, so a
// name reads the same however it is written: AZURE_STORAGE_KEY,
// azure.storage.account-key, 'Storage Account Key'.
func normName(b []byte) string {
	out := make([]byte, 0, len(b))
	for _, x := range b {
		switch {
		case 'a' <= x && x <= 'z', '0' <= x && x <= '9':
			out = append(out, x)
		case 'A' <= x && x <= 'Z':
			out = append(out, x|0x20)
		}
	}
	return string(out)
}

func lineStart(c []byte, i int) int { return bytes.LastIndexByte(c[:i], '\n') + 1 }

func lineEnd(c []byte, i int) int {
	if j := bytes.IndexByte(c[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(c)
}

// readKeyValue reads the storage key whose value starts at vi.
func readKeyValue(v *view, vi int) (secretToken, bool) {
	t := v.text
	e := vi
	for e < len(t) && (base64Char(t[e]) || t[e] == '%') && e-vi < 132 {
		e++
	}
	// The run may go on past the key (…==@host): cut at the padding.
	raw := string(t[vi:e])
	n, ok := realPrefix(raw, 88, func(k string) bool { return realKey(k, 64) && !publicKeys[k] })
	if !ok {
		return secretToken{}, false
	}
	key := percentDecode(raw[:n])
	tok := secretToken{secretText: key, secret: v.span(vi, vi+n), span: v.span(vi, vi+n), kind: KindStorageKey}
	tok.facts = Facts{Type: "storage_account_key", Permissions: strPtr("*"), WriteClass: boolPtr(true), Destructive: boolPtr(true)}
	tok.redacted = maskSecret(key)
	return tok, true
}

// maxRowLen bounds the lines columnName reads as a table's rows.
const maxRowLen = 4096

// columnName returns, as normName writes it, the header of the column the
// value at s is in, and the header's line in lower case: the same field of the first line of its table (a CSV
// or TSV header, a Markdown table's header row, a format comment like
// "# host:port:container:account:key"), the lines split by the separator
// before the value, or "".
//
//	| Account | Purpose | Key |
//	|---|---|---|
//	| acct | payroll | `KEY` |
func columnName(c []byte, ls, s int) (name, headerLine string) {
	p := s
	for p > ls && strings.IndexByte(" `\"'", c[p-1]) >= 0 {
		p-- // the cell's padding and quotes (a tab is TSV's separator)
	}
	if p == ls {
		return "", ""
	}
	sep := c[p-1]
	le := lineEnd(c, s)
	if le-ls > maxRowLen {
		return "", "" // not a table's row: the count below stays bounded
	}
	seps := bytes.Count(c[ls:le], []byte{sep})
	if strings.IndexByte(":,\t|;", sep) < 0 || seps < 2 {
		return "", ""
	}
	col := bytes.Count(c[ls:p-1], []byte{sep}) + 1
	// The table's first line: up through the lines split alike.
	header := ""
	for n, l := 0, ls; n < 64 && l > 0; n++ {
		l = lineStart(c, l-1)
		line := bytes.TrimRight(c[l:lineEnd(c, l)], " \t\r")
		if len(line) > maxRowLen || bytes.Count(line, []byte{sep}) != seps {
			break
		}
		if name := bytes.Trim(bytes.Split(line, []byte{sep})[col], " \t\"'`*"); len(name) > 0 && len(name) <= 32 && isWordByte(name[0]) {
			header, headerLine = normName(name), strings.ToLower(string(line))
		}
	}
	if header != "" || col != seps {
		return header, headerLine
	}
	// A value ending its line: a format comment a few lines up may name
	// the line's last field ("# format: host:port:container:account:key").
	for n, l := 0, ls; n < 6 && l > 0; n++ {
		l = lineStart(c, l-1)
		line := bytes.TrimRight(c[l:lineEnd(c, l)], " \t\r")
		k := bytes.LastIndexByte(line, sep)
		if k < 0 || bytes.Count(line, []byte{sep}) < 2 {
			continue
		}
		if name := bytes.TrimSpace(bytes.Trim(line[k+1:], "\"'")); len(name) > 0 && len(name) <= 32 && isWordByte(name[0]) {
			return normName(name), strings.ToLower(string(line))
		}
	}
	return "", ""
}

// smbUserPassword reports whether the value at s is the password of
// smbclient's -U 'user%password' (or --user=), its share an Azure Files
// host on the line or the line before: smbclient //acct.file.core.windows.net/share.
func smbUserPassword(c []byte, ls, s int) bool {
	if s == 0 || c[s-1] != '%' {
		return false
	}
	u := s - 1
	for u > ls && s-u < 72 && (isWordByte(c[u-1]) || c[u-1] == '-' || c[u-1] == '.') {
		u--
	}
	for u > ls && (c[u-1] == '\'' || c[u-1] == '"') {
		u--
	}
	opt := strings.TrimRight(string(c[max(ls, u-8):u]), " =")
	if !strings.HasSuffix(opt, "-U") && !strings.HasSuffix(opt, "--user") {
		return false
	}
	from := ls
	if ls > 0 {
		from = lineStart(c, ls-1)
	}
	return bytes.Contains(c[from:s], []byte(".file.core.windows.net"))
}

// continuedFrom returns where the command line that the line at ls
// continues starts: up over lines ending in a continuation (cmd's ^, a
// shell's \, PowerShell's `), at most four.
func continuedFrom(c []byte, ls int) int {
	for n := 0; n < 4 && ls > 0; n++ {
		prev := lineStart(c, ls-1)
		line := bytes.TrimRight(c[prev:ls-1], " \t\r")
		if len(line) == 0 || line[len(line)-1] != '^' && line[len(line)-1] != '\\' && line[len(line)-1] != '`' || ls-prev > 512 {
			break
		}
		ls = prev
	}
	return ls
}
