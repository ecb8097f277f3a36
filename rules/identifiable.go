package rules

// Microsoft's identifiable keys: Azure issues new keys with a fixed
// 4-character signature and a Marvin32 checksum inside the key, so a key can
// be recognised with no context at all, bare on a line in any file. The
// format is defined by microsoft/security-utilities (IdentifiableSecrets.cs,
// IdentifiableMetadata.cs, the Rust port identifiable_scans.rs):
//
//	an n-byte random key, base64-encoded; bytes n-7..n-5 hold the signature so
//	that it reads as 4 base64 characters just before the last 6 (plus
//	padding); the last 4 bytes are the Marvin32 checksum (little-endian) of
//	the first n-4 bytes, under a seed that names the key's type.
//
// A key whose signature and checksum hold is the service's key; one whose
// checksum fails is not, and is no other key either (forgedIdentifiable). Stage 1 finds a candidate
// by the signature's bytes; readIdentifiable (stage 3) checks the checksum.

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"strings"
)

// identifiableType is one kind of identifiable key: its signature, size,
// alphabet, the checksum seeds Azure mints it with, and what sasguard reports.
type identifiableType struct {
	sig     string
	n       int  // key size in bytes
	urlSafe bool // base64url (- and _), padding optional
	seeds   []uint64
	kind    string
	facts   FactsType
}

// Checksum seeds (IdentifiableMetadata.cs): 8 ASCII characters read as a
// big-endian 64-bit integer ("Default0" is 0x44656661756c7430).
const (
	seedStorage          = 0x44656661756c7430 // Default0
	seedMessagingSend    = 0x53656e6430303030 // Send0000
	seedMessagingListen  = 0x4c697374656e3030 // Listen00
	seedMessagingManage  = 0x4d616e6167653030 // Manage00
	seedIoTHub           = 0x496f544875623030 // IoTHub00
	seedIoTDPS           = 0x4470734b65793030 // DpsKey00
	seedIoTDevice        = 0x4465766963653030 // Device00
	seedCosmosSysAll     = 0x537973416c6c3030 // SysAll00
	seedCosmosResource   = 0x5265736f75723030 // Resour00
	seedCosmosMasterRO   = 0x4d617374524f3030 // MastRO00
	seedCosmosSystemRO   = 0x53797374524f3030 // SystRO00
	seedCosmosEncryption = 0x456e637279703030 // Encryp00
	seedCosmosMasterRW   = 0x4d61737452573030 // MastRW00
	seedCosmosSystemRW   = 0x5379737452573030 // SystRW00
	seedBatch            = 0x4162416363743030 // AbAcct00
	seedAPIMManagement   = 0x54656e616e743030 // Tenant00
	seedAPIMSubscription = 0x496f544875623030 // IoTHub00 (sic, as published)
	seedAPIMGateway      = 0x4761746577793030 // Gatewy00
	seedAPIMRepository   = 0x4769744b65793030 // GitKey00
	seedMLClassic        = 0x436c617373696330 // Classic0
	seedRedis            = 0x4163636573733030 // Access00
	seedEventGrid        = 0x53656e6452656376 // SendRecv
	seedACR              = 0x41435244666c7430 // ACRDflt0
	seedSearchQuery      = 0x5175657279303030 // Query000
	seedSearchAdmin      = 0x5041646d696e3030 // PAdmin00
	seedFunctionKey      = 0x46756e6374693030 // Functi00
	seedFunctionMaster   = 0x4d61737465723030 // Master00
	seedFunctionSystem   = 0x53797374656d3030 // System00
)

var messagingSeeds = []uint64{seedMessagingSend, seedMessagingListen, seedMessagingManage}

