package lsp

import (
	"fmt"
	"strings"
	"time"

	"github.com/sasguard/sasguard/rules"
)

// describe renders what a finding grants as Markdown for hover: the facts the
// engine decoded, in words, with the secret masked. now is the server's
// clock, for the time left.
func describe(f *rules.Finding, now time.Time) string {
	var b strings.Builder
	fa := &f.Facts
	fmt.Fprintf(&b, "**%s** · `%s` · %s\n\n", typeName(f), f.Rule, f.Severity)
	if f.Message != "" {
		b.WriteString(escapeMD(f.Message))
		b.WriteString("\n\n")
	}
	row := func(k, v string) {
		if v != "" {
			fmt.Fprintf(&b, "| %s | %s |\n", k, v)
		}
	}
	b.WriteString("| | |\n|---|---|\n")
	row("Scope", scope(fa))
	row("Permissions", permissionWords(fa))
	row("Valid", validity(fa, now))
	row("Protocol", protocolWords(fa))
	row("IP range", ipWords(fa))
	row("Stored policy", policyWords(fa))
	row("Revoke", revokeWords(f))
	if fa.Version != nil {
		row("Signed version", "`"+*fa.Version+"`")
	}
	row("Token", "`"+strings.ReplaceAll(f.Redacted, "`", "'")+"`")
	row("Fingerprint", "`"+f.Fingerprint+"`")
	for _, n := range f.Notes {
		b.WriteString("\n_note:_ ")
		b.WriteString(escapeMD(n))
		b.WriteString("\n")
	}
	return b.String()
}

func typeName(f *rules.Finding) string {
	if f.Kind == rules.KindStorageConnSAS {
		switch f.Facts.Type {
		case "account":
			return "Storage connection string with an Account SAS"
		case "service":
			return "Storage connection string with a Service SAS"
		}
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
		return "Service Bus SAS token"
	case "iothub_token":
		return "IoT Hub SAS token"
	case "servicebus_key":
		return "Service Bus shared access key"
	case "servicebus_connection_string_key":
		return "Service Bus connection string with a shared access key"
	case "iothub_connection_string_key":
		return "IoT Hub connection string with a shared access key"
	}
	switch f.Kind {
	case rules.KindStorageConnSAS:
		return "Storage connection string with a SAS"
	case rules.KindStorageKey:
		return "Storage connection string with an account key"
	}
	if f.Facts.Type != "" {
		return f.Facts.Type
	}
	return f.Kind
}

var (
	serviceNames  = map[rune]string{'b': "blob", 'f': "file", 'q': "queue", 't': "table"}
	resourceTypes = map[rune]string{'s': "service", 'c': "container", 'o': "object"}
	signedRes     = map[string]string{"b": "one blob", "c": "a container", "bs": "a blob snapshot", "bv": "a blob version", "d": "a directory", "f": "one file", "s": "a file share"}
	permNames     = map[rune]string{
		'r': "read", 'w': "write", 'd': "delete", 'x': "delete versions", 'y': "permanently delete",
		'l': "list", 'a': "add", 'c': "create", 'u': "update", 'p': "process", 't': "tags",
		'f': "filter by tag", 'm': "move", 'e': "execute", 'o': "change ownership",
		'i': "set immutability policy", 'q': "query",
	}
)

func letters(s string, names map[rune]string) string {
	var out []string
	for _, r := range s {
		if n, ok := names[r]; ok {
			out = append(out, n)
		} else {
			out = append(out, fmt.Sprintf("`%c`", r))
		}
	}
	return strings.Join(out, ", ")
}

func scope(fa *rules.Facts) string {
	var parts []string
	switch {
	case fa.Type == "account":
		parts = append(parts, "the whole account")
	case fa.SignedResource != nil:
		if n, ok := signedRes[*fa.SignedResource]; ok {
			parts = append(parts, n)
		}
	}
	if fa.Account != "" {
		parts = append(parts, "account `"+fa.Account+"`")
	}
	if fa.Host != nil {
		parts = append(parts, "host `"+*fa.Host+"`")
	}
	if fa.Resource != nil && *fa.Resource != "" {
		parts = append(parts, "resource `"+*fa.Resource+"`")
	}
	if fa.Services != nil {
		parts = append(parts, "services: "+letters(*fa.Services, serviceNames))
	}
	if fa.ResourceTypes != nil {
		parts = append(parts, "resource types: "+letters(*fa.ResourceTypes, resourceTypes))
	}
	if fa.Emulator {
		parts = append(parts, "the local storage emulator")
	}
	return strings.Join(parts, "; ")
}

