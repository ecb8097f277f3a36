package rules

import (
	"bytes"
	"encoding/base64"
	"regexp"
	"strings"
)

// Keys outside connection strings: a storage account key or a Service Bus
// key assigned to a name that says it is a key, as .env files, JSON and YAML
// settings, Terraform variables, CLI flags and tool configs hold them:
//
//	AZURE_STORAGE_KEY=…     "accountKey": "…"     --account-key …
//	key = …  (rclone)       shared_key   …  (Fluent Bit)
//	fs.azure.account.key.<host> … (Hadoop core-site.xml, spark.conf.set)
//
// The name must end in "key" (case and _ - . ignored) and the value must
// have the exact shape of a real key: 88 base64 characters of 64 random
// bytes for a storage account key, 44 of 32 for a Service Bus key (only
// under a name saying so), or either one base64-encoded again (Kubernetes
// Secret data). An npm "sha512-…" integrity hash of the same length, or a
// key-shaped placeholder, is not reported.

// messagingKeyName says whether a name holds a Service Bus, Event Hubs or
// IoT Hub key (sharedAccessKey, symmetricKey: IoT Hub and DPS), and whether
// a 44-character (32-byte) value is plausible under it (those, and the
// primaryKey/secondaryKey of `az servicebus … keys list`).
func messagingKeyName(name []byte) (messaging, short bool) {
	norm := strings.ToLower(string(bytes.Map(func(r rune) rune {
		if r == '_' || r == '-' || r == '.' {
			return -1
		}
		return r
	}, name)))
	switch {
	case strings.HasSuffix(norm, "sharedaccesskey"), strings.HasSuffix(norm, "symmetrickey"):
		return true, true
	case strings.HasSuffix(norm, "primarykey"), strings.HasSuffix(norm, "secondarykey"):
		return false, true
	case strings.HasSuffix(norm, "key") && (strings.Contains(norm, "servicebus") || strings.Contains(norm, "eventhub") || strings.Contains(norm, "iothub") || strings.Contains(norm, "enrollment") || strings.Contains(norm, "relay") ||
		strings.HasPrefix(norm, "sb") && len(norm) <= len("sbmanagekey")): // sbKey, sbSendKey
		return true, true // serviceBusSendKey, eventHubKey, Relay.Key, a DPS enrollmentGroupKey: the name says which service
	}
	return false, false
}

// parseNamedKey reads `name<assign>value` around the "key" at view position vi.
func parseNamedKey(v *view, vi int) (secretToken, bool) {
	t := v.text
	ns, ne, ok := keyNameAt(t, vi)
	if !ok {
		return secretToken{}, false
	}
	// Whether the name is in an Azure context was decided on the whole
	// content by namedKeyHit; the view here may be only a few lines.
	if n := strings.ToLower(string(t[ns:ne])); strings.Contains(n, "fake") || strings.Contains(n, "dummy") || strings.Contains(n, "mock") {
		return secretToken{}, false // FAKE_STORAGE_KEY = …: the name says it is not real
	}
	if bs, be, key, ok := heredocValue(t, ne, keyLen); ok {
		if !realKey(key, 64) || publicKeys[key] || keyNameBytes(t[ns:ne]) == 0 {
			return secretToken{}, false
		}
		tok := namedKeyToken(v, ns, bs, be, key, 64)
		tok.span, tok.redacted = tok.secret, maskSecret(key) // the body's lines
		return tok, true
	}
	ks, _, ok := keyValueAt(t, ns, ne)
	if !ok {
		return secretToken{}, false
	}
	j := ks
	for j < len(t) && base64Char(t[j]) {
		j++
	}
	if j < len(t) && identByte(t[j]) && psqlWrap(t, j, len(t)) == 0 {
		return secretToken{}, false
	}
	value := string(t[ks:j])
	if len(value) < 88 {
		value, j = joinedLiterals(t, ks, j, 88) // KEY = ("…"\n "…"\n "…"), "…" + "…"
	}
	if len(value) < 44 {
		value, j = joinedLiterals(t, ks, j, 44) // a messaging key split the same way
	}
	want := keyNameBytes(t[ns:ne])
	if want == 0 {
		return secretToken{}, false
	}
	key, wrapped := value, ""
	if len(value) == 120 { // a key base64-encoded once more (Kubernetes Secret data)
		if b, err := base64.StdEncoding.DecodeString(value); err == nil {
			key, wrapped = string(b), "base64-encoded"
		}
	}
	messaging, short := messagingKeyName(t[ns:ne])
	if before := string(t[max(0, ns-256):ns]); !messaging && indexFold(before, "symmetricKey") >= 0 {
		messaging, short = true, true // a DPS enrollment's "symmetricKey": {"primaryKey": …}
	}
	if !short && messagingSiblings(t, ns) {
		short = true // key => <<"…">> beside endpoint => "sb://…" and key_name => "send"
	}
	switch {
	case realKey(key, 64) && !publicKeys[key]:
		want = 64 // a storage key, or a DPS enrollment group's symmetric key
	case realKey(key, 32) && (want == 32 || short):
		want = 32
	default:
		return secretToken{}, false
	}
	tok := namedKeyToken(v, ns, ks, j, key, want)
	if want == 64 && messaging {
		tok.kind = KindServiceBusSAS
		tok.facts.Type = "iothub_connection_string_key"
	}
	if wrapped != "" {
		tok.wrapped = wrapped
		tok.redacted = string(t[ns:ks]) + "base64(" + maskSecret(key) + ")"
	}
	if want == 64 && strings.HasPrefix(strings.ToLower(string(t[ns:ne])), hadoopKeyPrefix) {
		host := string(t[ns+len(hadoopKeyPrefix) : ne])
		tok.facts.Host = strPtr(host)
		tok.facts.Account, _ = accountFromHost(host, "")
	}
	return tok, true
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
	if !realKey(key, 64) || publicKeys[key] {
		return secretToken{}, false
	}
	return namedKeyToken(v, vi+m[0], ks, ke, key, 64), true
}

