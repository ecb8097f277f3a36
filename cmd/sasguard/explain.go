package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/sasguard/sasguard/rules"
)

const explainUsage = `usage: sasguard explain [URL|-]

Say in plain words what a SAS URL, SAS query, connection string or key
grants: kind, account, permissions, validity and time left, https-only, IP
range, stored policy, and how to revoke it. With no argument or "-", read the
text from stdin (quote a URL on the command line: it holds '&'). The secret
is never printed whole.

exit codes: 0 explained at least one token, 2 the input holds no SAS or key

`

// explainMaxInput bounds what explain reads: it is for a URL or a pasted
// snippet, not a file (use `sasguard scan` for files).
const explainMaxInput = 16 << 20

// runExplain is informational: it uses the default policy rather than the
// repository's config, so a baseline or allowlist entry cannot hide the
// token someone is asking about.
func runExplain(c Command, args []string) int {
	fs := flag.NewFlagSet("sasguard explain", flag.ContinueOnError)
	positional, code, ok := c.parseFlags(fs, explainUsage, args)
	if !ok {
		return code
	}
	var input []byte
	if len(positional) == 0 || len(positional) == 1 && positional[0] == "-" {
		if c.Stdin == nil {
			c.errorf("no input: give a URL or pipe the text on stdin")
			return exitUsage
		}
		data, err := io.ReadAll(io.LimitReader(c.Stdin, explainMaxInput+1))
		if err != nil {
			c.errorf("reading stdin: %v", err)
			return exitFailure
		}
		if len(data) > explainMaxInput {
			c.errorf("input is larger than %d MiB", explainMaxInput>>20)
			c.hintf("use `sasguard scan FILE` for files")
			return exitUsage
		}
		input = data
	} else {
		input = []byte(strings.Join(positional, "\n"))
	}
	if text, ok := scanText(input); ok {
		input = text // a UTF-16 paste from a Windows clipboard dump
	}

	eng := rules.NewEngine(nil, rules.Options{Now: c.Now})
	findings := eng.Scan("", input)
	if len(findings) == 0 {
		c.errorf("no Azure SAS token, connection string or key found in the input")
		c.hintf("pass the whole URL in quotes (`sasguard explain 'https://…?sv=…&sig=…'`) or the connection string; placeholders such as sig=<signature> are not tokens")
		return exitUsage
	}
	w := bufio.NewWriter(c.Stdout)
	cfg := eng.Config()
	for i, f := range findings {
		if i > 0 {
			w.WriteString("\n")
		}
		explainFinding(w, f, cfg, c.Now())
	}
	if err := w.Flush(); err != nil {
		c.errorf("writing output: %v", err)
		return exitFailure
	}
	return exitOK
}