// identifiableTypes are the identifiable keys sasguard reports, each with
// its kind (kinds.go): a storage key is a storage account key, a Service
// Bus, Event Hubs or Relay key a messaging key, an IoT key an IoT Hub key, a
// Cosmos DB key a Cosmos DB key; other services' keys are
// azure_identifiable_key with the service in facts.type.
var identifiableTypes = []identifiableType{
	{"+ASt", 64, false, []uint64{seedStorage}, KindStorageKey, FactsStorageKey},
	{"ACDb", 64, false, []uint64{seedCosmosMasterRW, seedCosmosMasterRO, seedCosmosSysAll, seedCosmosResource, seedCosmosSystemRO, seedCosmosEncryption, seedCosmosSystemRW}, KindCosmosKey, FactsCosmosKey},
	{"+ABa", 64, false, []uint64{seedBatch}, KindIdentifiableKey, FactsBatchKey},
	{"APIM", 64, false, []uint64{seedAPIMSubscription, seedAPIMGateway, seedAPIMManagement, seedAPIMRepository}, KindIdentifiableKey, FactsAPIMKey},
	{"+AMC", 64, false, []uint64{seedMLClassic}, KindIdentifiableKey, FactsMLClassicKey},
	{"+ASb", 32, false, messagingSeeds, KindServiceBusSAS, FactsServiceBusKey},
	{"+AEh", 32, false, messagingSeeds, KindServiceBusSAS, FactsServiceBusKey},
	{"+ARm", 32, false, messagingSeeds, KindServiceBusSAS, FactsRelayKey},
	{"AIoT", 32, false, []uint64{seedIoTHub, seedIoTDPS, seedIoTDevice}, KindServiceBusSAS, FactsIoTHubKey},
	{"AzCa", 32, false, []uint64{seedRedis}, KindIdentifiableKey, FactsRedisKey},
	{"AZEG", 32, false, []uint64{seedEventGrid}, KindIdentifiableKey, FactsEventGridKey},
	{"+ACR", 39, false, []uint64{seedACR}, KindIdentifiableKey, FactsACRKey},
	{"AzSe", 39, true, []uint64{seedSearchAdmin, seedSearchQuery}, KindIdentifiableKey, FactsSearchKey},
	{"AzFu", 40, true, []uint64{seedFunctionKey, seedFunctionMaster, seedFunctionSystem}, KindIdentifiableKey, FactsFunctionKey},
}

// encodedLen is the key's length in base64 without padding, and the
// signature's offset in it: the signature's 4 characters end 6 characters
// (the checksum's) before the unpadded end.
func (it *identifiableType) encodedLen() (n, sigOff int) {
	n = base64.RawStdEncoding.EncodedLen(it.n)
	return n, n - 10
}

// padding is the '=' count of the key's padded encoding.
func (it *identifiableType) padding() int {
	return base64.StdEncoding.EncodedLen(it.n) - base64.RawStdEncoding.EncodedLen(it.n)
}

// identifiableSig reports whether c[i:] starts with a supported signature.
// Stage 1 calls it at every '+' and 'A', so it decides on four bytes.
func identifiableSig(c []byte, i int) bool {
	if len(c)-i < 4 {
		return false
	}
	switch string(c[i : i+4]) {
	case "+ASt", "ACDb", "+ABa", "APIM", "+AMC", "+ASb", "+AEh", "+ARm", "AIoT", "AzCa", "AZEG", "+ACR", "AzSe", "AzFu":
		return true
	}
	return false
}

// idRunLen is the shortest run of key characters an identifiable key's
// signature can sit in: 32 characters before it, the 4 of the signature
// and 6 after.
const idRunLen = 42

// identifiableHits appends the signatures of identifiable keys whose 'A'
// falls in c[from:to]. Every signature has an 'A' first or second
// ("AIoT", "+ASt"), and 'A' is rare enough in text (one byte in 200 of Go
// source) that one IndexByte pass finds them at memory speed; a byte-wise
// scan of runs of key characters cost three times as much. A signature
// counts only inside a run of key characters that can hold a key: 32
// before it and 6 after.
func identifiableHits(c []byte, from, to int, hits []hit) []hit {
	for off := from; ; {
		i := bytes.IndexByte(c[off:to], 'A')
		if i < 0 {
			return hits
		}
		a := off + i
		off = a + 1
		// "+ASt" has its 'A' second, "AIoT" first; a '+' before an 'A'
		// may be a key's own character, so both are tried.
		for h := a - 1; h <= a; h++ {
			if h >= 32 && h+idRunLen-32 <= len(c) && identifiableSig(c, h) && allKeyAlphabet(c[h-32:h+idRunLen-32]) {
				hits = append(hits, hit{h, formIdentifiable})
			}
		}
	}
}

func allKeyAlphabet(b []byte) bool {
	for _, x := range b {
		if !keyAlphabetChars[x] {
			return false
		}
	}
	return true
}

var keyAlphabetChars = func() (t [256]bool) {
	for b := range 256 {
		t[b] = keyAlphabet(byte(b))
	}
	return t
}()

// keyAlphabet is base64 and base64url without padding.
func keyAlphabet(b byte) bool {
	return base64Char(b) && b != '=' || b == '-' || b == '_'
}

// identifiableAt returns the type and length as written of the valid
// identifiable key whose signature is at t[i], or false. The key must stand
// alone: no key character right before it or right after it.
func identifiableAt(t []byte, i int) (it *identifiableType, start, end int, ok bool) {
	for k := range identifiableTypes {
		it := &identifiableTypes[k]
		if len(t)-i < 4 || string(t[i:i+4]) != it.sig {
			continue
		}
		n, sigOff := it.encodedLen()
		start, end := i-sigOff, i-sigOff+n
		if start < 0 || end > len(t) || start > 0 && keyAlphabet(t[start-1]) {
			continue
		}
		pad := 0
		for pad < it.padding() && end+pad < len(t) && t[end+pad] == '=' {
			pad++
		}
		if !it.urlSafe && pad != it.padding() {
			continue // standard base64 keys keep their padding
		}
		if end+pad < len(t) && keyAlphabet(t[end+pad]) {
			continue
		}
		if _, valid := identifiableKey(string(t[start : end+pad])); valid {
			return it, start, end + pad, true
		}
	}
	return nil, 0, 0, false
}

