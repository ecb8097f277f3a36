package rules

// A key passed to an Azure SDK's key credential with the name it belongs
// to, the two as the constructor's literal arguments:
//
//	AzureNamedKeyCredential("recon-send", "n5he…=")           // Service Bus, Event Hubs, Tables
//	new StorageSharedKeyCredential("account", "flLG…==")      // Blob, Queue, File, Data Lake
//	azblob.NewSharedKeyCredential("account", "flLG…==")       // Go
//	new TableSharedKeyCredential("account", "flLG…==")        // Tables
//
// The class says the value is a key, so no other context is asked for:
// 64 random bytes are an account key, 32 a messaging policy's key.

import "bytes"

// keyCredentialHit reports whether the "Key" at h is in the name of an SDK
// key credential's constructor: …NamedKeyCredential( or
// …SharedKeyCredential(.
func keyCredentialHit(c []byte, h int) bool {
	const cred = "Credential"
	e := h + 3 + len(cred)
	if e >= len(c) || !bytes.Equal(c[h+3:e], []byte(cred)) {
		return false
	}
	if !(h >= 5 && (string(c[h-5:h]) == "Named" || h >= 6 && string(c[h-6:h]) == "Shared")) {
		return false
	}
	j := skipSpace(c, e, len(c), false)
	return j < len(c) && c[j] == '('
}

// readKeyCredential reads the key among the literal arguments of the key
// credential whose "Key" is at view position vi.
func readKeyCredential(v *view, vi int) (secretToken, bool) {
	t := v.text
	j := skipSpace(t, vi+len("KeyCredential"), len(t), false)
	if j >= len(t) || t[j] != '(' {
		return secretToken{}, false
	}
	args := callArgs(t, j)
	if len(args) < 2 {
		return secretToken{}, false
	}
	name, key := args[0], args[len(args)-1]
	if key.vs < 0 {
		return secretToken{}, false // the key is a variable's, read where it is defined
	}
	secret := string(t[key.vs:key.ve])
	ns := vi
	for ns > 0 && vi-ns < 48 && isWordByte(t[ns-1]) {
		ns--
	}
	var tok secretToken
	switch {
	case realKey(secret, 64) && !publicKeys[secret]:
		tok = namedKeyToken(v, ns, key.vs, key.ve, secret, 64)
		if name.vs >= 0 {
			tok.facts.Account = string(t[name.vs:name.ve])
		}
	case realKey(secret, 32):
		tok = namedKeyToken(v, ns, key.vs, key.ve, secret, 32)
		if name.vs >= 0 {
			tok.facts.KeyName = strPtr(string(t[name.vs:name.ve]))
		}
	default:
		return secretToken{}, false
	}
	tok.redacted = string(t[ns:vi+len("KeyCredential")]) + "(…, " + maskSecret(secret) + ")"
	return tok, true
}
