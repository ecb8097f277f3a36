package rules

import (
	"encoding/base64"
	"encoding/binary"
	"math/rand/v2"
	"strings"
	"testing"
)

// mintIdentifiable makes a valid identifiable key of type it from random
// bytes, as security-utilities' GenerateBase64KeyHelper does: the signature
// written into bytes n-8..n-5 aligned to the base64 6-bit grid, then the
// Marvin32 checksum of the first n-4 bytes, little-endian, in the last 4.
func mintIdentifiable(t testing.TB, it *identifiableType, seed uint64, random []byte) string {
	t.Helper()
	if len(random) != it.n {
		t.Fatalf("mint %s: %d random bytes, want %d", it.sig, len(random), it.n)
	}
	key := append([]byte(nil), random...)
	sigBytes, err := base64.StdEncoding.DecodeString(it.sig)
	if err != nil {
		t.Fatal(err)
	}
	off := it.n - 8
	sig := uint32(key[off]) << 24
	switch pad := ((it.n - 7) * 8) % 6; pad {
	case 2:
		sig &= 0xfcffffff
		sig |= uint32(sigBytes[0])<<18 | uint32(sigBytes[1])<<10 | uint32(sigBytes[2])<<2
	case 4:
		sig &= 0xf0ffffff
		sig |= uint32(sigBytes[0])<<20 | uint32(sigBytes[1])<<12 | uint32(sigBytes[2])<<4
	default:
		sig |= uint32(sigBytes[0])<<16 | uint32(sigBytes[1])<<8 | uint32(sigBytes[2])
	}
	binary.BigEndian.PutUint32(key[off:], sig)
	binary.LittleEndian.PutUint32(key[it.n-4:], marvin32(key[:it.n-4], seed))
	if it.urlSafe {
		return base64.URLEncoding.EncodeToString(key)
	}
	return base64.StdEncoding.EncodeToString(key)
}

// mintAll mints one key of every supported type and seed from a fixed
// random source, so the tests and the corpus generator are reproducible.
func mintAll(t testing.TB, seed uint64) map[string][]string {
	r := rand.New(rand.NewPCG(seed, 9))
	out := map[string][]string{}
	for i := range identifiableTypes {
		it := &identifiableTypes[i]
		for _, s := range it.seeds {
			b := make([]byte, it.n)
			for j := range b {
				b[j] = byte(r.Uint32())
			}
			out[it.sig] = append(out[it.sig], mintIdentifiable(t, it, s, b))
		}
	}
	return out
}

// The valid keys security-utilities' Rust scanner tests expect to match
// (identifiable_scans.rs): fixtures of one repeated character with a real
// signature and checksum. The validator accepts them; the engine does not
// report them, since their random part is not random. (Its AZEG case is
// left out: the Rust test checks only its shape, and its checksum is not
// Event Grid's.)
var publishedIdentifiable = map[string]string{
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa+ARmD7h+qo=":                                             "+ARm",
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa+AEhG2s/8w=":                                             "+AEh",
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa+ASbHpHeAI=":                                             "+ASb",
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaAIoTOumzco=":                                             "AIoT",
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaAzSeCjhzCu":                                     "AzSe",
	"dddddddddddddddddddddddddddddddddddddddddd+ACRCUDxQE":                                     "+ACR",
	"ddddddddddddddddddddddddddddddddddddddddddddAzFu182vhA==":                                 "AzFu",
	"ddddddddddddddddddddddddddddddddddddddddddddAzFu182vhA":                                   "AzFu",
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa+ASt5mnCaw==": "+ASt",
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaACDbOpqrYA==": "ACDb",
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa+ABa13FZVQ==": "+ABa",
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa+AMCFNqWyA==": "+AMC",
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaAPIMHbKhsQ==": "APIM",
}

func TestIdentifiablePublishedVectors(t *testing.T) {
	for key, sig := range publishedIdentifiable {
		it, ok := identifiableKey(key)
		if !ok || it.sig != sig {
			t.Errorf("%s…: not validated as %s", key[:8], sig)
			continue
		}
		broken := []byte(key)
		broken[0] = 'c'
		if _, ok := identifiableKey(string(broken)); ok {
			t.Errorf("%s… with its first character changed still validates", key[:8])
		}
		if fs := testEngine(t, nil).Scan("keys.txt", []byte("KEY="+key+"\n")); len(fs) != 0 {
			t.Errorf("%s…: the published fixture is reported as %s", key[:8], fs[0].Kind)
		}
	}
}

