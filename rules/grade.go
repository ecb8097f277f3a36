package rules

import (
	"fmt"
	"strings"
	"time"

	"github.com/bmatcuk/doublestar/v4"
)

// ruleIDs maps kinds to the rule ids findings report.
var ruleIDs = map[string]string{
	KindAccountSAS:        "azure-account-sas",
	KindServiceSAS:        "azure-service-sas",
	KindUserDelegationSAS: "azure-user-delegation-sas",
	KindStorageKey:        "azure-storage-account-key",
	KindStorageConnSAS:    "azure-storage-connection-string-sas",
	KindServiceBusSAS:     "azure-servicebus-sas",
}

// RuleDescriptions says in a line what each built-in rule finds, for SARIF
// and help text.
var RuleDescriptions = map[string]string{
	"azure-account-sas":                   "Azure Storage Account SAS: spans services and containers; revocable only by rotating the account key",
	"azure-service-sas":                   "Azure Storage service SAS for one container, blob, directory, share, queue or table",
	"azure-user-delegation-sas":           "Azure Storage user delegation SAS, signed with an Entra ID delegation key",
	"azure-storage-account-key":           "Azure Storage account key in a connection string: full control, and mints any SAS",
	"azure-storage-connection-string-sas": "Azure Storage connection string carrying a SharedAccessSignature",
	"azure-servicebus-sas":                "Service Bus, Event Hubs or IoT Hub SAS token or SharedAccessKey",
}

// grade decides a token's severity under the policy and says what it grants.
func (e *Engine) grade(path string, t *secretToken, now time.Time) (Severity, string, []string) {
	f := &t.facts
	if exp := f.EffectiveExpiry; exp != nil && !now.Before(*exp) {
		return e.cfg.Policy.Expired, expiredMessage(t, now), nil
	}
	msg := liveMessage(t, now)
	if t.kind == KindStorageConnSAS {
		msg = "The connection string's " + msg
	}
	for _, tol := range e.cfg.Policy.Tolerate {
		if tolerates(tol, path, t, now) {
			name := tol.Name
			if name == "" {
				name = "unnamed"
			}
			return tol.Severity, msg, []string{fmt.Sprintf("graded %s by policy %q in %s", tol.Severity, name, e.configName())}
		}
	}
	return e.cfg.Policy.Live, msg, nil
}

func (e *Engine) configName() string {
	if e.cfg.File == "" {
		return ConfigFileName
	}
	return e.cfg.File
}

// tolerates reports whether a token meets every condition of a tolerance.
func tolerates(tol Tolerance, path string, t *secretToken, now time.Time) bool {
	f := &t.facts
	if len(tol.Kinds) > 0 && !contains(tol.Kinds, t.kind) {
		return false
	}
	if len(tol.Kinds) == 0 && (t.kind == KindStorageKey || f.Permissions != nil && *f.Permissions == "*") {
		return false // keys grant everything; only an explicit kind tolerates them
	}
	if len(tol.Paths) > 0 && !matchAny(tol.Paths, path) {
		return false
	}
	if tol.Permissions != "" {
		if f.Permissions == nil || *f.Permissions == "*" {
			return false
		}
		for _, c := range *f.Permissions {
			if !strings.ContainsRune(tol.Permissions, c) {
				return false
			}
		}
	}
	if tol.HTTPSOnly && (f.HTTPSOnly == nil || !*f.HTTPSOnly) {
		return false
	}
	if tol.IPRestrict && !f.IPRestricted {
		return false
	}
	if tol.MaxDays > 0 {
		if f.EffectiveExpiry == nil || f.EffectiveExpiry.Sub(now) > time.Duration(tol.MaxDays)*24*time.Hour {
			return false
		}
	}
	return true
}

func matchAny(globs []string, path string) bool {
	for _, g := range globs {
		if ok, _ := doublestar.Match(g, path); ok {
			return true
		}
	}
	return false
}

