package rules

// Stage 3: assemble tokens. Each form has one reader, which reads the token
// around its marker in a view: the SAS query (sasquery.go), the connection
// string (connstring.go), the named key and key list (namedkey.go), the
// Postman/HAR query array and query map (postman.go), the amqp URL
// (amqp.go). Readers apply stage 4's shape tests and stage 5's fact readers
// as they read, so that a reading that fails lets stage 2 offer the next view.

import (
	"strings"
)

// readers is the reader of each form, as stage 1 classified the hit.
var readers = [...]func(v *view, vi int) (secretToken, bool){
	formSAS:        readSAS,
	formQueryMap:   parseQueryMap,
	formConnKey:    readKey,
	formKeysList:   parseKeysList,
	formNamedKey:   readKey,
	formQueryPairs: parseQueryPairs,
	formAMQP:       parseAMQP,
	formKeyValue:   readKeyValue,
	formFieldSet:   readFieldSet,

	formIdentifiable:  readIdentifiable,  // identifiable.go
	formCosmosClient:  readCosmosClient,  // cosmos.go
	formFormatArgs:    readFormatArgs,    // formatargs.go
	formKeyNearby:     readKeyNearby,     // keynearby.go
	formKeyCredential: readKeyCredential, // keycredential.go
	formPolicyGroup:   readPolicyGroup,   // keynearby.go
	formTableRow:      readTableRow,      // tablesas.go
	formHadoopRef:     readHadoopRef,     // namedkey.go
}

// assemble reads the token of form f whose marker is at view position vi.
func assemble(v *view, vi int, f form) (secretToken, bool) {
	if f == formBase64Call {
		return readBase64Call(v, vi) // it runs stages 1 to 4 on what it decodes: not in readers, which detect's callees initialise
	}
	return readers[f](v, vi)
}

// blobAt is the run of token characters holding the marker at vi, as a
// string, with the marker's offset in it. Prose punctuation after a token is
// not part of it ("…%3D." "…==,"): a real token never ends in these.
func blobAt(v *view, vi int) (bs int, blob string, hit int) {
	bs, be := blobBounds(v.text, vi)
	for be > vi+4 && strings.IndexByte(".,;:!?*", v.text[be-1]) >= 0 {
		be--
	}
	return bs, string(v.text[bs:be]), vi - bs
}

// readSAS reads the storage SAS or Service Bus token whose sig= is at vi.
func readSAS(v *view, vi int) (secretToken, bool) {
	bs, blob, hit := blobAt(v, vi)
	if !strings.HasPrefix(blob[hit:], "sig=") {
		return secretToken{}, false // this view does not read sig=; another may
	}
	return parseSASBlob(v, bs, blob, hit)
}

// readKey reads the key whose name ends at the "key" at vi: a connection
// string's AccountKey= or SharedAccessKey= when the view reads one and it
// holds a real key, else a key assigned to a name (a connection-string
// field that is not part of a whole connection string is still a named key).
func readKey(v *view, vi int) (secretToken, bool) {
	if vi+3 > len(v.text) || !equalFold(v.text[vi:vi+3], "key") {
		return secretToken{}, false // a word a soft line break cuts: only the qp view reads it
	}
	bs, blob, hit := blobAt(v, vi)
	if strings.EqualFold(blob[hit:min(hit+4, len(blob))], "key=") {
		if t, ok := parseKeyBlob(v, bs, blob, hit); ok {
			return t, true
		}
	}
	return parseNamedKey(v, vi)
}

// wrapToken is the finding for a token found inside a base64 run: it spans
// the whole run (what must be removed), its fingerprint is the inner
// secret's, so the same token plain or encoded is one finding.
func wrapToken(inner secretToken, run Span) secretToken {
	tok := inner
	tok.span, tok.secret = run, run
	tok.redacted = "base64(" + inner.redacted + ")"
	tok.wrapped = "base64-encoded"
	return tok
}

// customTokens runs the regexes of the team's rules that stage 1 kept.
func customTokens(content []byte, rules []*CustomRule) []secretToken {
	var out []secretToken
	for _, r := range rules {
		for _, m := range r.Regex.FindAllSubmatchIndex(content, MaxFindings+1) {
			s, e := m[2*r.SecretGroup], m[2*r.SecretGroup+1]
			if s < 0 || placeholderSecret(string(content[s:e])) {
				continue
			}
			secret := string(content[s:e])
			msg := r.Description
			if msg == "" {
				msg = "matches custom rule " + r.ID
			}
			out = append(out, secretToken{
				kind: r.ID, custom: r, message: msg,
				span: Span{m[0], m[1]}, secret: Span{s, e}, secretText: secret,
				redacted: maskIn(string(content[m[0]:m[1]]), s-m[0], e-m[0], secret),
				facts:    Facts{Type: FactsType(r.ID)},
			})
		}
	}
	return out
}
