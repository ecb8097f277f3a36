package rules

// Stage 4: validate. A token is reported only when its secret has the shape
// of a real one: base64 of random bytes of the right length (an HMAC-SHA256
// signature, a 64-byte storage key, a 32-byte messaging key), not a
// placeholder, not a documentation fake, not a key published for anyone to
// use (the emulator's, SDK test fixtures'), and not signed by a fake key in
// the same file (a test vector). Readers apply the shape tests while they
// read (stage 3), so a failed reading falls through to the next view;
// validate then drops what only the whole set of tokens can tell.

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"regexp"
	"strings"
)

// validate drops tokens restated from parts of a token also found whole,
// and test vectors signed with a fake key written in the same content.
func validate(content []byte, toks []secretToken) []secretToken {
	return dropSignedWithFakeKeys(content, dropRestated(toks))
}

// dropRestated removes tokens rebuilt from parts whose secret the content
// also holds whole: one secret, one finding.
func dropRestated(toks []secretToken) []secretToken {
	whole := map[string]bool{}
	for _, t := range toks {
		if !t.restated {
			whole[t.secretText] = true
		}
	}
	out := toks[:0]
	for _, t := range toks {
		if !t.restated || !whole[t.secretText] {
			out = append(out, t)
		}
	}
	return out
}

// sigLastChars are the characters that can precede the '=' of base64-encoded
// 32 bytes: the last character carries only 4 bits.
const sigLastChars = "AEIMQUYcgkosw048"

// realSignature reports whether sig is shaped like base64(HMAC-SHA256): 44
// characters ending in one '=', decoding to 32 bytes, with the spread of
// characters random bytes have. Fakes like "abc123" or "AAAA…=" fail.
func realSignature(sig string) bool {
	if len(sig) != 44 || sig[43] != '=' || !strings.ContainsRune(sigLastChars, rune(sig[42])) {
		return false
	}
	return randomBase64(sig, 32)
}

// realKey reports whether key is base64 of n random bytes (64 for a storage
// account key, 32 for a Service Bus, Event Hubs or IoT Hub key), and not
// an identifiable key's forgery: its signature in place, its checksum broken.
func realKey(key string, n int) bool {
	if len(key) != base64.StdEncoding.EncodedLen(n) {
		return false
	}
	return randomBase64(key, n) && !forgedIdentifiable(key)
}

func randomBase64(s string, n int) bool {
	b, err := base64.StdEncoding.Strict().DecodeString(s)
	if err != nil || len(b) != n {
		return false
	}
	// Base64 of readable text ("This is not a real signature!!!!") is a
	// fake: random bytes are printable ASCII about a third of the time.
	printable := 0
	for _, c := range b {
		if c >= 0x20 && c < 0x7f {
			printable++
		}
	}
	if printable*4 >= len(b)*3 {
		return false
	}
	// Documentation's fakes spell a word; a random 44-character string holds
	// a given five-letter word about once in 30 million tries.
	for _, w := range fakeWords {
		if strings.Contains(s, w) {
			return false
		}
	}
	// Random bytes use many distinct characters; hand-typed fakes don't.
	var seen [128]bool
	distinct, runs := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '=' {
			continue
		}
		if !seen[c] {
			seen[c] = true
			distinct++
		}
		if i > 0 && (s[i-1]+1 == c || s[i-1] == c) {
			runs++
		}
	}
	return distinct >= len(s)/3 && runs < len(s)/3
}

// fakeWords, case-sensitive and at least five letters, mark a key or
// signature written by hand to look real.
var fakeWords = []string{
	"EXAMPLE", "Example", "example", "REDACTED", "Redacted", "redacted", "SIGNATURE", "Signature", "signature",
	"PLACEHOLDER", "Placeholder", "placeholder", "XXXXX", "xxxxx", "CHANGEME", "changeme", "ChangeMe",
	"YOURKEY", "YourKey", "yourkey", "DUMMY", "Dummy", "dummy", "00000", "AAAAA",
}

// placeholderSecret reports whether a signature or key is a stand-in that
// documentation and templates use instead of a real secret.
func placeholderSecret(s string) bool {
	if s == "" {
		return true
	}
	up := strings.ToUpper(s)
	for _, marker := range []string{"REDACTED", "XXXX", "***", "<", ">", "${", "$(", "{{", "}}", "%S", "...", "…", "YOUR", "PLACEHOLDER", "SIGNATURE", "EXAMPLE", "CHANGEME", "SECRET", "TODO"} {
		if strings.Contains(up, marker) {
			return true
		}
	}
	return false
}

