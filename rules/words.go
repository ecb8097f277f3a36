package rules

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// This file is the one place that turns facts into words. The finding
// message (grade.go) and the rows of Describe (describe.go: explain, hover)
// are built from these functions, and the kind registry (kinds.go) holds
// their names and revoke advice, so the two cannot word a token differently.

// --- names -------------------------------------------------------------

// tokenName names what a token is, as a title starts: "Account SAS",
// "Storage connection string with a Service SAS"; "" for a custom rule's.
func tokenName(kind string, t FactsType) string {
	ti, ok := typeByFacts(t)
	if !ok {
		return ""
	}
	if kind == KindStorageConnSAS {
		return "Storage connection string with " + article(ti.Name) + " " + ti.Name
	}
	return ti.Name
}

// midSentenceName names a facts type as it reads inside a sentence:
// "account SAS", but "IoT Hub SAS token"; "" for a custom rule's.
func midSentenceName(t FactsType) string {
	ti, ok := typeByFacts(t)
	if !ok || ti.Proper {
		return ti.Name
	}
	r, n := utf8.DecodeRuneInString(ti.Name)
	return string(unicode.ToLower(r)) + ti.Name[n:]
}

// article is "a" or "an" as the word sounds: "an account SAS", "a user
// delegation SAS".
func article(word string) string {
	lower := strings.ToLower(word)
	if lower != "" && strings.ContainsRune("aeiou", rune(lower[0])) && !strings.HasPrefix(lower, "us") {
		return "an"
	}
	return "a"
}

// --- letters -----------------------------------------------------------

// letterNames names each letter of a permission, service or resource-type
// string in the order written, the letter itself when it has no name:
// "btqf" -> "blob, table, queue, file".
func letterNames(letters string, word func(string) []string) string {
	var out []string
	for _, r := range letters {
		if w := word(string(r)); len(w) == 1 {
			out = append(out, w[0])
		} else {
			out = append(out, string(r))
		}
	}
	return strings.Join(out, ", ")
}

// lettersWords reads "btqf (blob, table, queue, file)": the letters as
// written, so they can be matched to the token, and what they mean.
func lettersWords(letters string, word func(string) []string) string {
	return letters + " (" + letterNames(letters, word) + ")"
}

// permissionWordsOf names permission letters the way the token's service
// reads them ('p' is "change permissions" on Data Lake).
func permissionWordsOf(dataLake bool) func(string) []string {
	return func(sp string) []string { return permissionWords(sp, dataLake) }
}

// dataLakeFacts tells from the facts alone whether a storage SAS is for Data
// Lake, as detection does for the message.
func dataLakeFacts(f *Facts) bool {
	return f.Host != nil && strings.Contains(*f.Host, ".dfs.") || deref(f.SignedResource) == "d"
}

// --- scope -------------------------------------------------------------

// resourceWords says what a service SAS covers ("a whole container"); ok is
// false when the token does not say.
func resourceWords(f *Facts) (words string, ok bool) {
	res := deref(f.SignedResource)
	if res == "" && f.Host != nil && strings.Contains(*f.Host, ".queue.") {
		res = "queue"
	}
	w := signedResourceWords(res)
	return w, w != signedResourceWords("")
}

// where names what a token points at for a message: " <before><account>"
// when the host names a storage account, else " <onHost><host>" (a custom
// domain or CDN), else nothing.
func where(f *Facts, before, onHost string) string {
	switch {
	case f.Account != "":
		return " " + before + f.Account
	case f.Host != nil:
		return " " + onHost + *f.Host
	}
	return ""
}

// isStorageSAS reports a storage SAS (bare or in a connection string): the
// tokens that can carry an IP range and a stored access policy.
func isStorageSAS(fa *Facts) bool {
	switch fa.Type {
	case FactsAccountSAS, FactsServiceSAS, FactsUserDelegationSAS:
		return true
	}
	return false
}

func isIoTHub(t FactsType) bool { return t == FactsIoTHubToken || t == FactsIoTHubKey }

// --- time --------------------------------------------------------------

const (
	dateLayout     = "2006-01-02"
	dateTimeLayout = "2006-01-02 15:04 UTC"
)

// dateAndSpan reads "2026-11-24 (2 days left)" or "2026-10-23 (30 days ago)",
// in t's own time zone.
func dateAndSpan(t time.Time, now time.Time, layout string) string {
	if now.Before(t) {
		return fmt.Sprintf("%s (%s left)", t.Format(layout), spanWords(t.Sub(now)))
	}
	return fmt.Sprintf("%s (%s ago)", t.Format(layout), spanWords(now.Sub(t)))
}

