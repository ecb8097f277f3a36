package rules

import (
	"bytes"
	"net/url"
	"regexp"
	"strings"
)

// A SAS can be written as data, with no URL string at all: Postman and HAR
// files give each query parameter its own {"key": …, "value": …} object, and
// code passes the parameters as a map (Python's requests params={"sv": …,
// "sig": …}, Go's url.Values{"sig": {…}}).

var queryMapPair = regexp.MustCompile(`["'](\w{1,16})["']\s*:\s*[\[{]?\s*["']([^"'\s]*)["']`)

// parseQueryMap rebuilds the query from the map literal around the "sig" key
// at view position vi and reads it as a SAS.
func parseQueryMap(v *view, vi int) (secretToken, bool) {
	t := v.text
	from, to := max(0, vi-2048), min(len(t), vi+2048)
	region := t[from:to]
	var q []string
	var sigSpan Span
	first, last := -1, -1
	for _, m := range queryMapPair.FindAllSubmatchIndex(region, -1) {
		key := string(region[m[2]:m[3]])
		if !sasParamNames[strings.ToLower(key)] {
			continue
		}
		if key == "sig" {
			sigSpan = Span{from + m[4], from + m[5]}
		}
		q = append(q, key+"="+url.QueryEscape(percentDecode(string(region[m[4]:m[5]]))))
		if first < 0 {
			first = m[0]
		}
		last = m[1]
	}
	if sigSpan.End == 0 {
		return secretToken{}, false
	}
	return queryToken(v, t, q, Span{from + first, from + last}, sigSpan, from+first)
}

var (
	queryPair = regexp.MustCompile(`\{\s*"(?:key|name)"\s*:\s*"([^"]{1,16})"\s*,\s*"value"\s*:\s*"([^"]*)"`)
	queryHost = regexp.MustCompile(`"host"\s*:\s*\[([^\]]*)\]`)
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
	return queryToken(v, t, q, Span{from + first, from + last}, sigSpan, from+first)
}

// queryToken reads parameters rebuilt from data as a SAS: span is where they
// sit, sig the signature's value, hostBefore where to look back for a
// Postman "host" array.
func queryToken(v *view, t []byte, q []string, span, sig Span, hostBefore int) (secretToken, bool) {
	p := parseQuery(strings.Join(q, "&"))
	if !realSignature(p["sig"]) || !signedVersion(p["sv"]) || p["se"] == "" && p["si"] == "" {
		return secretToken{}, false
	}
	tok := secretToken{secretText: p["sig"], facts: storageFacts(p), perms: p["sp"]}
	tok.kind = storageSASKind(tok.facts)
	if m := queryHost.FindSubmatch(t[max(0, hostBefore-1024):hostBefore]); m != nil {
		labels := strings.Split(strings.NewReplacer(`"`, "", " ", "", "\n", "", "\r", "", "\t", "").Replace(string(m[1])), ",")
		host := strings.Join(labels, ".")
		tok.facts.Host = strPtr(host)
		tok.facts.Account, tok.facts.Emulator = accountFromHost(host, "")
	}
	if tok.facts.Emulator {
		return secretToken{}, false
	}
	tok.span = v.span(span.Start, span.End)
	tok.secret = v.span(sig.Start, sig.End)
	tok.restated = true
	tok.redacted = strings.Join(q, "&")
	if i := strings.Index(tok.redacted, "sig="); i >= 0 {
		end := strings.IndexByte(tok.redacted[i:]+"&", '&')
		tok.redacted = tok.redacted[:i+4] + maskSecret(p["sig"]) + tok.redacted[i+end:]
	}
	return tok, true
}