// liveMessage says what a live token grants, to what, until when, and how it
// can be revoked, in words a developer acts on.
func liveMessage(t *secretToken, now time.Time) string {
	f := &t.facts
	var b strings.Builder
	switch f.Type {
	case "account":
		fmt.Fprintf(&b, "Account SAS grants %s on %s (%s) across the whole storage account%s",
			permsPhrase(t), orUnknown(joinWords(serviceWords(deref(f.Services)))), orUnknown(joinWords(resourceTypeWords(deref(f.ResourceTypes)))), where(f, "", "behind "))
	case "service", "user_delegation":
		name := "Service SAS"
		if f.Type == "user_delegation" {
			name = "User delegation SAS"
		}
		if f.StoredPolicy && f.Permissions == nil {
			fmt.Fprintf(&b, "%s bound to stored access policy %q grants what the policy allows on %s%s", name, deref(f.PolicyID), scopePhrase(t), where(f, "in storage account ", "on "))
		} else {
			fmt.Fprintf(&b, "%s grants %s on %s%s", name, permsPhrase(t), scopePhrase(t), where(f, "in storage account ", "on "))
		}
	case "storage_account_key":
		fmt.Fprintf(&b, "Storage account key%s grants full control of every blob, file, queue and table in the account and can mint any SAS; it never expires: rotate the key in the portal or with `az storage account keys renew`", where(f, "for ", "for "))
		return b.String()
	case "servicebus_connection_string_key", "iothub_connection_string_key":
		what := "Service Bus / Event Hubs"
		if f.Type == "iothub_connection_string_key" {
			what = "IoT Hub"
		}
		fmt.Fprintf(&b, "%s shared access key", what)
		if f.KeyName != nil {
			fmt.Fprintf(&b, " %q", *f.KeyName)
		}
		if f.Account != "" {
			fmt.Fprintf(&b, " for %s", f.Account)
		}
		b.WriteString(" grants every right of its policy and mints SAS tokens; it never expires: regenerate the key")
		return b.String()
	case "servicebus_token", "iothub_token":
		what := "Service Bus / Event Hubs SAS token"
		if f.Type == "iothub_token" {
			what = "IoT Hub SAS token"
		}
		fmt.Fprintf(&b, "%s grants the rights of ", what)
		if f.KeyName != nil {
			fmt.Fprintf(&b, "key %q", *f.KeyName)
		} else {
			b.WriteString("its signing key")
		}
		fmt.Fprintf(&b, " on %s until %s", deref(f.Resource), untilPhrase(f.EffectiveExpiry, now))
		b.WriteString("; revoke it by regenerating that key")
		return b.String()
	}
	if f.EffectiveExpiry != nil {
		fmt.Fprintf(&b, " until %s", untilPhrase(f.EffectiveExpiry, now))
		if f.KeyExpiry != nil && f.Expiry != nil && f.KeyExpiry.Before(*f.Expiry) {
			fmt.Fprintf(&b, " (when its delegation key expires; it claims %s)", f.Expiry.Format("2006-01-02"))
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
	b.WriteString("; ")
	b.WriteString(revocation(f))
	return b.String()
}

// revocation says how a storage SAS can be revoked: the fact that makes an
// account SAS in a README so costly.
func revocation(f *Facts) string {
	switch {
	case f.Type == "user_delegation":
		return "revoke it by revoking the account's user delegation keys (`az storage account revoke-delegation-keys`) or the signer's role"
	case f.StoredPolicy:
		return fmt.Sprintf("revoke it by deleting or changing stored access policy %q", deref(f.PolicyID))
	case f.Type == "account":
		return "it cannot be revoked without rotating the account key"
	}
	return "it cannot be revoked without rotating the account key that signed it"
}

// expiredMessage: an expired token grants nothing but still names the
// account and shows how it is accessed; it is hygiene debt.
func expiredMessage(t *secretToken, now time.Time) string {
	f := &t.facts
	what := kindWords(t)
	exp := f.EffectiveExpiry
	ago := spanWords(now.Sub(*exp))
	var b strings.Builder
	if t.kind == KindStorageConnSAS {
		what = "connection string with an " + what
	}
	fmt.Fprintf(&b, "Expired %s%s: it expired %s (%s ago)", what, where(f, "for ", "for "), exp.Format("2006-01-02"), ago)
	if f.KeyExpiry != nil && f.Expiry != nil && f.KeyExpiry.Before(*f.Expiry) {
		fmt.Fprintf(&b, " when its delegation key expired, though it claims %s", f.Expiry.Format("2006-01-02"))
	}
	b.WriteString(" and no longer grants access, but it still names the account and how it is reached: remove it")
	return b.String()
}

func kindWords(t *secretToken) string {
	switch t.facts.Type {
	case "account":
		return "account SAS"
	case "service":
		return "service SAS"
	case "user_delegation":
		return "user delegation SAS"
	case "servicebus_token":
		return "Service Bus SAS token"
	case "iothub_token":
		return "IoT Hub SAS token"
	}
	return "token"
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
	f := &t.facts
	res := deref(f.SignedResource)
	if res == "" && f.Host != nil && strings.Contains(*f.Host, ".queue.") {
		res = "queue"
	}
	words := signedResourceWords(res)
	if p := strings.Trim(t.path, "/"); p != "" {
		words += " (" + percentDecode(p) + ")"
	}
	return words
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

func untilPhrase(t *time.Time, now time.Time) string {
	if t == nil {
		return "an expiry the token does not state"
	}
	return fmt.Sprintf("%s (%s left)", t.Format("2006-01-02"), spanWords(t.Sub(now)))
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
