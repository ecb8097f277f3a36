package rules

import (
	"fmt"
	"strings"
	"time"
)

// Description is a finding's facts in words, for a person deciding what to do
// about a token: `sasguard explain` prints it as a text table and the LSP
// hover as a Markdown table, so the two cannot drift apart. Values are plain
// text; each renderer escapes them for its own medium.
type Description struct {
	Title string // what the token is and whose, e.g. "Account SAS for st4t67ig"
	Rows  []Row  // in reading order; rows with nothing to say are left out
}

// Row is one labelled fact.
type Row struct {
	Label string // lower case, e.g. "permissions"
	Value string
	// Literal marks machine text (the masked token, the fingerprint, the
	// version) that a renderer should show verbatim, e.g. as code.
	Literal bool
	// Risk marks a value that makes a leak worse (write access, no expiry,
	// http, any address), for a renderer that can emphasize it.
	Risk bool
}

// Describe says what f grants, to what, until when relative to now, and how
// to revoke it. It reads only f, never the secret: Finding.Redacted is the
// only form of the token it shows.
func Describe(f *Finding, now time.Time) Description {
	fa := &f.Facts
	d := Description{Title: typeName(f)}
	if fa.Account != "" {
		d.Title += " for " + fa.Account
	}
	add := func(label, value string, risk bool) {
		if value != "" {
			d.Rows = append(d.Rows, Row{Label: label, Value: value, Risk: risk})
		}
	}
	add("scope", scopeWords(f), false)
	if fa.Host != nil {
		add("host", *fa.Host, false)
	}
	if fa.Resource != nil {
		add("resource", *fa.Resource, false)
	}
	if fa.Services != nil {
		add("services", lettersWords(*fa.Services, serviceNames), false)
	}
	if fa.ResourceTypes != nil {
		add("resource types", lettersWords(*fa.ResourceTypes, resourceTypeNames), false)
	}
	perms, risky := permissionPhrase(f)
	add("permissions", perms, risky)
	valid, risky := validityWords(fa, now)
	add("valid", valid, risky)
	if fa.HTTPSOnly != nil {
		if *fa.HTTPSOnly {
			add("protocol", "https only", false)
		} else {
			add("protocol", "http or https: the token may travel in clear text", true)
		}
	}
	switch {
	case fa.IPRange != nil && *fa.IPRange != "":
		add("IP range", *fa.IPRange, false)
	case fa.IPRestricted:
		add("IP range", "restricted", false)
	case isStorageSAS(fa):
		add("IP range", "none: usable from any address on the internet", true)
	}
	switch {
	case fa.StoredPolicy:
		id := deref(fa.PolicyID)
		if id == "" {
			id = "yes"
		}
		add("stored policy", id+": revocable by editing or deleting the policy", false)
	case isStorageSAS(fa):
		add("stored policy", "none", false)
	}
	if fa.Version != nil {
		d.Rows = append(d.Rows, Row{Label: "signed version", Value: *fa.Version, Literal: true})
	}
	if fa.KeyName != nil {
		d.Rows = append(d.Rows, Row{Label: "key name", Value: *fa.KeyName, Literal: true})
	}
	if fa.Emulator {
		add("emulator", "yes: the public storage emulator account, not a secret", false)
	}
	add("revoke", revokeWords(f), false)
	d.Rows = append(d.Rows,
		Row{Label: "token", Value: f.Redacted, Literal: true},
		Row{Label: "fingerprint", Value: f.Fingerprint, Literal: true})
	return d
}

// isStorageSAS reports a storage SAS (bare or in a connection string): the
// tokens that can carry an IP range and a stored access policy.
func isStorageSAS(fa *Facts) bool {
	switch fa.Type {
	case "account", "service", "user_delegation":
		return true
	}
	return false
}

func typeName(f *Finding) string {
	if f.Kind == KindStorageConnSAS {
		switch f.Facts.Type {
		case "account":
			return "Storage connection string with an Account SAS"
		case "service":
			return "Storage connection string with a Service SAS"
		}
		return "Storage connection string with a SAS"
	}
	switch f.Facts.Type {
	case "account":
		return "Account SAS"
	case "service":
		return "Service SAS"
	case "user_delegation":
		return "User delegation SAS"
	case "storage_account_key":
		return "Storage account key"
	case "servicebus_token":
		return "Service Bus / Event Hubs SAS token"
	case "servicebus_key":
		return "Service Bus / Event Hubs shared access key"
	case "servicebus_connection_string_key":
		return "Service Bus / Event Hubs connection string with a shared access key"
	case "iothub_token":
		return "IoT Hub SAS token"
	case "iothub_connection_string_key":
		return "IoT Hub connection string with a shared access key"
	}
	switch f.Kind {
	case KindStorageKey:
		return "Storage account key"
	case KindServiceBusSAS:
		return "Service Bus / Event Hubs credential"
	}
	return "Secret (" + f.Kind + ")"
}

