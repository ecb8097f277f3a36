package rules

// Connection strings: storage (AccountKey=, SharedAccessSignature=) and
// Service Bus / Event Hubs / IoT Hub (SharedAccessKey=).

import (
	"strings"
)

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
	tok, ok := connKeyToken(kv, key, isAccountKey)
	if !ok {
		return secretToken{}, false
	}
	tok.secret = v.span(bs+ks, bs+ke)
	tok.span = v.span(bs+conn, bs+end)
	tok.redacted = maskIn(string(v.text[bs+conn:bs+end]), ks-conn, ke-conn, key)
	return tok, true
}

// connKeyToken is the finding for the key of a connection string whose
// fields are kv: an account key (AccountKey=) or a messaging key
// (SharedAccessKey=), with the facts its other fields give. Spans are the
// caller's.
func connKeyToken(kv map[string]string, key string, isAccountKey bool) (secretToken, bool) {
	tok := secretToken{secretText: key}
	switch {
	case isAccountKey:
		if publicKeys[key] || !realKey(key, 64) {
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
		typ, account := FactsServiceBusKey, ""
		if host := kv["hostname"]; host != "" {
			typ, account = FactsIoTHubKey, firstLabel(host)
		} else if ep := kv["endpoint"]; ep != "" {
			h, _ := splitURL(afterScheme(ep))
			account = firstLabel(h)
		}
		tok.facts = Facts{Type: typ, Account: account, Permissions: strPtr("*"), KeyName: nonEmpty(kv["sharedaccesskeyname"]),
			WriteClass: boolPtr(true), Destructive: boolPtr(true)}
	}
	return tok, true
}

// keyLength is the encoded length of an account key (88) or a Service Bus key (44).
func keyLength(accountKey bool) int {
	if accountKey {
		return 88
	}
	return 44
}

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
		return storageAccountName(a)
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
