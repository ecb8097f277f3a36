package rules

import (
	"regexp"
	"strings"
	"time"
)

// ConfigFileName is the one config file, committed at the repository root.
const ConfigFileName = ".sasguard.toml"

// Config is a parsed, validated .sasguard.toml: the engine's input. Package
// rules/config reads and checks the file. The zero value is not useful: start
// from DefaultConfig or config.Parse.
type Config struct {
	File     string       // where it was read from, for messages; "" for the defaults
	Policy   Policy       // how facts map to severity
	Env      EnvConfig    // how the environment-variable fixes name things
	Rules    []CustomRule // the team's own regex rules for other secrets
	Allow    []AllowEntry // audited exceptions
	Baseline string       // baseline file, relative to the config's directory; "" for none
}

// Policy maps what a token grants to a severity.
type Policy struct {
	BlockOn  Severity    // findings at or above this block a commit
	Live     Severity    // a live credential
	Expired  Severity    // a real token past its expiry: hygiene debt, it still names the account
	Tolerate []Tolerance // team-approved grades for narrow tokens, first match wins
}

// Tolerance grades a token that meets every condition it sets: a team's
// "read-only, https-only service SAS shorter than 7 days in docs/ is a warning".
type Tolerance struct {
	Name        string
	Severity    Severity
	Paths       []string // globs (doublestar, slash-separated, relative to the repo root); empty means anywhere
	Kinds       []string // finding kinds; empty means any SAS kind
	Permissions string   // the token's permission letters must be a subset; "" means any
	HTTPSOnly   bool     // the token must be https-only
	IPRestrict  bool     // the token must carry an IP range
	MaxDays     int      // the token must expire within this many days of now; 0 means no limit
}

// EnvConfig shapes the environment-variable fixes.
type EnvConfig struct {
	// Template names the variable. {ACCOUNT} is the storage account or
	// namespace in upper snake case, {KIND} is SAS_URL, SAS_TOKEN,
	// CONNECTION_STRING or KEY depending on what is replaced. Default
	// "AZURE_STORAGE_{KIND}" for storage and "AZURE_SERVICEBUS_{KIND}" for
	// Service Bus, Event Hubs and IoT Hub.
	Template string
}

// CustomRule is a team's regex rule for a secret sasguard does not know.
type CustomRule struct {
	ID              string
	Description     string
	Regex           *regexp.Regexp
	Keywords        []string // lower-case; a file must contain one before the regex runs
	Severity        Severity
	SecretGroup     int // capture group holding the secret; 0 means the whole match
	Examples        []string
	Counterexamples []string
}

// AllowEntry is an audited exception. It matches a finding by fingerprint,
// by path glob, or by both when both are set.
type AllowEntry struct {
	Fingerprint string
	Paths       []string
	Reason      string
	Expires     *time.Time // the day after which the entry no longer applies; nil for never
	Line        int        // the entry's line in Config.File, for notes; 0 when unknown
}

// DefaultConfig is the policy when no .sasguard.toml exists: every live
// credential blocks, an expired one warns.
func DefaultConfig() *Config {
	return &Config{
		Policy: Policy{BlockOn: SeverityError, Live: SeverityError, Expired: SeverityWarning},
	}
}

// Blocks reports whether a finding of severity s stops a commit under c.
func (c *Config) Blocks(s Severity) bool {
	return s != SeverityNone && s >= c.Policy.BlockOn
}

// Matches reports whether the rule fires on text: a keyword, then the regex.
// Loading a config checks each rule's examples and counterexamples with it.
func (r *CustomRule) Matches(text string) bool {
	if len(r.Keywords) > 0 {
		low := strings.ToLower(text)
		found := false
		for _, k := range r.Keywords {
			if strings.Contains(low, k) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return r.Regex.MatchString(text)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
