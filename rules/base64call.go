package rules

// Program source is not searched for base64 bodies (holdsEncodedValues):
// most base64 in code is data, and decoding every run would cost the
// token-free path its speed. A literal passed to a decode call is the
// exception: atob("…"), Buffer.from("…", "base64"), base64.b64decode("…"),
// Convert.FromBase64String("…"), Base64.getDecoder().decode("…") is a value
// the program means to read as text, "obfuscated" so a scanner misses it.
// Stage 1's key-run scan (keyvalue.go) already measures every long run of
// base64 characters; for those of minWrapped or more, decodeCallAround looks
// at the few bytes before the run for the call's name.

import (
	"bytes"
)

// decodeCalls are the names of calls that decode their base64 argument,
// each with what must follow the run, if anything (Buffer.from decodes
// only when told "base64").
var decodeCalls = []struct{ name, after string }{
	{"atob(", ""},
	{"Buffer.from(", "base64"},
	{"b64decode(", ""}, // Python base64.b64decode, urlsafe_b64decode
	{"FromBase64String(", ""},
	{"DecodeString(", ""},        // Go base64.StdEncoding.DecodeString
	{"getDecoder().decode(", ""}, // Java
	{"getMimeDecoder().decode(", ""},
	{"decode64(", ""},      // Ruby Base64.decode64, strict_decode64
	{"base64_decode(", ""}, // PHP
	{"base64decode(", ""},  // Terraform
}

// decodeCallBefore is how far before a run its call's name may start: the
// call, an opening quote or a line break and indentation.
const decodeCallBefore = 48

// decodeCallAround reports whether the base64 run c[s:e] is the argument
// of a decode call: the call's name ends just before it, with only
// spaces, line breaks and an opening quote between.
func decodeCallAround(c []byte, s, e int) bool {
	i := s
	if i > 0 && isQuote(c[i-1]) {
		i--
	} else {
		return false // a literal, not an expression
	}
	for i > 0 && s-i < decodeCallBefore && (c[i-1] == ' ' || c[i-1] == '\t' || c[i-1] == '\n' || c[i-1] == '\r') {
		i--
	}
	for _, d := range decodeCalls {
		if !bytes.HasSuffix(c[max(0, i-len(d.name)):i], []byte(d.name)) {
			continue
		}
		if d.after == "" {
			return true
		}
		return bytes.Contains(c[e:min(len(c), e+24)], []byte(d.after))
	}
	return false
}

// readBase64Call reads the base64 literal at vi that stage 1 found passed
// to a decode call, decodes it and reads the token the text holds; the
// finding spans the whole literal, as a base64 body's does in data files.
func readBase64Call(v *view, vi int) (secretToken, bool) {
	t := v.text
	j := vi
	for j < len(t) && base64Char(t[j]) {
		j++
	}
	if j-vi < minWrapped || !holdsAnchor(t[vi:j]) {
		return secretToken{}, false
	}
	decoded, ok := decodeBase64(t[vi:j])
	if !ok {
		return secretToken{}, false
	}
	inner := detect(decoded)
	if len(inner) == 0 {
		return secretToken{}, false
	}
	return wrapToken(inner[0], v.span(vi, j)), true
}