// delegationKeyFirst reports a user delegation SAS whose delegation key ends
// before the token's own expiry: the key's end is the one that counts.
func delegationKeyFirst(f *Facts) bool {
	return f.KeyExpiry != nil && f.Expiry != nil && f.KeyExpiry.Before(*f.Expiry)
}

// spanWords rounds d to the units a person plans by: "24 years 10 months",
// "3 months", "7 days".
func spanWords(d time.Duration) string {
	if d < 0 {
		d = -d
	}
	count := func(n int, unit string) string {
		if n == 1 {
			return "1 " + unit
		}
		return fmt.Sprintf("%d %ss", n, unit)
	}
	day := 24 * time.Hour
	switch {
	case d >= 365*day:
		years := int(d / (365 * day))
		if months := int((d % (365 * day)) / (30 * day)); months > 0 {
			return count(years, "year") + " " + count(months, "month")
		}
		return count(years, "year")
	case d >= 60*day:
		return count(int(d/(30*day)), "month")
	case d >= 2*day:
		return count(int(d/day), "day")
	case d >= 2*time.Hour:
		return count(int(d/time.Hour), "hour")
	}
	return count(max(1, int(d/time.Minute)), "minute")
}

// --- revocation --------------------------------------------------------

// revocationFor picks the revoke advice for a token from its facts (the
// registry's revocations) and what to fill it with.
func revocationFor(kind string, f *Facts) (revocation, revokeTarget) {
	t := revokeTarget{account: f.Account, key: "its shared access policy"}
	if t.account == "" {
		t.account = "ACCOUNT"
	}
	if f.KeyName != nil && *f.KeyName != "" {
		t.key = "shared access policy " + *f.KeyName
	}
	m := revokeOther
	switch ti, ok := typeByFacts(f.Type); {
	case f.Emulator:
		m = revokeNothing
	case f.Type == FactsUserDelegationSAS || kind == KindUserDelegationSAS:
		m = revokeDelegation
	case f.StoredPolicy:
		m = revokePolicy
		id := deref(f.PolicyID)
		if id == "" {
			id = "?"
		}
		t.policy = strconv.Quote(id)
	case ok:
		m = ti.Revoke
	}
	return revocations[m], t
}

// revokeClause ends a finding message: "it cannot be revoked without
// rotating the account key".
func revokeClause(kind string, f *Facts) string {
	r, t := revocationFor(kind, f)
	return t.fill(r.Clause)
}

// revokeStep is what to do, with the command: the "revoke" row.
func revokeStep(kind string, f *Facts) string {
	r, t := revocationFor(kind, f)
	return t.fill(r.Step)
}

// --- finding messages --------------------------------------------------