// A valid identifiable key blocks bare, with no name or context, in any
// file; the same key with one character changed (its checksum broken) is not
// that key and is not reported.
func TestIdentifiableBare(t *testing.T) {
	eng := testEngine(t, nil)
	wantKind := map[string]string{}
	wantType := map[string]FactsType{}
	for _, it := range identifiableTypes {
		wantKind[it.sig], wantType[it.sig] = it.kind, it.facts
	}
	for sig, keys := range mintAll(t, 1) {
		for n, key := range keys {
			for _, tc := range []struct{ path, text string }{
				{"notes.txt", key + "\n"},
				{"main.go", "var k = \"" + key + "\"\n"},
				{"data.json", `{"x": ["` + key + `"]}`},
			} {
				fs := eng.Scan(tc.path, []byte(tc.text))
				if len(fs) != 1 {
					t.Errorf("%s seed %d in %s: %d findings, want 1", sig, n, tc.path, len(fs))
					continue
				}
				f := fs[0]
				if f.Kind != wantKind[sig] || f.Facts.Type != wantType[sig] || f.Severity != SeverityError {
					t.Errorf("%s seed %d in %s: %s %s %s, want %s %s error", sig, n, tc.path, f.Kind, f.Facts.Type, f.Severity, wantKind[sig], wantType[sig])
				}
				if strings.Contains(f.Message, key) || strings.Contains(f.Redacted, key) {
					t.Errorf("%s: the finding carries the key", sig)
				}
			}
			// One character changed anywhere before the padding: the
			// checksum no longer holds.
			raw := strings.TrimRight(key, "=")
			for _, pos := range []int{0, len(raw) / 2, len(raw) - 1} {
				b := []byte(key)
				if b[pos] == 'Q' {
					b[pos] = 'R'
				} else {
					b[pos] = 'Q'
				}
				if fs := eng.Scan("notes.txt", append(b, '\n')); len(fs) != 0 {
					t.Errorf("%s seed %d with char %d changed: reported as %s", sig, n, pos, fs[0].Kind)
				}
			}
		}
	}
}

// Round A's bare identifiable keys carry the signature but a random
// checksum: they are not identifiable keys.
func TestIdentifiableRandomChecksum(t *testing.T) {
	for _, key := range []string{
		"SVGRvY/ML52SDvwdxVXmrpPeyh7ngvXKF+AEhRJtnDc=",
		"v3P1nxlOPUT5ILlwxnG1R91pwXO9qLYpkAIoTj2aH40=",
	} {
		if _, ok := identifiableKey(key); ok {
			t.Errorf("%s…: a random checksum validates", key[:4])
		}
		if fs := testEngine(t, nil).Scan("notes.txt", []byte(key+"\n")); len(fs) != 0 {
			t.Errorf("%s…: reported bare as %s", key[:4], fs[0].Kind)
		}
	}
}

// The signature names the kind even where a connection string or a name
// found the key: a Cosmos DB key under AccountKey= is a Cosmos DB key.
func TestIdentifiableKindWins(t *testing.T) {
	keys := mintAll(t, 2)
	cosmos := keys["ACDb"][0]
	storage := keys["+ASt"][0]
	eng := testEngine(t, nil)
	fs := eng.Scan("app.env", []byte("CONN=DefaultEndpointsProtocol=https;AccountName=acct1;AccountKey="+cosmos+";EndpointSuffix=core.windows.net\n"))
	if len(fs) != 1 || fs[0].Kind != KindCosmosKey {
		t.Fatalf("Cosmos DB identifiable key under AccountKey=: %v", findingKinds(fs))
	}
	fs = eng.Scan("app.env", []byte("COSMOS_KEY="+storage+"\n"))
	if len(fs) != 1 || fs[0].Kind != KindStorageKey {
		t.Fatalf("storage identifiable key under COSMOS_KEY: %v", findingKinds(fs))
	}
}

func findingKinds(fs []Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Kind)
	}
	return out
}

