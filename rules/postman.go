package rules

import (
	"bytes"
	"net/url"
	"regexp"
	"strings"
)

// Postman collections and HAR files can hold a SAS with no URL string at
// all: each query parameter is its own {"key": …, "value": …} object, and
// the signature is the value of the one whose key is "sig".

// queryPairHit spots `"key": "sig"` at the "key" marker h.
func queryPairHit(c []byte, h int) bool {
	return querySigKey.Match(c[h:min(len(c), h+32)])
}

var (
	querySigKey = regexp.MustCompile(`^(?i:key)"\s*:\s*"sig"`)
	queryPair   = regexp.MustCompile(`\{\s*"(?:key|name)"\s*:\s*"([^"]{1,16})"\s*,\s*"value"\s*:\s*"([^"]*)"`)
	queryHost   = regexp.MustCompile(`"host"\s*:\s*\[([^\]]*)\]`)
)

// parseQueryPairs rebuilds the query from the parameter objects around the
// "sig" one at view position vi and reads it as a SAS.
func parseQueryPairs(v *view, vi int) (secretToken, bool) {
	t := v.text
	from := max(0, vi-2048)
	to := min(len(t), vi+2048)
	region := t[from:to]
	var q []string
	var sigSpan Span
	first, last := -1, -1
	for _, m := range queryPair.FindAllSubmatchIndex(region, -1) {
		// Only the run of pairs that holds this "sig": stop at a gap.
		if last >= 0 && len(bytes.TrimSpace(bytes.Trim(region[last:m[0]], ", \t\r\n}"))) > 0 {
			if from+m[0] > vi {
				break
			}
			q, first = nil, -1
		}
		key, val := string(region[m[2]:m[3]]), string(region[m[4]:m[5]])
		if key == "sig" {
			sigSpan = Span{from + m[4], from + m[5]}
		}
		q = append(q, key+"="+url.QueryEscape(percentDecode(val)))
		if first < 0 {
			first = m[0]
		}
		last = m[1]
	}
	if sigSpan.End == 0 || first < 0 {
		return secretToken{}, false
	}
	p := parseQuery(strings.Join(q, "&"))
	if !realSignature(p["sig"]) || !signedVersion(p["sv"]) || p["se"] == "" && p["si"] == "" {
		return secretToken{}, false
	}
	tok := secretToken{secretText: p["sig"], facts: storageFacts(p), perms: p["sp"]}
	switch tok.facts.Type {
	case "account":
		tok.kind = KindAccountSAS
	case "user_delegation":
		tok.kind = KindUserDelegationSAS
	default:
		tok.kind = KindServiceSAS
	}
	if m := queryHost.FindSubmatch(t[max(0, from+first-1024) : from+first]); m != nil {
		labels := strings.Split(strings.NewReplacer(`"`, "", " ", "", "\n", "", "\r", "", "\t", "").Replace(string(m[1])), ",")
		host := strings.Join(labels, ".")
		tok.facts.Host = strPtr(host)
		tok.facts.Account, tok.facts.Emulator = accountFromHost(host, "")
	}
	if tok.facts.Emulator {
		return secretToken{}, false
	}
	tok.span = v.span(from+first, from+last)
	tok.secret = v.span(sigSpan.Start, sigSpan.End)
	tok.restated = true
	tok.redacted = strings.Join(q, "&")
	if i := strings.Index(tok.redacted, "sig="); i >= 0 {
		end := strings.IndexByte(tok.redacted[i:]+"&", '&')
		tok.redacted = tok.redacted[:i+4] + maskSecret(p["sig"]) + tok.redacted[i+end:]
	}
	return tok, true
}