// liveMessage says what a live token grants, to what, until when, and how it
// can be revoked, in words a developer acts on.
func liveMessage(t *secretToken, now time.Time) string {
	f := &t.facts
	name := tokenName("", f.Type)
	var b strings.Builder
	switch f.Type {
	case FactsAccountSAS:
		fmt.Fprintf(&b, "%s grants %s on %s (%s) across the whole storage account%s",
			name, permsPhrase(t), orUnknown(joinWords(serviceWords(deref(f.Services)))), orUnknown(joinWords(resourceTypeWords(deref(f.ResourceTypes)))), where(f, "", "behind "))
	case FactsServiceSAS, FactsUserDelegationSAS:
		if f.StoredPolicy && f.Permissions == nil {
			fmt.Fprintf(&b, "%s bound to stored access policy %q grants what the policy allows on %s%s", name, deref(f.PolicyID), scopePhrase(t), where(f, "in storage account ", "on "))
		} else {
			fmt.Fprintf(&b, "%s grants %s on %s%s", name, permsPhrase(t), scopePhrase(t), where(f, "in storage account ", "on "))
		}
	case FactsStorageKey:
		fmt.Fprintf(&b, "%s%s grants full control of every blob, file, queue and table in the account and can mint any SAS; it never expires: %s", name, where(f, "for ", "for "), revokeClause(t.kind, f))
		return b.String()
	case FactsServiceBusKey, FactsIoTHubKey:
		b.WriteString(name)
		if f.KeyName != nil {
			fmt.Fprintf(&b, " %q", *f.KeyName)
		}
		if f.Account != "" {
			fmt.Fprintf(&b, " for %s", f.Account)
		}
		b.WriteString(" grants every right of its policy and mints SAS tokens; it never expires: " + revokeClause(t.kind, f))
		return b.String()
	case FactsRelayKey, FactsCosmosKey, FactsBatchKey, FactsAPIMKey, FactsMLClassicKey, FactsRedisKey, FactsEventGridKey, FactsACRKey, FactsSearchKey, FactsFunctionKey:
		b.WriteString(name)
		if f.KeyName != nil {
			fmt.Fprintf(&b, " %q", *f.KeyName)
		}
		grants := serviceGrants[f.Type]
		if f.Type == FactsCosmosKey && f.Permissions != nil && *f.Permissions == "r" {
			grants = "read access (a read-only key) to every database and container in the account"
		}
		fmt.Fprintf(&b, "%s grants %s; it never expires: %s", where(f, "for ", "for "), grants, revokeClause(t.kind, f))
		return b.String()
	case FactsServiceBusToken, FactsIoTHubToken:
		fmt.Fprintf(&b, "%s grants the rights of ", name)
		if f.KeyName != nil {
			fmt.Fprintf(&b, "key %q", *f.KeyName)
		} else {
			b.WriteString("its signing key")
		}
		fmt.Fprintf(&b, " on %s until %s; %s", deref(f.Resource), untilPhrase(f.EffectiveExpiry, now), revokeClause(t.kind, f))
		return b.String()
	}
	if f.EffectiveExpiry != nil {
		fmt.Fprintf(&b, " until %s", untilPhrase(f.EffectiveExpiry, now))
		if delegationKeyFirst(f) {
			fmt.Fprintf(&b, " (when its delegation key expires; it claims %s)", f.Expiry.Format(dateLayout))
		}
	}
	if f.Start != nil && now.Before(*f.Start) {
		fmt.Fprintf(&b, ", starting %s", f.Start.Format("2006-01-02 15:04 MST"))
	}
	if f.HTTPSOnly != nil && *f.HTTPSOnly {
		b.WriteString(", https only")
	} else {
		b.WriteString(", over http or https")
	}
	if f.IPRestricted {
		fmt.Fprintf(&b, ", from %s only", deref(f.IPRange))
	} else {
		b.WriteString(", from any IP address")
	}
	if bound := boundWords(f); bound != "" {
		b.WriteString(", " + bound)
	}
	b.WriteString("; ")
	b.WriteString(revokeClause(t.kind, f))
	return b.String()
}

// expiredMessage: an expired token grants nothing but still names the
// account and shows how it is accessed; it is hygiene debt.
func expiredMessage(t *secretToken, now time.Time) string {
	f := &t.facts
	what := midSentenceName(f.Type)
	if what == "" {
		what = "token"
	}
	exp := f.EffectiveExpiry
	var b strings.Builder
	if t.kind == KindStorageConnSAS {
		what = "connection string with " + article(what) + " " + what
	}
	fmt.Fprintf(&b, "Expired %s%s: it expired %s (%s ago)", what, where(f, "for ", "for "), exp.Format(dateLayout), spanWords(now.Sub(*exp)))
	if delegationKeyFirst(f) {
		fmt.Fprintf(&b, " when its delegation key expired, though it claims %s", f.Expiry.Format(dateLayout))
	}
	b.WriteString(" and no longer grants access, but it still names the account and how it is reached: remove it")
	return b.String()
}

func permsPhrase(t *secretToken) string {
	sp := deref(t.facts.Permissions)
	if sp == "" {
		return "no stated permissions"
	}
	words := permissionWords(sp, t.dataLake)
	if len(words) == 0 {
		return fmt.Sprintf("permissions %q", sp)
	}
	return joinWords(words)
}

// scopePhrase says what a service SAS covers: "a whole container (uploads)".
func scopePhrase(t *secretToken) string {
	words, _ := resourceWords(&t.facts)
	if p := strings.Trim(t.path, "/"); p != "" {
		words += " (" + percentDecode(p) + ")"
	}
	return words
}

