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

// namedKeyHit cheaply checks that "key" at h ends a key's name followed by
// a key-length value, before anything is decoded or allocated: Go source
// alone has a "key =" every few lines, so the value's length is checked
// before the name's spelling.
func namedKeyHit(c []byte, h int) bool {
	ns, ne, ok := keyNameAt(c, h)
	if !ok {
		return false
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
func keyNameInContext(c []byte, ns, ne int) bool {
	if strongKeyName(c[ns:ne]) {
		return true
	}
	near := string(c[max(0, ns-512):min(len(c), ne+256)])
	for _, w := range []string{"azure", "storage", "blob.core", "devstore"} {
		if indexFold(near, w) >= 0 {
			return true
		}
	}
	return false
}

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
	}
	return false, false
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
	return strings.HasPrefix(norm, "fsazureaccountkey")
}

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
	case nameValueGap.Match(c[ne:min(len(c), ne+160)]):
		// The name and the value in separate fields: a Kubernetes env list
		// (- name: AZURE_STORAGE_KEY / value: …), Dapr metadata, an ARM
		// parameters file ("storageAccountKey": {"value": …}), App Service
		// settings ({"name": "StorageAccountKey", "value": …}).
		j = ne + len(nameValueGap.Find(c[ne:min(len(c), ne+160)]))
	case j < len(c) && (c[j] == ':' || c[j] == '='):
		j++
		skip("=> \t")
	case ne-ns > len(hadoopKeyPrefix) && bytes.EqualFold(c[ns:ns+len(hadoopKeyPrefix)], []byte(hadoopKeyPrefix)):
		if m := hadoopValueGap.Find(c[ne:min(len(c), ne+64)]); m != nil {
			j = ne + len(m)
		} else {
			return 0, false, false
		}
	case j > ne && c[ns] == '-': // --account-key VALUE, -StorageAccountKey "VALUE"
	case j > ne && lineStartsAt(c, ns): // Fluent Bit, INI without '=': name   value
	default:
		return 0, false, false
	}
	skip("\"'`")
	return j, true, true
}

// hadoopValueGap is what separates fs.azure.account.key.<host> from its
// value: the XML element change or a function's next string argument.
var nameValueGap = regexp.MustCompile(`^["']?\s*(?:[:=]\s*\{\s*|,\s*)?(?:\r?\n[ \t-]*)?["']?value["']?\s*[:=]\s*["']?`)

var hadoopValueGap = regexp.MustCompile(`^(?:\s*</name>\s*<value>\s*|["']\s*,\s*["']|["']?\s*[:=]\s*["']?)`)

func lineStartsAt(c []byte, i int) bool {
	for i > 0 && (c[i-1] == ' ' || c[i-1] == '\t') {
		i--
	}
	return i == 0 || c[i-1] == '\n'
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
	ks, _, ok := keyValueAt(t, ns, ne)
	if !ok {
		return secretToken{}, false
	}
	j := ks
	for j < len(t) && base64Char(t[j]) {
		j++
	}
	if j < len(t) && identByte(t[j]) {
		return secretToken{}, false
	}
	value := string(t[ks:j])
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
	if !realKey(key, 64) || publicKeys[key] {
		return secretToken{}, false
	}
	return namedKeyToken(v, vi+m[0], ks, ke, key, 64), true
}

var keysListValue = regexp.MustCompile(`"value"\s*:\s*"([A-Za-z0-9+/=]{88})"`)

func identByte(b byte) bool { return isWordByte(b) || b == '-' || b == '.' }