// explainFinding prints one token's report: a headline, the engine's plain
// words, then the facts one per line.
func explainFinding(w io.Writer, f rules.Finding, cfg *rules.Config, now time.Time) {
	fa := f.Facts
	head := explainKind(f)
	if fa.Account != "" {
		head += " for " + fa.Account
	}
	verdict := f.Severity.String()
	if cfg.Blocks(f.Severity) {
		verdict += ": a commit holding it is blocked"
	} else {
		verdict += ": reported, does not block"
	}
	fmt.Fprintf(w, "%s [%s]\n", head, f.Rule)
	fmt.Fprintf(w, "  %s\n\n", explainOneLine(f.Message))

	row := func(k, v string) { fmt.Fprintf(w, "  %-15s %s\n", k, v) }
	row("severity", verdict)
	if fa.Host != nil {
		row("host", *fa.Host)
	}
	if fa.Resource != nil {
		row("resource", *fa.Resource)
	}
	switch {
	case fa.Permissions == nil && fa.StoredPolicy:
		row("permissions", "set by the stored access policy")
	case fa.Permissions == nil && f.Kind == rules.KindServiceBusSAS:
		row("permissions", "the rights (send, listen, manage) of the signing key's policy")
	case fa.Permissions == nil:
		row("permissions", "none stated")
	case *fa.Permissions == "*":
		row("permissions", "everything (a key, not a token)")
	default:
		row("permissions", *fa.Permissions+explainPermClass(fa))
	}
	if fa.Services != nil {
		row("services", explainLetters(*fa.Services, map[rune]string{'b': "blob", 'f': "file", 'q': "queue", 't': "table"}))
	}
	if fa.ResourceTypes != nil {
		row("resource types", explainLetters(*fa.ResourceTypes, map[rune]string{'s': "service", 'c': "container", 'o': "object"}))
	}
	if fa.SignedResource != nil {
		row("scope", explainSignedResource(*fa.SignedResource))
	}
	row("valid", explainValidity(fa, now))
	if fa.HTTPSOnly != nil {
		if *fa.HTTPSOnly {
			row("protocol", "https only")
		} else {
			row("protocol", "http or https: the token may travel in clear text")
		}
	}
	if fa.IPRestricted && fa.IPRange != nil {
		row("IP range", *fa.IPRange)
	} else if fa.HTTPSOnly != nil {
		row("IP range", "none: usable from any address on the internet")
	}
	if fa.StoredPolicy {
		row("stored policy", explainDeref(fa.PolicyID, "yes"))
	} else if f.Kind == rules.KindServiceSAS || f.Kind == rules.KindAccountSAS || f.Kind == rules.KindStorageConnSAS || f.Kind == rules.KindUserDelegationSAS {
		row("stored policy", "none")
	}
	if fa.Version != nil {
		row("version", *fa.Version)
	}
	if fa.KeyName != nil {
		row("key name", *fa.KeyName)
	}
	if fa.Emulator {
		row("emulator", "yes: the public storage emulator account, not a secret")
	}
	row("revoke", explainRevoke(f))
	row("token", f.Redacted)
	row("fingerprint", f.Fingerprint)
}

func explainKind(f rules.Finding) string {
	switch f.Kind {
	case rules.KindAccountSAS:
		return "Account SAS"
	case rules.KindServiceSAS:
		return "Service SAS"
	case rules.KindUserDelegationSAS:
		return "User delegation SAS"
	case rules.KindStorageKey:
		return "Storage account key"
	case rules.KindStorageConnSAS:
		return "Storage connection string with a SAS"
	case rules.KindServiceBusSAS:
		if strings.HasPrefix(f.Facts.Type, "iothub") {
			return "IoT Hub credential"
		}
		return "Service Bus / Event Hubs credential"
	}
	return "Secret (" + f.Kind + ")"
}

// explainPermClass flags the letters that turn a leak into tampering.
func explainPermClass(fa rules.Facts) string {
	var parts []string
	if fa.WriteClass != nil && *fa.WriteClass {
		parts = append(parts, "can write")
	}
	if fa.Destructive != nil && *fa.Destructive {
		parts = append(parts, "can delete")
	}
	if len(parts) == 0 {
		if fa.WriteClass != nil {
			return " (read-only)"
		}
		return ""
	}
	return " (" + strings.Join(parts, " and ") + ")"
}

func explainLetters(letters string, words map[rune]string) string {
	var out []string
	for _, r := range letters {
		if w, ok := words[r]; ok {
			out = append(out, w)
		} else {
			out = append(out, string(r))
		}
	}
	return letters + " (" + strings.Join(out, ", ") + ")"
}

func explainSignedResource(sr string) string {
	words := map[string]string{"b": "one blob", "bv": "one blob version", "bs": "one blob snapshot", "c": "a whole container", "d": "a directory", "f": "one file", "s": "a whole file share"}
	if w, ok := words[sr]; ok {
		return sr + " (" + w + ")"
	}
	return sr
}