func untilPhrase(t *time.Time, now time.Time) string {
	if t == nil {
		return "an expiry the token does not state"
	}
	return dateAndSpan(*t, now, dateLayout)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func orUnknown(s string) string {
	if s == "" {
		return "unstated services"
	}
	return s
}

// --- description rows (Describe) ----------------------------------------

// scopeWords says how far the token reaches: "the whole account st4t67ig",
// "one blob in account st4t67ig", "namespace orders-pub1".
func scopeWords(f *Finding) string {
	fa := &f.Facts
	if fa.Emulator {
		return "the local storage emulator"
	}
	var what string
	res, known := resourceWords(fa)
	switch {
	case fa.Type == FactsAccountSAS || fa.Type == FactsStorageKey:
		what = "the whole account"
	case isStorageSAS(fa) && known:
		what = res + " in account"
	case isIoTHub(fa.Type):
		what = "IoT hub"
	case fa.Type == FactsServiceBusToken || fa.Type == FactsServiceBusKey:
		what = "namespace"
	case fa.Account != "":
		what = "account"
	}
	if fa.Account == "" {
		return strings.TrimSuffix(what, " in account")
	}
	return what + " " + fa.Account
}

// permissionPhrase names each letter and flags the ones that turn a leak into
// tampering; risky reports write or delete access.
func permissionPhrase(f *Finding) (words string, risky bool) {
	fa := &f.Facts
	switch {
	case fa.Permissions == nil && fa.StoredPolicy:
		return "set by the stored access policy", false
	case fa.Permissions == nil && f.Kind == KindServiceBusSAS:
		return "the rights (send, listen, manage) of the signing key's policy", false
	case fa.Permissions == nil:
		return "none stated", false
	case *fa.Permissions == "*":
		return "everything: a key can mint any token", true
	}
	p := *fa.Permissions
	var risk []string
	if fa.WriteClass != nil && *fa.WriteClass {
		risk = append(risk, "can change data")
	}
	if fa.Destructive != nil && *fa.Destructive {
		risk = append(risk, "can delete data")
	}
	class := "read-only"
	if len(risk) > 0 {
		class = strings.Join(risk, " and ")
	}
	return lettersWords(p, permissionWordsOf(dataLakeFacts(fa))) + ": " + class, len(risk) > 0
}

// validityWords reads "from 2026-11-21 00:00 UTC until 2026-11-24 00:00 UTC
// (2 days left)" relative to now; risky reports a token that never expires.
func validityWords(fa *Facts, now time.Time) (words string, risky bool) {
	var b strings.Builder
	if fa.Start != nil {
		fmt.Fprintf(&b, "from %s ", fa.Start.UTC().Format(dateTimeLayout))
		if now.Before(*fa.Start) {
			fmt.Fprintf(&b, "(starts in %s) ", spanWords(fa.Start.Sub(now)))
		}
	}
	exp := fa.EffectiveExpiry
	if exp == nil {
		exp = fa.Expiry
	}
	switch {
	case exp == nil && fa.StoredPolicy:
		b.WriteString("until the stored access policy's expiry")
	case exp == nil && fa.Permissions != nil && *fa.Permissions == "*":
		b.WriteString("never expires: valid until the key is rotated")
		risky = true
	case exp == nil:
		b.WriteString("never expires")
		risky = true
	case !now.Before(*exp):
		b.WriteString("expired " + dateAndSpan(exp.UTC(), now, dateTimeLayout))
	default:
		b.WriteString("until " + dateAndSpan(exp.UTC(), now, dateTimeLayout))
	}
	if delegationKeyFirst(fa) {
		fmt.Fprintf(&b, "; the token claims %s but its delegation key ends first", fa.Expiry.UTC().Format(dateTimeLayout))
	}
	return b.String(), risky
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

// boundWords says what binds a storage SAS to its caller, which narrows
// what a leak grants: "only for Entra user 1234… (tenant 5678…), with that
// user's own token; each request must carry the signed values of headers
// x-ms-foo and of query parameters bar"; "" when nothing does.
func boundWords(f *Facts) string {
	var parts []string
	if f.DelegatedUser != nil {
		p := "only for Entra user " + *f.DelegatedUser
		if f.DelegatedUserTenant != nil {
			p += " (tenant " + *f.DelegatedUserTenant + ")"
		}
		parts = append(parts, p+", with that user's own token")
	} else if f.DelegatedUserTenant != nil {
		parts = append(parts, "only for a delegated user of tenant "+*f.DelegatedUserTenant)
	}
	var signed []string
	if f.RequestHeaders != nil {
		signed = append(signed, "headers "+joinWords(strings.Split(*f.RequestHeaders, ",")))
	}
	if f.RequestQuery != nil {
		signed = append(signed, "query parameters "+joinWords(strings.Split(*f.RequestQuery, ",")))
	}
	if len(signed) > 0 {
		parts = append(parts, "each request must carry the signed values of "+strings.Join(signed, " and of "))
	}
	return strings.Join(parts, "; ")
}