// realPrefix returns the length of the raw prefix of value that decodes to
// n characters and passes real, for a secret with something glued after it.
func realPrefix(value string, n int, real func(string) bool) (int, bool) {
	decoded := 0
	for i := 0; i < len(value); i++ {
		if value[i] == '%' && i+2 < len(value) && isHex(value[i+1]) && isHex(value[i+2]) {
			i += 2
		}
		decoded++
		if decoded == n {
			if real(percentDecode(value[:i+1])) {
				return i + 1, true
			}
			return 0, false
		}
	}
	return 0, false
}

// publicKeys are account keys published for anyone to use, so not secrets:
// the storage emulator's, and the fake key the Azure SDKs' test fixtures
// (azure-sdk-for-python devtools_testutils, and copies of it) use.
var publicKeys = map[string]bool{
	emulatorKey:       true,
	cosmosEmulatorKey: true, // the Cosmos DB emulator's (cosmos.go)
	"NzhL3hKZbJBuJ2484dPTR+xF30kYaWSSCbs2BzLgVVI1woqeST/1IgqaLm6QAOTxtGvxctSNbIR/1hW8yH+bJg==": true,
	"qFmud5LfxcCxWUvWcGMhKDp0v0KuBRLsO/AIddX734W7lzdInsVMsB5ILVoOrF+0fCfk/IYYy5SJ9Q+2v4aihQ==": true, // MGMT_HDINSIGHT_FAKE_KEY
}

// The storage emulator's account and key are published; they are not secrets.
const (
	emulatorAccount = "devstoreaccount1"
	emulatorKey     = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
)

// A Service Bus / Event Hubs / IoT Hub token in a test next to the fake key
// that signed it ("SharedAccessKey=fakekeyfakekey…") is a test vector, not a
// secret: its signature is real HMAC output, but of a key anyone can read.
// The engine checks the signature against every such fake key in the same
// content and drops the tokens they signed.

var sharedAccessKeyValue = regexp.MustCompile(`^(?i)SharedAccessKey\s*=\s*([^;"'\s]+)`)

func dropSignedWithFakeKeys(content []byte, toks []secretToken) []secretToken {
	var fake [][]byte
	for _, t := range toks {
		if t.signedString != "" {
			fake = fakeKeys(content)
			break
		}
	}
	if len(fake) == 0 {
		return toks
	}
	out := toks[:0]
	for _, t := range toks {
		if t.signedString == "" || !signedByAny(t, fake) {
			out = append(out, t)
		}
	}
	return out
}

// fakeKeys lists the SharedAccessKey values in content that are not real
// keys: placeholders and fakes that tests sign their vectors with. It looks
// only where "AccessKey" is written, so a large file costs a few IndexByte
// passes, not a regex over every byte.
func fakeKeys(content []byte) [][]byte {
	var keys [][]byte
	for _, marker := range [][]byte{[]byte("AccessKey"), []byte("accesskey"), []byte("ACCESSKEY")} {
		for off := 0; ; {
			i := bytes.Index(content[off:], marker)
			if i < 0 {
				break
			}
			at := off + i
			off = at + len(marker)
			if m := sharedAccessKeyValue.FindSubmatch(content[max(0, at-6):min(len(content), at+len(marker)+200)]); m != nil {
				if k := string(m[1]); !realKey(k, 32) {
					keys = append(keys, m[1])
				}
			}
		}
	}
	return keys
}

// signedByAny reports whether one of keys produced t's signature. Service
// Bus uses the key's text as the HMAC key; IoT Hub its base64-decoded bytes.
func signedByAny(t secretToken, keys [][]byte) bool {
	for _, k := range keys {
		candidates := [][]byte{k}
		if b, err := base64.StdEncoding.DecodeString(string(k)); err == nil {
			candidates = append(candidates, b)
		}
		for _, key := range candidates {
			for _, msg := range []string{t.signedString, strings.ToLower(t.signedString)} {
				mac := hmac.New(sha256.New, key)
				mac.Write([]byte(msg))
				if base64.StdEncoding.EncodeToString(mac.Sum(nil)) == t.secretText {
					return true
				}
			}
		}
	}
	return false
}