// explainValidity reads "from 2026-11-21 00:00 UTC until 2026-11-24 00:00 UTC
// (2 days left)" relative to now.
func explainValidity(fa rules.Facts, now time.Time) string {
	const layout = "2006-01-02 15:04 UTC"
	var b strings.Builder
	if fa.Start != nil {
		fmt.Fprintf(&b, "from %s ", fa.Start.UTC().Format(layout))
		if now.Before(*fa.Start) {
			fmt.Fprintf(&b, "(starts in %s) ", explainDuration(fa.Start.Sub(now)))
		}
	}
	exp := fa.EffectiveExpiry
	if exp == nil {
		exp = fa.Expiry
	}
	switch {
	case exp == nil && fa.StoredPolicy:
		b.WriteString("until the stored access policy's expiry")
	case exp == nil:
		b.WriteString("never expires")
	case !now.Before(*exp):
		fmt.Fprintf(&b, "expired %s (%s ago)", exp.UTC().Format(layout), explainDuration(now.Sub(*exp)))
	default:
		fmt.Fprintf(&b, "until %s (%s left)", exp.UTC().Format(layout), explainDuration(exp.Sub(now)))
	}
	if fa.KeyExpiry != nil && fa.Expiry != nil && fa.KeyExpiry.Before(*fa.Expiry) {
		fmt.Fprintf(&b, "; the token claims %s but its delegation key ends first", fa.Expiry.UTC().Format(layout))
	}
	return b.String()
}

// explainDuration rounds d to the largest unit a person plans by.
func explainDuration(d time.Duration) string {
	if d < 0 {
		d = -d
	}
	day := 24 * time.Hour
	switch {
	case d >= 365*day:
		years := int(d / (365 * day))
		months := int((d % (365 * day)) / (30 * day))
		if months > 0 {
			return plural(years, "year") + " " + plural(months, "month")
		}
		return plural(years, "year")
	case d >= 60*day:
		return plural(int(d/(30*day)), "month")
	case d >= 2*day:
		return plural(int(d/day), "day")
	case d >= 2*time.Hour:
		return plural(int(d/time.Hour), "hour")
	default:
		return plural(max(1, int(d/time.Minute)), "minute")
	}
}

// explainRevoke says how to take the token's power away, the step a person
// reading this must take first if it leaked.
func explainRevoke(f rules.Finding) string {
	fa := f.Facts
	account := explainDeref(&fa.Account, "ACCOUNT")
	switch {
	case fa.Emulator:
		return "nothing to revoke"
	case f.Kind == rules.KindUserDelegationSAS:
		return "revoke the account's user delegation keys: az storage account revoke-delegation-keys --name " + account
	case fa.StoredPolicy:
		return fmt.Sprintf("delete or change stored access policy %q on its container, share, queue or table", explainDeref(fa.PolicyID, "?"))
	case f.Kind == rules.KindStorageKey:
		return "rotate the key: az storage account keys renew --account-name " + account + " --key primary (or secondary)"
	case f.Kind == rules.KindAccountSAS || f.Kind == rules.KindStorageConnSAS:
		return "rotate the account key that signed it: az storage account keys renew --account-name " + account + " --key primary|secondary; an account SAS cannot be revoked any other way"
	case f.Kind == rules.KindServiceSAS:
		return "rotate the account key that signed it (az storage account keys renew --account-name " + account + "); next time bind the SAS to a stored access policy so it can be revoked alone"
	case f.Kind == rules.KindServiceBusSAS:
		key := explainDeref(fa.KeyName, "its policy")
		return "regenerate the keys of " + key + " (portal, or az servicebus namespace authorization-rule keys renew / az eventhubs … / az iot hub policy renew-key)"
	}
	return "rotate the secret where it was issued"
}

func explainDeref(p *string, def string) string {
	if p == nil || *p == "" {
		return def
	}
	return *p
}

// explainOneLine folds whitespace so a message stays on its line.
func explainOneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
