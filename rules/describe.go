package rules

import "time"

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
// to revoke it, in the words of words.go, which the finding message uses too.
// It reads only f, never the secret: Finding.Redacted is the only form of
// the token it shows.
func Describe(f *Finding, now time.Time) Description {
	fa := &f.Facts
	d := Description{Title: tokenName(f.Kind, fa.Type)}
	if d.Title == "" {
		d.Title = "Secret (" + f.Kind + ")"
	}
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
		add("services", lettersWords(*fa.Services, serviceWords), false)
	}
	if fa.ResourceTypes != nil {
		add("resource types", lettersWords(*fa.ResourceTypes, resourceTypeWords), false)
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
	if bound := boundWords(fa); bound != "" {
		add("bound to", bound, false)
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
	add("revoke", revokeStep(f.Kind, fa), false)
	d.Rows = append(d.Rows,
		Row{Label: "token", Value: f.Redacted, Literal: true},
		Row{Label: "fingerprint", Value: f.Fingerprint, Literal: true})
	return d
}
