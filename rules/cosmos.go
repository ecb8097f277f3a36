package rules

// Cosmos DB keys sit beside storage keys and look the same (64 random bytes,
// AccountKey=). What tells them apart is around them: the connection
// string's AccountEndpoint=https://NAME.documents.azure.com, a name that
// says Cosmos (COSMOS_KEY, spring.cloud.azure.cosmos.key), or an endpoint
// right before the key (CosmosClient(url, credential=key)). The emulator's
// published key is public (publicKeys, stage 4) in every form.

import (
	"bytes"
	"strings"
)

// cosmosEmulatorKey is the Azure Cosmos DB emulator's well-known key,
// published in Microsoft's documentation.
const cosmosEmulatorKey = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=="

// cosmosContextBytes is how far before a key its Cosmos or storage context
// is looked for: a few lines of YAML, an appsettings block.
const cosmosContextBytes = 400

// cosmosKind makes a storage account key a Cosmos DB key when the nearest
// word before it that names a service names Cosmos DB.
func cosmosKind(content []byte, t *secretToken) {
	if t.kind != KindStorageKey || t.facts.Type != FactsStorageKey {
		return
	}
	if _, ok := identifiableKey(t.secretText); ok {
		return // its signature names its service
	}
	from := max(0, t.secret.Start-cosmosContextBytes)
	before := bytes.ToLower(content[from:t.secret.Start])
	cosmos := lastOf(before, cosmosWords...)
	storage := lastOf(before, storageWords...)
	after := bytes.ToLower(content[t.secret.End:min(len(content), t.secret.End+cosmosAfterBytes)])
	if cosmos < 0 && storage < 0 {
		// Nothing before names a service: the first word after it that
		// does decides ({"key": …, "endpoint": "https://x.documents.azure.com"}).
		c, s := firstOf(after, cosmosWords...), firstOf(after, storageWords...)
		if c < 0 || s >= 0 && s < c {
			return
		}
		cosmos = 0
	}
	if cosmos < 0 || cosmos < storage {
		return
	}
	t.kind = KindCosmosKey
	t.facts.Type = FactsCosmosKey
	t.facts.HTTPSOnly = nil
	if a := cosmosAccount(before); a != "" {
		t.facts.Account = a
	} else if i := bytes.Index(after, []byte(".documents.azure.")); i >= 0 {
		t.facts.Account = cosmosAccount(after[:i+len(".documents.azure.")]) // the client built after it
	} else if i := bytes.Index(after, []byte(".mongo.cosmos.azure.")); i >= 0 {
		t.facts.Account = cosmosAccount(after[:i+len(".mongo.cosmos.azure.")]) // the host after a key in a URI's userinfo
	}
}

// The words that name Cosmos DB or Azure Storage around a key.
var (
	cosmosWords  = []string{"cosmos", "documents.azure", "accountendpoint=", ":8081"}
	storageWords = []string{"storage", "blob", ".core.", "accountname=", "defaultendpointsprotocol", "fs.azure", "azurite", "devstoreaccount1"}
)

// cosmosAfterBytes is how far after a key its service is looked for when
// nothing before it names one: the rest of a settings object.
const cosmosAfterBytes = 200

// firstOf returns the offset of the first occurrence of any of words in s, or -1.
func firstOf(s []byte, words ...string) int {
	first := -1
	for _, w := range words {
		if i := bytes.Index(s, []byte(w)); i >= 0 && (first < 0 || i < first) {
			first = i
		}
	}
	return first
}

// lastOf returns the offset of the last occurrence of any of words in s, or -1.
func lastOf(s []byte, words ...string) int {
	last := -1
	for _, w := range words {
		if i := bytes.LastIndex(s, []byte(w)); i > last {
			last = i
		}
	}
	return last
}

// cosmosAccount names the account of the last Cosmos DB endpoint in s
// (lower case): NAME.documents.azure.com, .us or .cn.
func cosmosAccount(s []byte) string {
	i := bytes.LastIndex(s, []byte(".documents.azure."))
	if m := bytes.LastIndex(s, []byte(".mongo.cosmos.azure.")); m > i {
		i = m // mongodb://NAME:KEY@NAME.mongo.cosmos.azure.com:10255/
	}
	if i < 0 {
		return ""
	}
	j := i
	for j > 0 && (isWordByte(s[j-1]) && s[j-1] != '_' || s[j-1] == '-') {
		j--
	}
	return validName(string(s[j:i]))
}

// cosmosEndpointHit spots a Cosmos DB endpoint, "documents.azure" starting
// at d, found by its 'z' (rare in text): a key may follow it as a client's
// credential argument.
// cosmosEndpoints appends a hit for each "documents.azure" in c[from:to],
// anchored on its 'z', a byte rare in text.
func cosmosEndpoints(c []byte, from, to int, hits []hit) []hit {
	const endpoint = "documents.azure"
	eachByteIn(c, from, to, 'z', func(z int) {
		if d := z - 11; d >= 0 && len(c)-d >= len(endpoint) && string(c[d:d+len(endpoint)]) == endpoint {
			hits = append(hits, hit{d, formCosmosClient})
			hits = splitKeysAfter(c, d, hits)
		}
	})
	return hits
}

// cosmosSplitReach is how far after a Cosmos DB endpoint a key split into
// literals is looked for: the client's own key, then another for a replica.
const cosmosSplitReach = 600

