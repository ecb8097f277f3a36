package rules

// SAS queries: where a query starts and ends around its signature, and the
// facts a storage or Service Bus token states about itself.

import (
	"strings"
)

// parseSASBlob reads a storage SAS (URL, bare query or connection-string
// SharedAccessSignature) or a Service Bus / IoT Hub token around the sig at
// blob[hit:].
func parseSASBlob(v *view, bs int, blob string, hit int) (secretToken, bool) {
	qs, qe := queryBounds(blob, hit)
	query := blob[qs:qe]
	if strings.HasSuffix(query, "se=") && qe == len(blob) {
		// "…&se= 1795256384": a space slipped in after se=; read the number.
		k := bs + qe
		for k < len(v.text) && v.text[k] == ' ' {
			k++
		}
		d := k
		for d < len(v.text) && '0' <= v.text[d] && v.text[d] <= '9' {
			d++
		}
		if d > k && d-k <= 12 {
			blob = string(v.text[bs:d])
			query += string(v.text[k:d])
			qe = len(blob)
		}
	}
	p := parseQuery(query)
	sigStart := hit + len("sig=")
	sigEnd := sigStart + strings.IndexAny(blob[sigStart:]+"&", "&;#")
	sigEnd = min(sigEnd, qe)
	// The signature at this marker, not the query's first: a docs example
	// may carry a placeholder sig= before the real one.
	sig := percentDecode(blob[sigStart:sigEnd])
	p["sig"] = sig
	if !realSignature(sig) {
		// Something glued on after the signature: cut it at 44 characters.
		n, ok := realPrefix(blob[sigStart:sigEnd], 44, realSignature)
		if !ok {
			return secretToken{}, false
		}
		sigEnd, qe = sigStart+n, sigStart+n
		sig = percentDecode(blob[sigStart:sigEnd])
	}

	tok := secretToken{secretText: sig}
	tok.secret = v.span(bs+sigStart, bs+sigEnd)
	start, end := qs, qe
	if qs > 0 && blob[qs-1] == '?' {
		start = qs - 1
	}

	conn := connStart(blob[:qs])
	switch {
	case p["sv"] != "" && signedVersion(p["sv"]) && (p["se"] != "" || p["si"] != ""):
		tok.facts = storageFacts(p)
		tok.perms = p["sp"]
		tok.kind = storageSASKind(tok.facts)
		if conn >= 0 {
			// A connection string: AccountName=…;BlobEndpoint=…;SharedAccessSignature=…
			tok.kind = KindStorageConnSAS
			start = conn
			end = connEnd(blob, qe)
			kv := connFields(blob[conn:end])
			tok.facts.Account = connAccount(kv)
			tok.facts.Emulator = tok.facts.Account == emulatorAccount
		} else if u := urlStart(blob[:qs]); u >= 0 {
			start = u
			host, path := splitURL(afterScheme(blob[u : qs-1]))
			tok.path = path
			tok.facts.Host = strPtr(host)
			tok.facts.Account, tok.facts.Emulator = accountFromHost(host, path)
			tok.dataLake = strings.Contains(host, ".dfs.")
		}
		if tok.facts.SignedResource != nil && *tok.facts.SignedResource == "d" {
			tok.dataLake = true
		}
	case p["sr"] != "" && p["se"] != "" && p["sv"] == "":
		f, ok := serviceBusTokenFacts(p)
		if !ok {
			return secretToken{}, false
		}
		tok.kind, tok.facts = KindServiceBusSAS, f
		tok.signedString = rawParam(query, "sr") + "\n" + strings.TrimSpace(p["se"])
		if conn >= 0 {
			start = conn
			end = connEnd(blob, qe)
		}
		// "SharedAccessSignature sr=…": the keyword belongs to the token.
		if start == qs {
			before := string(v.text[max(0, bs-len("SharedAccessSignature%20")):bs]) + blob[:qs] // a plain space ends the blob
			for _, kw := range sbKeywords {
				if strings.HasSuffix(before, kw) {
					start -= len(kw)
					break
				}
			}
		}
	default:
		return secretToken{}, false
	}
	if tok.facts.Emulator {
		return secretToken{}, false
	}
	tok.span = v.span(bs+start, bs+end)
	tok.redacted = maskIn(string(v.text[bs+start:bs+end]), sigStart-start, sigEnd-start, sig)
	return tok, true
}