func permissionWords(fa *rules.Facts) string {
	if fa.Permissions == nil {
		if fa.StoredPolicy {
			return "set by the stored access policy"
		}
		return ""
	}
	p := *fa.Permissions
	if p == "*" {
		return "**everything**: a key can mint any token"
	}
	w := letters(p, permNames)
	var risk []string
	if fa.WriteClass != nil && *fa.WriteClass {
		risk = append(risk, "can change data")
	}
	if fa.Destructive != nil && *fa.Destructive {
		risk = append(risk, "can delete data")
	}
	if len(risk) > 0 {
		w += " (**" + strings.Join(risk, ", ") + "**)"
	} else {
		w += " (read-only)"
	}
	return w + " · `" + p + "`"
}

func validity(fa *rules.Facts, now time.Time) string {
	var parts []string
	if fa.Start != nil {
		parts = append(parts, "from "+stamp(*fa.Start))
	}
	exp := fa.EffectiveExpiry
	if exp == nil {
		exp = fa.Expiry
	}
	switch {
	case exp != nil:
		s := "until " + stamp(*exp)
		if d := exp.Sub(now); d > 0 {
			s += " (" + span(d) + " left)"
		} else {
			s += " (**expired " + span(-d) + " ago**)"
		}
		if fa.KeyExpiry != nil && fa.Expiry != nil && fa.KeyExpiry.Before(*fa.Expiry) {
			s += "; the delegation key expires before the token's own " + stamp(*fa.Expiry)
		}
		parts = append(parts, s)
	case fa.StoredPolicy:
		parts = append(parts, "set by the stored access policy")
	case fa.Permissions != nil && *fa.Permissions == "*":
		parts = append(parts, "**never expires**: valid until the key is rotated")
	}
	return strings.Join(parts, " ")
}

func stamp(t time.Time) string {
	t = t.UTC()
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return t.Format("2006-01-02")
	}
	return t.Format("2006-01-02 15:04 UTC")
}

// span says a duration the way people do: the largest unit or two.
func span(d time.Duration) string {
	day := 24 * time.Hour
	plural := func(n int, unit string) string {
		if n == 1 {
			return "1 " + unit
		}
		return fmt.Sprintf("%d %ss", n, unit)
	}
	switch {
	case d >= 365*day:
		years := int(d / (365 * day))
		months := int((d % (365 * day)) / (30 * day))
		if months > 0 {
			return plural(years, "year") + " " + plural(months, "month")
		}
		return plural(years, "year")
	case d >= 2*day:
		return plural(int(d/day), "day")
	case d >= time.Hour:
		return plural(int(d/time.Hour), "hour")
	default:
		return plural(int(d/time.Minute), "minute")
	}
}

func protocolWords(fa *rules.Facts) string {
	switch {
	case fa.HTTPSOnly == nil:
		return ""
	case *fa.HTTPSOnly:
		return "https only"
	default:
		return "**http allowed**: the token can travel in clear"
	}
}

func ipWords(fa *rules.Facts) string {
	if fa.IPRange != nil && *fa.IPRange != "" {
		return "`" + *fa.IPRange + "`"
	}
	if fa.IPRestricted {
		return "restricted"
	}
	switch fa.Type {
	case "account", "service", "user_delegation":
		return "**any address on the internet**"
	}
	return ""
}

func policyWords(fa *rules.Facts) string {
	if !fa.StoredPolicy {
		if fa.Type == "service" {
			return "none"
		}
		return ""
	}
	if fa.PolicyID != nil {
		return "`" + *fa.PolicyID + "`: revocable by editing or deleting the policy"
	}
	return "yes: revocable by editing or deleting the policy"
}

func revokeWords(f *rules.Finding) string {
	fa := &f.Facts
	switch fa.Type {
	case "account":
		return "rotate the account key that signed it (`az storage account keys renew`): an Account SAS cannot use a stored access policy"
	case "service":
		if fa.StoredPolicy {
			return "delete or change the stored access policy"
		}
		return "rotate the account key that signed it (`az storage account keys renew`), or next time bind the SAS to a stored access policy"
	case "user_delegation":
		return "revoke the user delegation keys (`az storage account revoke-delegation-keys`) or remove the principal's role"
	case "storage_account_key":
		return "rotate the key (`az storage account keys renew`) and update what uses it"
	case "servicebus_token", "servicebus_key", "iothub_token", "servicebus_connection_string_key", "iothub_connection_string_key":
		name := ""
		if fa.KeyName != nil {
			name = " `" + *fa.KeyName + "`"
		}
		return "regenerate the keys of the shared access policy" + name
	}
	if f.Kind == rules.KindStorageConnSAS {
		return "rotate the account key that signed the SAS"
	}
	return ""
}

// escapeMD keeps plain text from turning into Markdown markup.
func escapeMD(s string) string {
	r := strings.NewReplacer("*", `\*`, "_", `\_`, "`", "'", "|", `\|`, "<", "&lt;")
	return r.Replace(s)
}