// splitKeysAfter appends a hit at each key split into adjacent or
// concatenated literals within cosmosSplitReach after the endpoint at d
// (KEY = (\n "…"\n "…"\n "…"\n) in Python, "…" + "…"), unless a storage
// word comes between them. The endpoint's own hit reads only the first
// key after it; these read the others. Only the bytes after an endpoint
// are looked at.
func splitKeysAfter(c []byte, d int, hits []hit) []hit {
	end := min(len(c), d+cosmosSplitReach)
	for p := d; p < end; p++ {
		if !isQuote(c[p]) || p+1 >= len(c) || !base64Char(c[p+1]) {
			continue
		}
		j := p + 1
		for j < len(c) && base64Char(c[j]) {
			j++
		}
		if n := j - p - 1; n >= 8 && n < 88 {
			if joinedLen(c, p+1, j, 88) == 88 {
				if lastOf(bytes.ToLower(c[d:p]), storageWords...) >= 0 {
					return hits // past the Cosmos DB block
				}
				hits = append(hits, hit{p + 1, formCosmosClient})
			}
		}
		p = j
	}
	return hits
}

// readCosmosClient reads a Cosmos DB key written after its endpoint, as
// client constructors take them: CosmosClient("https://x.documents.azure.com:443/",
// credential="…"), new CosmosClient(endpoint, "…"), { endpoint: …, key: … }.
// A connection string (AccountKey=) is left to its own reader.
func readCosmosClient(v *view, vi int) (secretToken, bool) {
	t := v.text
	end := min(len(t), vi+300)
	for k := vi; k < end; k++ {
		if !base64Char(t[k]) || k > 0 && base64Char(t[k-1]) {
			continue
		}
		j := k
		for j < len(t) && base64Char(t[j]) {
			j++
		}
		key := string(t[k:j])
		if len(key) < 88 {
			key, j = joinedLiterals(t, k, j, 88) // concat!("…", "…", "…")
		}
		if len(key) != 88 {
			k = j
			continue
		}
		between := strings.ToLower(string(t[vi:k]))
		if strings.Contains(between, "accountkey") || strings.Contains(between, "sig=") || lastOf([]byte(between), storageWords...) >= 0 {
			return secretToken{}, false // another credential's, a storage key's
		}
		if !realKey(key, 64) || publicKeys[key] {
			return secretToken{}, false
		}
		tok := secretToken{
			kind: KindCosmosKey, secretText: key,
			secret: v.span(k, j), span: v.span(k, j), redacted: maskSecret(key),
			facts: Facts{Type: FactsCosmosKey, Permissions: strPtr("*"), WriteClass: boolPtr(true), Destructive: boolPtr(true)},
		}
		tok.facts.Account = cosmosAccount(bytes.ToLower(t[max(0, vi-cosmosSplitReach-80):min(len(t), vi+17)])) // its endpoint, or the one before a split key (splitKeysAfter)
		return tok, true
	}
	return secretToken{}, false
}

// joinedLiterals reads a value of n characters that string literals split:
// the base64 run t[k:j] in quotes, then the runs of the literals glued to
// it ("…" + "…", "…", "…" in Rust's concat! or a list, adjacent literals).
// It returns the joined value and where its last piece ends, or t[k:j] and j
// when the run is not a literal the next one continues.
func joinedLiterals(t []byte, k, j, n int) (string, int) {
	if joinedLen(t, k, j, n) != n {
		return string(t[k:j]), j
	}
	joined := make([]byte, 0, n)
	joinPieces(t, k, j, n, func(s, e int) { joined = append(joined, t[s:e]...) })
	end := j
	joinPieces(t, k, j, n, func(_, e int) { end = e })
	return string(joined), end
}

// joinedLen is the length of the value joinedLiterals would read, without
// building it: stage 1 asks it of every quoted value under a key's name.
func joinedLen(t []byte, k, j, n int) int {
	total := 0
	joinPieces(t, k, j, n, func(s, e int) { total += e - s })
	return total
}

// joinPieces calls piece with each literal's run of the value that starts
// with t[k:j] in quotes, while the value is shorter than n.
func joinPieces(t []byte, k, j, n int, piece func(s, e int)) {
	piece(k, j)
	quoted := k > 0 && isQuote(t[k-1])
	if j >= len(t) || !quoted && t[j] != '.' && t[j] != '\\' {
		return
	}
	total, end := j-k, j
	for total < n && end < len(t) {
		next := end
		switch {
		case t[end] == '.':
			if w := psqlWrap(t, end, len(t)); w > 0 {
				next = end + w // a table cell psql wrapped: unquoted
			}
		case !quoted && t[end] == '\\':
			// A .properties value continued on the next line: "…\" then
			// indentation (the continuation's leading blanks are not the value's).
			if nl := end + 1; nl < len(t) && (t[nl] == '\n' || t[nl] == '\r') {
				next = skipSpace(t, nl, len(t), true)
			}
		case !quoted:
		case t[end] == t[k-1]:
			next = glueEnd(t, end)
		case t[end] == '\n' || t[end] == '\r':
			nl := end + 1
			if t[end] == '\r' && nl < len(t) && t[nl] == '\n' {
				nl++
			}
			if c := cobolContinuation(t, nl, len(t)); c > 0 {
				next = c // COBOL: the literal goes on after '-' in column 7
			}
		}
		if next == end {
			break
		}
		e := next
		for e < len(t) && base64Char(t[e]) {
			e++
		}
		if e == next {
			break
		}
		piece(next, e)
		total += e - next
		end = e
	}
}