var (
	serviceNames      = map[rune]string{'b': "blob", 'f': "file", 'q': "queue", 't': "table"}
	resourceTypeNames = map[rune]string{'s': "service", 'c': "container", 'o': "object"}
	signedResources   = map[string]string{
		"b": "one blob", "bv": "one blob version", "bs": "one blob snapshot", "c": "a whole container",
		"d": "a directory", "f": "one file", "s": "a whole file share", "table": "a table",
	}
	permissionNames = map[rune]string{
		'r': "read", 'w': "write", 'd': "delete", 'x': "delete versions", 'y': "permanently delete",
		'l': "list", 'a': "add", 'c': "create", 'u': "update", 'p': "process", 't': "tags",
		'f': "filter by tag", 'm': "move", 'e': "execute", 'o': "change ownership",
		'i': "set immutability policy", 'q': "query",
	}
)

// lettersWords reads "btqf (blob, table, queue, file)": the letters as
// written, so they can be matched to the token, and what they mean.
func lettersWords(letters string, names map[rune]string) string {
	return letters + " (" + letterNames(letters, names) + ")"
}

func letterNames(letters string, names map[rune]string) string {
	var out []string
	for _, r := range letters {
		if n, ok := names[r]; ok {
			out = append(out, n)
		} else {
			out = append(out, string(r))
		}
	}
	return strings.Join(out, ", ")
}

// scopeWords says how far the token reaches: "the whole account st4t67ig",
// "one blob in account st4t67ig", "namespace orders-pub1".
func scopeWords(f *Finding) string {
	fa := &f.Facts
	if fa.Emulator {
		return "the local storage emulator"
	}
	var what string
	switch {
	case fa.Type == "account" || fa.Type == "storage_account_key" || f.Kind == KindStorageKey:
		what = "the whole account"
	case fa.SignedResource != nil && signedResources[*fa.SignedResource] != "":
		what = signedResources[*fa.SignedResource] + " in account"
	case f.Kind == KindServiceBusSAS && strings.HasPrefix(fa.Type, "iothub"):
		what = "IoT hub"
	case f.Kind == KindServiceBusSAS:
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
	return p + " (" + letterNames(p, permissionNames) + "): " + class, len(risk) > 0
}

// validityWords reads "from 2026-11-21 00:00 UTC until 2026-11-24 00:00 UTC
// (2 days left)" relative to now; risky reports a token that never expires.
func validityWords(fa *Facts, now time.Time) (words string, risky bool) {
	const layout = "2006-01-02 15:04 UTC"
	var b strings.Builder
	if fa.Start != nil {
		fmt.Fprintf(&b, "from %s ", fa.Start.UTC().Format(layout))
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
		fmt.Fprintf(&b, "expired %s (%s ago)", exp.UTC().Format(layout), spanWords(now.Sub(*exp)))
	default:
		fmt.Fprintf(&b, "until %s (%s left)", exp.UTC().Format(layout), spanWords(exp.Sub(now)))
	}
	if fa.KeyExpiry != nil && fa.Expiry != nil && fa.KeyExpiry.Before(*fa.Expiry) {
		fmt.Fprintf(&b, "; the token claims %s but its delegation key ends first", fa.Expiry.UTC().Format(layout))
	}
	return b.String(), risky
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

// revokeWords says how to take the token's power away, the first step if it
// leaked, with the command for its account where there is one.
func revokeWords(f *Finding) string {
	fa := &f.Facts
	account := fa.Account
	if account == "" {
		account = "ACCOUNT"
	}
	switch {
	case fa.Emulator:
		return "nothing to revoke"
	case fa.Type == "user_delegation" || f.Kind == KindUserDelegationSAS:
		return "revoke the account's user delegation keys (az storage account revoke-delegation-keys --name " + account + ") or remove the signing principal's role"
	case fa.StoredPolicy:
		id := deref(fa.PolicyID)
		if id == "" {
			id = "?"
		}
		return fmt.Sprintf("delete or change stored access policy %q on its container, share, queue or table", id)
	case fa.Type == "storage_account_key" || f.Kind == KindStorageKey:
		return "rotate the key (az storage account keys renew --account-name " + account + " --key primary, or secondary) and update what uses it"
	case fa.Type == "account":
		return "rotate the account key that signed it (az storage account keys renew --account-name " + account + " --key primary|secondary): an account SAS cannot be revoked any other way"
	case fa.Type == "service":
		return "rotate the account key that signed it (az storage account keys renew --account-name " + account + "); next time bind the SAS to a stored access policy so it can be revoked alone"
	case f.Kind == KindStorageConnSAS:
		return "rotate the account key that signed the SAS (az storage account keys renew --account-name " + account + ")"
	case f.Kind == KindServiceBusSAS:
		key := "its shared access policy"
		if fa.KeyName != nil && *fa.KeyName != "" {
			key = "shared access policy " + *fa.KeyName
		}
		if strings.HasPrefix(fa.Type, "iothub") {
			return "regenerate the keys of " + key + " (portal, or az iot hub policy renew-key --hub-name " + account + ")"
		}
		return "regenerate the keys of " + key + " (portal, or az servicebus namespace authorization-rule keys renew / az eventhubs namespace authorization-rule keys renew --namespace-name " + account + ")"
	}
	return "rotate the secret where it was issued"
}