// identifiableKey validates key as an identifiable key of a supported type:
// its signature in place and its checksum right under one of the type's
// seeds (IdentifiableSecrets.ValidateBase64Key).
func identifiableKey(key string) (*identifiableType, bool) {
	raw := strings.TrimRight(key, "=")
	for k := range identifiableTypes {
		it := &identifiableTypes[k]
		n, sigOff := it.encodedLen()
		if len(raw) != n || raw[sigOff:sigOff+4] != it.sig || len(key)-len(raw) > it.padding() {
			continue
		}
		// Either alphabet: the checksum is over the bytes, and a key
		// minted url-safe may be pasted re-encoded (security-utilities
		// validates after converting too). Mixed alphabets are no encoding.
		enc := base64.RawStdEncoding
		if strings.ContainsAny(raw, "-_") {
			if strings.ContainsAny(raw, "+/") {
				continue
			}
			enc = base64.RawURLEncoding
		}
		b, err := enc.Strict().DecodeString(raw)
		if err != nil || len(b) != it.n {
			continue
		}
		sum := binary.LittleEndian.Uint32(b[it.n-4:])
		for _, seed := range it.seeds {
			if marvin32(b[:it.n-4], seed) == sum {
				return it, true
			}
		}
	}
	return nil, false
}

// forgedIdentifiable reports whether key carries an identifiable type's
// signature in place while its checksum fails. A random key holds a given
// signature there once in 16 million, and Azure never issues a key whose
// checksum fails: such a key is a hand-made fake (a test's "broken
// checksum" case) or a mistyped key, which works nowhere. It is no key,
// whatever names it (realKey).
func forgedIdentifiable(key string) bool {
	raw := strings.TrimRight(key, "=")
	for k := range identifiableTypes {
		it := &identifiableTypes[k]
		if n, sigOff := it.encodedLen(); len(raw) == n && raw[sigOff:sigOff+4] == it.sig {
			_, valid := identifiableKey(key)
			return !valid
		}
	}
	return false
}

// readIdentifiable reads the identifiable key whose signature is at vi.
// Test fixtures with a valid checksum ("aaaa…+ASt…", as security-utilities
// generates them) are not secrets: the key's random part must look random.
func readIdentifiable(v *view, vi int) (secretToken, bool) {
	it, s, e, ok := identifiableAt(v.text, vi)
	if !ok {
		return secretToken{}, false
	}
	key := string(v.text[s:e])
	if !identifiableRandom(key, it) || placeholderSecret(key) || publicKeys[key] {
		return secretToken{}, false
	}
	tok := secretToken{
		kind: it.kind, secretText: key,
		secret: v.span(s, e), span: v.span(s, e),
		redacted: maskSecret(key),
		facts:    identifiableFacts(it),
	}
	return tok, true
}

// identifiableRandom reports whether the key's random part has the spread
// of random bytes (the shape test every key passes, stage 4).
func identifiableRandom(key string, it *identifiableType) bool {
	std := strings.NewReplacer("-", "+", "_", "/").Replace(strings.TrimRight(key, "="))
	b, err := base64.RawStdEncoding.DecodeString(std)
	if err != nil {
		return false
	}
	// Re-encode the random bytes before the signature with padding, so the
	// shape test sees a whole base64 value.
	return randomBase64(base64.StdEncoding.EncodeToString(b[:it.n-8]), it.n-8)
}

// identifiableFacts are what an identifiable key says about itself: its
// service, and that it grants what its kind of key grants, with no expiry.
func identifiableFacts(it *identifiableType) Facts {
	return Facts{Type: it.facts, Permissions: strPtr("*"), WriteClass: boolPtr(true), Destructive: boolPtr(true)}
}

// identifiableKind gives a key found by its name or connection string the
// kind its signature says, when it is a valid identifiable key: a Cosmos DB
// key under AccountKey= is a Cosmos DB key.
func identifiableKind(t *secretToken) {
	if t.custom != nil || t.facts.Permissions == nil || *t.facts.Permissions != "*" {
		return // only keys, not SAS tokens
	}
	it, ok := identifiableKey(t.secretText)
	if !ok || it.kind == t.kind && it.facts == t.facts.Type {
		return
	}
	if it.kind == KindServiceBusSAS && t.kind == KindServiceBusSAS {
		return // the connection string says Service Bus, Event Hubs or IoT Hub better
	}
	account := t.facts.Account
	t.kind, t.facts = it.kind, identifiableFacts(it)
	t.facts.Account = account
}
