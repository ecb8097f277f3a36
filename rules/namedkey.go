package rules

import (
	"bytes"
	"regexp"
	"strings"
)

// Keys outside connection strings: a storage account key or a Service Bus
// key assigned to a name that says what it is, as .env files, JSON and YAML
// settings, Terraform variables and CI configs hold them:
//
//	AZURE_STORAGE_KEY=…            "accountKey": "…"
//	storage_account_access_key = "…"   SharedAccessKey: …
//
// The name must end in one of these (case and _ - . ignored), and the value
// must have the exact shape of a real key, so an npm "sha512-…" integrity
// hash of the same length, or a key-shaped placeholder, is not reported.
var keyNameSuffixes = []struct {
	suffix string
	bytes  int // the key's decoded length: 64 for storage, 32 for Service Bus
}{
	{"sharedaccesskey", 32},
	{"accountkey", 64}, {"storagekey", 64}, {"accesskey", 64},
	{"primarykey", 64}, {"secondarykey", 64},
}

// namedKeyHit cheaply checks that "Key" at h ends a key's name followed by
// an assignment, before anything is decoded: Go source alone has a "key ="
// every few lines.
func namedKeyHit(c []byte, h int) bool {
	j := h + 3
	if j < len(c) && identByte(c[j]) {
		return false
	}
	ns := h
	for ns > 0 && h-ns < 64 && identByte(c[ns-1]) {
		ns--
	}
	if keyNameBytes(string(c[ns:j])) == 0 {
		return false
	}
	for j < len(c) && (c[j] == '"' || c[j] == '\'' || c[j] == ' ' || c[j] == '\t') {
		j++
	}
	flag := c[ns] == '-' && j > h+3 // --account-key VALUE, -StorageAccountKey "VALUE"
	return j < len(c) && (c[j] == ':' || c[j] == '=' || flag && base64Char(c[j]))
}

// parseNamedKey reads `name<assign>value` around the "key" at view position vi.
func parseNamedKey(v *view, vi int) (secretToken, bool) {
	t := v.text
	ns := vi
	for ns > 0 && identByte(t[ns-1]) {
		ns--
	}
	end := vi + 3
	if end > len(t) {
		return secretToken{}, false
	}
	want := keyNameBytes(string(t[ns:end]))
	if want == 0 {
		return secretToken{}, false
	}
	// name"  :  "value" / name = 'value' / name: value / name := "value"
	j := end
	skip := func(set string) {
		for j < len(t) && strings.IndexByte(set, t[j]) >= 0 {
			j++
		}
	}
	skip("\"' \t")
	switch {
	case j < len(t) && (t[j] == ':' || t[j] == '='):
		j++
		skip("=> \t")
	case t[ns] == '-' && j > end: // a command-line flag: --account-key VALUE
	default:
		return secretToken{}, false
	}
	skip("\"'`")
	ks := j
	for j < len(t) && base64Char(t[j]) {
		j++
	}
	key := string(t[ks:j])
	if j < len(t) && identByte(t[j]) || !realKey(key, want) || key == emulatorKey {
		return secretToken{}, false
	}
	return namedKeyToken(v, ns, ks, j, key, want), true
}

// namedKeyToken is the finding for a key at view [ks, ke), named from ns.
func namedKeyToken(v *view, ns, ks, ke int, key string, want int) secretToken {
	t := v.text
	j := ke
	tok := secretToken{secretText: key, secret: v.span(ks, j), span: v.span(ns, j)}
	if want == 64 {
		tok.kind = KindStorageKey
		tok.facts = Facts{Type: "storage_account_key", Permissions: strPtr("*"), WriteClass: boolPtr(true), Destructive: boolPtr(true)}
	} else {
		tok.kind = KindServiceBusSAS
		tok.facts = Facts{Type: "servicebus_connection_string_key", Permissions: strPtr("*"), WriteClass: boolPtr(true), Destructive: boolPtr(true)}
	}
	tok.redacted = maskIn(string(t[ns:j]), ks-ns, j-ns, key)
	return tok
}

// keysListHit spots `az storage account keys list` output: a "keyName"
// field, whose object's "value" is the account key.
func keysListHit(c []byte, h int) bool {
	return len(c)-h > 8 && bytes.EqualFold(c[h:h+8], []byte(`keyname"`))
}

// parseKeysList reads the "value" of the object whose "keyName" is at vi.
func parseKeysList(v *view, vi int) (secretToken, bool) {
	t := v.text
	rest := t[vi:min(len(t), vi+400)]
	m := keysListValue.FindSubmatchIndex(rest)
	if m == nil {
		return secretToken{}, false
	}
	ks, ke := vi+m[2], vi+m[3]
	key := string(t[ks:ke])
	if !realKey(key, 64) || key == emulatorKey {
		return secretToken{}, false
	}
	return namedKeyToken(v, vi+m[0], ks, ke, key, 64), true
}

var keysListValue = regexp.MustCompile(`"value"\s*:\s*"([A-Za-z0-9+/=]{88})"`)

// keyNameBytes returns the decoded length of the key a name announces, or 0
// when the name is not a key's.
func keyNameBytes(name string) int {
	if len(name) < len("accesskey") {
		return 0
	}
	norm := strings.ToLower(strings.NewReplacer("_", "", "-", "", ".", "").Replace(name))
	for _, s := range keyNameSuffixes {
		if strings.HasSuffix(norm, s.suffix) {
			return s.bytes
		}
	}
	return 0
}

func identByte(b byte) bool { return isWordByte(b) || b == '-' || b == '.' }