// queryBounds finds the SAS query around the sig at blob[hit:]. It starts
// after the URL's '?', after a connection string's ';' (and its
// SharedAccessSignature=), or after a NAME= a bare query was assigned to
// (AZURE_STORAGE_SAS_TOKEN=sv=…, --sas-token=sv=…); a ';' before the
// signature counts only when a connection-string field follows it, since a
// decoded rscd=attachment;filename=… holds one. It ends at ';' or '#'.
func queryBounds(blob string, hit int) (qs, qe int) {
	q := strings.LastIndexAny(blob[:hit], "?#") // a fragment can carry it too
	qs = q + 1
	for i := hit - 1; i > q; i-- {
		if blob[i] == ';' && connFieldAt(blob, i+1) {
			qs = i + 1
			break
		}
	}
	for _, kw := range sbKeywords {
		if i := strings.LastIndex(blob[:hit], kw); i >= 0 && i+len(kw) > qs {
			qs = i + len(kw) // "SharedAccessSignature sr=…" with its space encoded
		}
	}
	if i := lastIndexFold(blob[qs:hit], "SharedAccessSignature="); i >= 0 {
		qs += i + len("SharedAccessSignature=")
	}
	// NAME=sv=… or ${NAME:sv=…}: skip names that are not SAS parameters.
	for {
		amp := strings.IndexByte(blob[qs:hit]+"&", '&')
		name, value, ok := strings.Cut(blob[qs:qs+amp], "=")
		if !ok || sasParamNames[strings.ToLower(name)] {
			break
		}
		if c := strings.LastIndexByte(name, ':'); c >= 0 && sasParamNames[strings.ToLower(name[c+1:])] {
			qs += c + 1
			break
		}
		if !strings.Contains(value, "=") {
			break
		}
		qs += len(name) + 1
	}
	// After the signature, any ';' ends the query: a CSV field separator,
	// the next connection-string field, or a decoded ';' in a later value.
	qe = hit + strings.IndexAny(blob[hit:]+";", ";#")
	// Two URLs pasted with nothing between them: the second starts a new token.
	if u := strings.Index(blob[hit:qe], "://"); u >= 0 {
		if s := schemeStart(blob, hit+u); s > hit && blob[s-1] != '=' { // not a value (sr=https://…)
			qe = s
		}
	}
	return qs, qe
}

// sbKeywords are the ways "SharedAccessSignature " is written before a
// Service Bus or IoT Hub token: with its space, form-encoded, URL-encoded.
var sbKeywords = []string{"SharedAccessSignature ", "SharedAccessSignature+", "SharedAccessSignature%20"}

// rawParam returns a parameter's value as written (still percent-encoded),
// which is what a Service Bus token's signature covers.
func rawParam(query, name string) string {
	for _, part := range strings.Split(query, "&") {
		if k, v, ok := strings.Cut(part, "="); ok && strings.EqualFold(k, name) {
			return v
		}
	}
	return ""
}

// sasParamNames are the query parameters a storage or Service Bus SAS uses.
var sasParamNames = map[string]bool{
	"sv": true, "ss": true, "srt": true, "sp": true, "se": true, "st": true, "sip": true, "spr": true,
	"sig": true, "sr": true, "si": true, "tn": true, "sdd": true, "ses": true, "skoid": true, "sktid": true,
	"skt": true, "ske": true, "sks": true, "skv": true, "saoid": true, "suoid": true, "scid": true,
	"rscc": true, "rscd": true, "rsce": true, "rscl": true, "rsct": true, "spk": true, "srk": true,
	"epk": true, "erk": true, "skn": true, "snapshot": true, "versionid": true, "sduoid": true, "skdutid": true,
}
