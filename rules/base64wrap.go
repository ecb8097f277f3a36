package rules

import (
	"bytes"
	"encoding/base64"
)

// Tokens stored base64-encoded, as Kubernetes Secret data fields and some CI
// variable stores hold them. These fragments of the base64 of a token's
// usual beginnings start with uppercase letters, rare in text, so looking for
// them costs little; a run that holds one is decoded and scanned.
var base64Anchors = [][]byte{
	[]byte("HR0c"),         // "aHR0c…": http:// and https://
	[]byte("VuZHBvaW50"),   // "…Endpoint": DefaultEndpointsProtocol=, BlobEndpoint=
	[]byte("RW5kcG9pbnQ9"), // "Endpoint=" (Service Bus)
	[]byte("E5hbWU9"),      // "…Name=": AccountName=, HostName=
	[]byte("U2hhcmVk"),     // "Shared": SharedAccessSignature, SharedAccessKey
}

// holdsEncodedValues reports whether files at path store values
// base64-encoded: manifests, settings, variables and free text do; program
// source does not, and skipping it keeps the no-token path at memory speed.
func holdsEncodedValues(path string) bool {
	switch LanguageOf(path) {
	case LangPython, LangJavaScript, LangTypeScript, LangGo, LangCSharp, LangJava:
		return false
	}
	return true
}

// minWrapped is the shortest base64 run worth decoding: no real token is
// shorter than 60 characters, so its base64 is at least 80.
const minWrapped = 80

// base64Tokens finds tokens inside base64 runs that hold an anchor.
// The finding spans the whole run (what must be removed), its fingerprint is
// the inner secret's, so the same token plain or encoded is one finding.
func base64Tokens(content []byte) []secretToken {
	var out []secretToken
	var done []Span // runs already decoded: an anchor can recur inside one
	for _, anchor := range base64Anchors {
		for off := 0; ; {
			i := bytes.Index(content[off:], anchor)
			if i < 0 {
				break
			}
			at := off + i
			off = at + len(anchor)
			if inSpans(done, at) {
				continue
			}
			s := at
			// '=' is padding, only ever at the end: NAME=<base64> stops here.
			for s > 0 && base64Char(content[s-1]) && content[s-1] != '=' {
				s--
			}
			e := at
			for e < len(content) && base64Char(content[e]) {
				e++
			}
			if e-s < minWrapped {
				continue
			}
			decoded, err := base64.StdEncoding.DecodeString(string(content[s:e]))
			if err != nil {
				if decoded, err = base64.RawStdEncoding.DecodeString(string(bytes.TrimRight(content[s:e], "="))); err != nil {
					continue
				}
			}
			for _, inner := range findTokens(decoded) {
				tok := inner
				tok.span, tok.secret = Span{s, e}, Span{s, e}
				tok.redacted = "base64(" + inner.redacted + ")"
				tok.wrapped = "base64-encoded"
				out = append(out, tok)
				break // one finding per encoded value
			}
			done = append(done, Span{s, e})
		}
	}
	return out
}

func inSpans(spans []Span, off int) bool {
	for _, sp := range spans {
		if sp.Start <= off && off < sp.End {
			return true
		}
	}
	return false
}
