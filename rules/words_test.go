package rules

import (
	"strings"
	"testing"
	"time"
)

// TestMessageAndDescribeAgree: for every facts type, the finding message and
// Describe name the token the same way and give the same revoke advice (the
// message's clause and the row's step come from one registry entry).
func TestMessageAndDescribeAgree(t *testing.T) {
	now := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	exp := now.Add(48 * time.Hour)
	past := now.Add(-48 * time.Hour)
	for _, k := range Kinds() {
		for _, ft := range k.Types {
			t.Run(k.ID+"/"+string(ft), func(t *testing.T) {
				tok := &secretToken{kind: k.ID, facts: Facts{Type: ft, Account: "acct", EffectiveExpiry: &exp}}
				f := Finding{Kind: k.ID, Facts: tok.facts}
				msg, d := liveMessage(tok, now), Describe(&f, now)
				if name := tokenName("", ft); !strings.Contains(msg, name) || !strings.Contains(d.Title, name) {
					t.Errorf("name %q: message %q, title %q", name, msg, d.Title)
				}
				r, _ := revocationFor(k.ID, &tok.facts)
				if !strings.HasSuffix(msg, revokeClause(k.ID, &tok.facts)) {
					t.Errorf("message %q does not end with the revoke clause %q", msg, r.Clause)
				}
				var row string
				for _, r := range d.Rows {
					if r.Label == "revoke" {
						row = r.Value
					}
				}
				if row != revokeStep(k.ID, &tok.facts) {
					t.Errorf("revoke row %q, want the registry's step", row)
				}
				tok.facts.EffectiveExpiry = &past
				if em := expiredMessage(tok, now); !strings.Contains(em, midSentenceName(ft)) {
					t.Errorf("expired message %q does not name %q", em, midSentenceName(ft))
				}
			})
		}
	}
}

// TestExpiredConnectionStringArticle: "a service SAS", not "an service SAS".
func TestExpiredConnectionStringArticle(t *testing.T) {
	now := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	past := now.Add(-48 * time.Hour)
	for ft, want := range map[FactsType]string{
		FactsAccountSAS:        "Expired connection string with an account SAS for acct",
		FactsServiceSAS:        "Expired connection string with a service SAS for acct",
		FactsUserDelegationSAS: "Expired connection string with a user delegation SAS for acct",
	} {
		tok := &secretToken{kind: KindStorageConnSAS, facts: Facts{Type: ft, Account: "acct", EffectiveExpiry: &past}}
		if got := expiredMessage(tok, now); !strings.HasPrefix(got, want) {
			t.Errorf("%s: %q, want it to start %q", ft, got, want)
		}
	}
}