// Stage 1 finds a signature by its 'A'. A '+' right before an 'A'-first
// signature ("…+AIoT…") is the key's own random character, not the start of
// a "+A…" signature, and must not hide the key.
func TestIdentifiablePlusBeforeSignature(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	eng := testEngine(t, nil)
	for i := range identifiableTypes {
		it := &identifiableTypes[i]
		if it.sig[0] != 'A' || it.urlSafe {
			continue
		}
		_, sigOff := it.encodedLen()
		key := ""
		for try := 0; try < 20000 && key == ""; try++ {
			b := make([]byte, it.n)
			for j := range b {
				b[j] = byte(r.Uint32())
			}
			if k := mintIdentifiable(t, it, it.seeds[0], b); k[sigOff-1] == '+' {
				key = k
			}
		}
		if key == "" {
			t.Fatalf("%s: no key with '+' before its signature in 20000 tries", it.sig)
		}
		if fs := eng.Scan("notes.txt", []byte(key+"\n")); len(fs) != 1 || fs[0].Kind != it.kind {
			t.Errorf("%s with '+' before its signature: %v, want one %s", it.sig, findingKinds(fs), it.kind)
		}
	}
}

// A url-safe type's key re-encoded in the standard alphabet ('+' and '/'
// for '-' and '_') keeps its bytes and checksum: it is still the key. A key
// mixing both alphabets is no encoding at all.
func TestIdentifiableEitherAlphabet(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 3))
	eng := testEngine(t, nil)
	for i := range identifiableTypes {
		it := &identifiableTypes[i]
		if !it.urlSafe {
			continue
		}
		tested := false
		for try := 0; try < 200 && !tested; try++ {
			b := make([]byte, it.n)
			for j := range b {
				b[j] = byte(r.Uint32())
			}
			key := mintIdentifiable(t, it, it.seeds[0], b)
			if !strings.ContainsAny(key, "-_") {
				continue
			}
			tested = true
			std := strings.NewReplacer("-", "+", "_", "/").Replace(key)
			if fs := eng.Scan("api.http", []byte("api-key: "+std+"\n")); len(fs) != 1 || fs[0].Kind != it.kind {
				t.Errorf("%s in the standard alphabet: %v, want one %s", it.sig, findingKinds(fs), it.kind)
			}
			mixed := []byte(key)
			mixed[strings.IndexAny(key, "-_")] = '+'
			if strings.ContainsAny(string(mixed), "-_") {
				if _, ok := identifiableKey(string(mixed)); ok {
					t.Errorf("%s mixing both alphabets validates", it.sig)
				}
			}
		}
		if !tested {
			t.Fatalf("%s: no minted key with '-' or '_' in 200 tries", it.sig)
		}
	}
}

// A key with an identifiable signature in place and a broken checksum is
// no key: not bare, not named, not in a connection string or beside a
// share. Azure never issues one (1 random key in 16 million holds a given
// signature there); it is a test's fake or a mistyped key.
func TestForgedIdentifiableIsNoKey(t *testing.T) {
	eng := testEngine(t, nil)
	keys := mintAll(t, 1)
	forge := func(key string) string {
		b := []byte(key)
		b[3] ^= 1 // still base64, the checksum no longer holds
		return string(b)
	}
	st, sb := forge(keys["+ASt"][0]), forge(keys["+AEh"][0])
	if !forgedIdentifiable(st) || !forgedIdentifiable(sb) || forgedIdentifiable(keys["+ASt"][0]) {
		t.Fatal("forgedIdentifiable does not tell a forged key from a valid one")
	}
	for _, c := range []struct{ path, src string }{
		{"test_k.py", "# checksum broken: must NOT be treated as a storage key\n(\"" + st + "\", False),\n"},
		{"app.toml", "[storage]\naccount = \"acct\"\n# key_previous = \"" + st + "\"\n"},
		{"a.env", "AZURE_STORAGE_ACCOUNT_KEY=" + st + "\n"},
		{"c.env", "CONN=DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=" + st + ";EndpointSuffix=core.windows.net\n"},
		{"fstab", "//acct.file.core.windows.net/s /mnt cifs username=acct,password=" + st + ",serverino 0 0\n"},
		{"eh.env", "EH=Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=" + sb + ";EntityPath=logs\n"},
	} {
		if fs := eng.Scan(c.path, []byte(c.src)); len(fs) != 0 {
			t.Errorf("%s: %d findings (%s), want none", c.path, len(fs), fs[0].Kind)
		}
	}
	// The valid keys in the same places are reported.
	if fs := eng.Scan("eh.env", []byte("EH=Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey="+keys["+AEh"][0]+";EntityPath=logs\n")); len(fs) != 1 {
		t.Errorf("the valid Event Hubs key: %d findings, want 1", len(fs))
	}
}
