package rules

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"regexp"
	"strings"
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
