package rules

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestKindRegistry: every built-in kind says everything its readers need, so
// a new entry cannot leave a message, explain, hover or SARIF without words.
func TestKindRegistry(t *testing.T) {
	seenID, seenRule, seenType := map[string]bool{}, map[string]bool{}, map[FactsType]bool{}
	for _, k := range Kinds() {
		t.Run(k.ID, func(t *testing.T) {
			if k.ID == "" || k.Rule == "" || k.Short == "" || k.Help == "" || k.Revoke == "" || len(k.Types) == 0 {
				t.Errorf("incomplete entry: %+v", k)
			}
			if !strings.HasPrefix(k.Rule, "azure-") {
				t.Errorf("rule %q: built-in rules are azure-… (custom rule ids may not use that prefix)", k.Rule)
			}
			if seenID[k.ID] || seenRule[k.Rule] {
				t.Errorf("id %q or rule %q listed twice", k.ID, k.Rule)
			}
			seenID[k.ID], seenRule[k.Rule] = true, true
			if got, ok := KindByID(k.ID); !ok || got.Rule != k.Rule {
				t.Errorf("KindByID(%q) = %q, %v", k.ID, got.Rule, ok)
			}
			if got, ok := KindByRule(k.Rule); !ok || got.ID != k.ID {
				t.Errorf("KindByRule(%q) = %q, %v", k.Rule, got.ID, ok)
			}
			for _, ft := range k.Types {
				seenType[ft] = true
				ti, ok := typeByFacts(ft)
				if !ok || ti.Name == "" {
					t.Errorf("facts type %q has no name in factsTypes", ft)
				}
				if tokenName(k.ID, ft) == "" || midSentenceName(ft) == "" {
					t.Errorf("facts type %q of kind %q has no words", ft, k.ID)
				}
				f := Facts{Type: ft, Account: "acct"}
				if revokeClause(k.ID, &f) == revocations[revokeOther].Clause || strings.Contains(revokeStep(k.ID, &f), "{") {
					t.Errorf("facts type %q gets no revoke advice of its own", ft)
				}
			}
		})
	}
	for _, ti := range factsTypes {
		if !seenType[ti.Type] {
			t.Errorf("facts type %q is in no kind's Types", ti.Type)
		}
	}
	for m, r := range revocations {
		if r.Clause == "" || r.Step == "" {
			t.Errorf("revocation %d: want a clause and a step", m)
		}
	}
	// The exported Kind constants are the registry, no more, no less.
	consts := []string{KindAccountSAS, KindServiceSAS, KindUserDelegationSAS, KindStorageKey, KindStorageConnSAS, KindServiceBusSAS, KindCosmosKey, KindIdentifiableKey}
	if ids := KindIDs(); !slices.Equal(slices.Sorted(slices.Values(ids)), slices.Sorted(slices.Values(consts))) {
		t.Errorf("registry ids %v, Kind constants %v", ids, consts)
	}
}

// TestFindingsMatchRegistry: every finding on the real-format samples carries
// its kind's rule id and one of its kind's facts types, so detection and the
// registry agree.
func TestFindingsMatchRegistry(t *testing.T) {
	samples := loadSamples(t)
	// Identifiable keys of every type, minted here (identifiable_test.go).
	for sig, keys := range mintAll(t, 3) {
		for i, k := range keys {
			samples.Samples = append(samples.Samples, sample{ID: fmt.Sprintf("minted %s %d", sig, i), Text: k})
		}
	}
	seen := map[string]bool{}
	for _, s := range samples.Samples {
		for _, f := range testEngine(t, nil).Scan("", []byte(s.Text)) {
			k, ok := KindByID(f.Kind)
			if !ok {
				t.Errorf("%s: kind %q is not in the registry", s.ID, f.Kind)
				continue
			}
			seen[k.ID] = true
			if f.Rule != k.Rule {
				t.Errorf("%s: rule %q, registry says %q", s.ID, f.Rule, k.Rule)
			}
			if !slices.Contains(k.Types, f.Facts.Type) {
				t.Errorf("%s: facts type %q is not one of kind %q's %v", s.ID, f.Facts.Type, k.ID, k.Types)
			}
		}
	}
	for _, id := range KindIDs() {
		if !seen[id] {
			t.Errorf("no sample produces kind %q", id)
		}
	}
}
