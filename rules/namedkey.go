package rules

import "strings"

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
	return j < len(c) && (c[j] == ':' || c[j] == '=')
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
	if j >= len(t) || t[j] != ':' && t[j] != '=' {
		return secretToken{}, false
	}
	j++
	skip("=> \t")
	skip("\"'`")
	ks := j
	for j < len(t) && base64Char(t[j]) {
		j++
	}
	key := string(t[ks:j])
	if j < len(t) && identByte(t[j]) || !realKey(key, want) || key == emulatorKey {
		return secretToken{}, false
	}
	tok := secretToken{secretText: key, secret: v.span(ks, j), span: v.span(ns, j)}
	if want == 64 {
		tok.kind = KindStorageKey
		tok.facts = Facts{Type: "storage_account_key", Permissions: strPtr("*"), WriteClass: boolPtr(true), Destructive: boolPtr(true)}
	} else {
		tok.kind = KindServiceBusSAS
		tok.facts = Facts{Type: "servicebus_connection_string_key", Permissions: strPtr("*"), WriteClass: boolPtr(true), Destructive: boolPtr(true)}
	}
	tok.redacted = maskIn(string(t[ns:j]), ks-ns, j-ns, key)
	return tok, true
}

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
