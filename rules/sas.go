package rules

import (
	"encoding/base64"
	"strconv"
	"strings"
	"time"
)

// sasParams is a SAS query split into its parameters, values percent-decoded.
// Parameter names are matched case-insensitively, as the service does.
type sasParams map[string]string

// parseQuery splits q ("sv=…&sig=…", no leading '?') into parameters.
// Values are percent-decoded; '+' stays '+' because base64 signatures pasted
// raw keep it.
func parseQuery(q string) sasParams {
	p := sasParams{}
	for _, part := range strings.Split(q, "&") {
		if part == "" {
			continue
		}
		k, v, _ := strings.Cut(part, "=")
		k = strings.ToLower(strings.TrimSpace(k))
		if k == "" {
			continue
		}
		if _, dup := p[k]; dup {
			continue // first one wins, as the service reads it
		}
		p[k] = percentDecode(v)
	}
	return p
}

// percentDecode decodes %XX escapes, leaving malformed ones as written.
func percentDecode(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			b.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
			i += 2
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	default:
		return c - 'A' + 10
	}
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
// account key, 32 for a Service Bus, Event Hubs or IoT Hub key).
func realKey(key string, n int) bool {
	if len(key) != base64.StdEncoding.EncodedLen(n) {
		return false
	}
	return randomBase64(key, n)
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

// parseSASTime reads st, se, skt and ske: a date, or a date and time with
// minutes, seconds, up to 7 fractional digits, and 'Z' or an offset. A time
// without a zone is UTC, as the service reads it.
func parseSASTime(s string) (time.Time, bool) {
	s = strings.ToUpper(strings.TrimSpace(s)) // azcopy logs write 2026-11-22t00:00:00z
	for _, layout := range []string{
		"2006-01-02T15:04:05Z07:00", // also takes fractional seconds
		"2006-01-02T15:04Z07:00",
		"2006-01-02T15:04:05",
		"2006-01-02T15:04",
		"2006-01-02",
	} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}

// parseUnixTime reads a Service Bus or IoT Hub se: Unix seconds.
func parseUnixTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '.'); i > 0 { // Python's time.time() leaves a fraction
		s = s[:i]
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 || n > 1<<40 {
		return time.Time{}, false
	}
	return time.Unix(n, 0).UTC(), true
}

// signedVersion reports whether sv looks like a storage service version
// (YYYY-MM-DD). Versions are not whitelisted: new ones keep coming.
func signedVersion(sv string) bool {
	_, err := time.Parse("2006-01-02", sv)
	return err == nil
}

// permissionWords names sp's letters in words, in a fixed order. Letters mean
// slightly different things per service: p is "process" for queues and
// "change permissions" for Data Lake.
func permissionWords(sp string, dataLake bool) []string {
	type letter struct {
		c    byte
		word string
	}
	p := "process messages"
	if dataLake {
		p = "change permissions"
	}
	order := []letter{
		{'r', "read"}, {'a', "add"}, {'c', "create"}, {'w', "write"}, {'u', "update"},
		{'d', "delete"}, {'x', "delete versions"}, {'y', "permanently delete"},
		{'l', "list"}, {'t', "tag"}, {'f', "find by tag"}, {'m', "move"}, {'e', "execute"},
		{'o', "change ownership"}, {'p', p}, {'i', "set immutability policies"},
	}
	var words []string
	for _, l := range order {
		if strings.IndexByte(sp, l.c) >= 0 {
			words = append(words, l.word)
		}
	}
	return words
}

// writeClass and destructive letters (DESIGN.md): a leak with these turns
// into tampering or loss.
const (
	writeClassLetters  = "wacutmoip"
	destructiveLetters = "dxy"
)

func hasAny(s, letters string) bool { return strings.ContainsAny(s, letters) }

func serviceWords(ss string) []string {
	var out []string
	for _, s := range []struct {
		c    byte
		word string
	}{{'b', "blob"}, {'f', "file"}, {'q', "queue"}, {'t', "table"}} {
		if strings.IndexByte(ss, s.c) >= 0 {
			out = append(out, s.word)
		}
	}
	return out
}

func resourceTypeWords(srt string) []string {
	var out []string
	for _, s := range []struct {
		c    byte
		word string
	}{{'s', "service"}, {'c', "container"}, {'o', "object"}} {
		if strings.IndexByte(srt, s.c) >= 0 {
			out = append(out, s.word)
		}
	}
	return out
}

// signedResourceWords says what a service SAS's sr covers.
func signedResourceWords(sr string) string {
	switch sr {
	case "b":
		return "one blob"
	case "bv":
		return "one blob version"
	case "bs":
		return "one blob snapshot"
	case "c":
		return "a whole container"
	case "d":
		return "a directory and everything under it"
	case "f":
		return "one file"
	case "s":
		return "a whole file share"
	case "table":
		return "a table"
	case "queue":
		return "a queue"
	}
	return "a resource"
}

// joinWords writes "a, b and c".
func joinWords(words []string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}
