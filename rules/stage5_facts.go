package rules

// Stage 5: facts, what a token says about itself: its kind, what it grants,
// to what, until when, and the fingerprint that identifies its secret. The
// fact readers here serve stage 3's readers, which need a token's facts to
// decide its kind and whether it points at the emulator; facts then turns
// the assembled token into a Finding for stage 6 to grade.

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"time"
)

// facts is the finding a token makes before grading: what it is, where, and
// whether it has expired at now.
func facts(t *secretToken, now time.Time) Finding {
	f := Finding{
		Kind:        t.kind,
		Notes:       wrappedNote(t),
		Rule:        t.rule(),
		Span:        t.span,
		SecretSpan:  t.secret,
		Redacted:    t.redacted,
		Fingerprint: fingerprint(t.secretText),
		Facts:       t.facts,
	}
	if exp := t.facts.EffectiveExpiry; exp != nil && !now.Before(*exp) {
		f.Expired = true
	}
	return f
}

func wrappedNote(t *secretToken) []string {
	if t.wrapped == "" {
		return nil
	}
	return []string{"the token is " + t.wrapped + " here (e.g. a Kubernetes Secret's data); encoding hides nothing"}
}

func (t *secretToken) rule() string {
	if t.custom != nil {
		return t.custom.ID
	}
	return kindRule(t.kind)
}

// fingerprint identifies a secret by its content, so a finding keeps its
// identity when lines move or the token is re-pasted elsewhere. The hash of a
// 256-bit signature or key reveals nothing about it.
func fingerprint(secret string) string {
	sum := sha256.Sum256([]byte("sasguard/v1\x00" + secret))
	return hex.EncodeToString(sum[:16])
}

// storageSASKind is the finding kind for a storage SAS's facts.
func storageSASKind(f Facts) string {
	switch f.Type {
	case FactsAccountSAS:
		return KindAccountSAS
	case FactsUserDelegationSAS:
		return KindUserDelegationSAS
	}
	return KindServiceSAS
}

// storageFacts reads the facts a storage SAS states about itself.
func storageFacts(p sasParams) Facts {
	f := Facts{Version: nonEmpty(p["sv"])}
	switch {
	case p["skoid"] != "":
		f.Type = FactsUserDelegationSAS
	case p["ss"] != "" && p["srt"] != "" && p["sr"] == "":
		f.Type = FactsAccountSAS
		f.Services, f.ResourceTypes = nonEmpty(p["ss"]), nonEmpty(p["srt"])
	default:
		f.Type = FactsServiceSAS
	}
	if f.Type != FactsAccountSAS {
		switch {
		case p["sr"] != "":
			f.SignedResource = nonEmpty(p["sr"])
		case p["tn"] != "":
			f.SignedResource = strPtr("table")
		}
	}
	if sp := p["sp"]; sp != "" {
		f.Permissions = strPtr(sp)
		f.WriteClass = boolPtr(hasAny(sp, writeClassLetters))
		f.Destructive = boolPtr(hasAny(sp, destructiveLetters))
	}
	f.Expiry = timePtr(parseSASTime(p["se"]))
	f.Start = timePtr(parseSASTime(p["st"]))
	f.KeyExpiry = timePtr(parseSASTime(p["ske"]))
	f.EffectiveExpiry = earliest(f.Expiry, f.KeyExpiry)
	f.HTTPSOnly = boolPtr(strings.EqualFold(strings.TrimSpace(p["spr"]), "https"))
	if sip := p["sip"]; sip != "" {
		f.IPRestricted, f.IPRange = true, strPtr(sip)
	}
	if si := p["si"]; si != "" {
		f.StoredPolicy, f.PolicyID = true, strPtr(si)
	}
	f.DelegatedUser = nonEmpty(strings.TrimSpace(p["sduoid"]))
	f.DelegatedUserTenant = nonEmpty(strings.TrimSpace(p["skdutid"]))
	f.RequestHeaders = nonEmpty(strings.TrimSpace(p["srh"]))
	f.RequestQuery = nonEmpty(strings.TrimSpace(p["srq"]))
	return f
}

// serviceBusTokenFacts reads a Service Bus, Event Hubs or IoT Hub token:
// sr is the resource URI, se Unix seconds, skn the key's name.
func serviceBusTokenFacts(p sasParams) (Facts, bool) {
	exp, ok := parseUnixTime(p["se"])
	if !ok {
		return Facts{}, false
	}
	resource := p["sr"]
	host := resource
	if i := strings.Index(host, "://"); i >= 0 {
		host = host[i+3:]
	}
	host, _ = splitURL(host)
	typ := FactsServiceBusToken
	if strings.Contains(strings.ToLower(host), ".azure-devices.") {
		typ = FactsIoTHubToken
	}
	return Facts{
		Type: typ, Account: firstLabel(host), Resource: strPtr(resource), KeyName: nonEmpty(p["skn"]),
		Expiry: &exp, EffectiveExpiry: &exp,
	}, true
}

// writeClass and destructive letters (docs/contract.md): a leak with these turns
// into tampering or loss.
const (
	writeClassLetters  = "wacutmoip"
	destructiveLetters = "dxy"
)

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

func hasAny(s, letters string) bool { return strings.ContainsAny(s, letters) }

// contextFacts completes what each token says with what the text around it
// says (stage 5 on the whole content, after stage 4 kept the real ones):
// the kind an identifiable key's signature names, a Cosmos DB key told from
// a storage key by its endpoint or name, and the storage account read from a
// host written near a token whose URL did not carry it.
func contextFacts(content []byte, toks []secretToken) []secretToken {
	kept := toks[:0]
	for i := range toks {
		t := &toks[i]
		cosmosKind(content, t)
		identifiableKind(t) // the signature, when there is one, has the last word
		cosmosReadOnly(content, t)
		accountFromContext(content, t)
		if t.facts.Emulator {
			continue // signed for the storage emulator, named just above
		}
		kept = append(kept, *t)
	}
	return kept
}

// cosmosReadOnly marks a Cosmos DB key named read-only on its line
// (primaryReadonlyMasterKey, as az cosmosdb keys list prints it): it reads
// every database and container but writes none.
func cosmosReadOnly(content []byte, t *secretToken) {
	if t.facts.Type != FactsCosmosKey {
		return
	}
	if !strings.Contains(normName(content[lineStart(content, t.secret.Start):t.secret.Start]), "readonly") {
		return
	}
	t.facts.Permissions = strPtr("r")
	t.facts.WriteClass, t.facts.Destructive = boolPtr(false), boolPtr(false)
}