var keysListValue = regexp.MustCompile(`"value"\s*:\s*"([A-Za-z0-9+/=]{88})"`)

// messagingSiblings reports whether the fields around a key's name at ns
// (a few lines either side) are a messaging connection's: a Service Bus,
// Event Hubs or IoT Hub host and a key's policy name.
func messagingSiblings(t []byte, ns int) bool {
	w := t[max(0, ns-300):min(len(t), ns+300)]
	host := containsFold(w, ".servicebus.windows.net") || containsFold(w, ".azure-devices.net")
	return host && (indexFold(string(w), "key_name") >= 0 || containsFold(w, "keyname") || containsFold(w, "policy"))
}

// hadoopRefHit reports whether the "key" at h ends a Hadoop or Spark
// storage key setting (fs.azure.account.key.<host>) whose value is a
// variable's name: spark.conf.set(s"fs.azure.account.key.$acct…", k),
// the key written where k is defined (readHadoopRef).
func hadoopRefHit(c []byte, h int) bool {
	ns, ne, ok := keyNameAt(c, h)
	if !ok || ne-ns < len(hadoopKeyPrefix) || !equalFold(c[ns:ns+len(hadoopKeyPrefix)], hadoopKeyPrefix) {
		return false
	}
	_, _, ok = variableArgAfter(c, interpolatedNameEnd(c, ne))
	return ok
}

// variableArgAfter reads the variable passed as the next argument after a
// string literal's content ending at ne: ", k)".
func variableArgAfter(c []byte, ne int) (vs, ve int, ok bool) {
	j := ne
	if j < len(c) && isQuote(c[j]) {
		j++
	}
	j = skipSpace(c, j, len(c), false)
	if j >= len(c) || c[j] != ',' {
		return 0, 0, false
	}
	vs = skipSpace(c, j+1, len(c), true)
	if vs >= len(c) || !identStart(c[vs]) {
		return 0, 0, false
	}
	ve = vs
	for ve < len(c) && ve-vs < 64 && isWordByte(c[ve]) {
		ve++
	}
	r := skipSpace(c, ve, len(c), true)
	return vs, ve, r < len(c) && (c[r] == ')' || c[r] == ',')
}

// readHadoopRef reads the key a Hadoop setting at view position vi takes
// from a variable: the variable's literal above, joined if split.
func readHadoopRef(v *view, vi int) (secretToken, bool) {
	t := v.text
	ns, ne, ok := keyNameAt(t, vi)
	if !ok {
		return secretToken{}, false
	}
	ne = interpolatedNameEnd(t, ne)
	vs, e, ok := variableArgAfter(t, ne)
	if !ok {
		return secretToken{}, false
	}
	a := resolveConstant(t, t[vs:e], ns)
	if a.vs < 0 {
		return secretToken{}, false
	}
	key, end := joinedLiterals(t, a.vs, a.ve, 88)
	if !realKey(key, 64) || publicKeys[key] {
		return secretToken{}, false
	}
	tok := namedKeyToken(v, a.vs, a.vs, end, key, 64)
	host := string(t[ns+len(hadoopKeyPrefix) : ne])
	tok.facts.Host = strPtr(host)
	tok.facts.Account, _ = accountFromHost(host, "")
	tok.span = v.span(lineStart(t, a.vs), end)
	tok.redacted = maskSecret(key)
	return tok, true
}

// interpolatedNameEnd extends a setting's name over an interpolated host:
// fs.azure.account.key.$account.dfs.core.windows.net, …key.${acct}.blob….
func interpolatedNameEnd(c []byte, ne int) int {
	for n := 0; ne < len(c) && n < 128 && (identByte(c[ne]) || c[ne] == '$' || c[ne] == '{' || c[ne] == '}'); n++ {
		ne++
	}
	return ne
}

// identStart reports whether b may start an identifier.
func identStart(b byte) bool { return b == '_' || 'a' <= b|0x20 && b|0x20 <= 'z' }
