package rules

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// testdata/facts/cases.json holds tokens minted across the SAS parameter
// space (gen/ is the Node generator; its output is committed and CI never
// runs it). Each case carries the facts, kind, severity and message words
// expected from the parameters it was minted with, not from the engine, so
// there is no -update flag: regenerating expectations from the engine's
// output would bless its mistakes.
const factsCasesFile = "testdata/facts/cases.json"

// factsMinCases keeps the test from passing on a file that went missing or
// shrank.
const factsMinCases = 400

type factsCase struct {
	ID                 string         `json:"id"`
	Family             string         `json:"family"`
	Note               string         `json:"note"`
	Text               string         `json:"text"`
	Clock              time.Time      `json:"clock"`
	Kind               string         `json:"kind"`
	Severity           string         `json:"severity"`
	Facts              map[string]any `json:"facts"`
	MessageMustContain []string       `json:"message_must_contain"`
}

// factsDisagreement is one field on which the engine and the minted
// parameters differ.
type factsDisagreement struct {
	id, note, field, want, got string
}

// TestFactsCorpus scans every minted token with the case's clock and
// compares the finding's kind, severity, every JSON fact and the message
// against what the token was minted with. It lists every disagreement by
// case and field, grouped by field; no output carries a secret (cases are
// named by id and note, facts hold no signatures or keys).
func TestFactsCorpus(t *testing.T) {
	data, err := os.ReadFile(factsCasesFile)
	if err != nil {
		t.Fatalf("%v (generate it with: cd rules/testdata/facts/gen && node generate.mjs)", err)
	}
	var file struct {
		Cases []factsCase `json:"cases"`
	}
	if err := json.Unmarshal(data, &file); err != nil {
		t.Fatalf("%s: %v", factsCasesFile, err)
	}
	if len(file.Cases) < factsMinCases {
		t.Fatalf("%s has %d cases, want at least %d", factsCasesFile, len(file.Cases), factsMinCases)
	}

	var all []factsDisagreement
	for _, c := range file.Cases {
		all = append(all, checkFactsCase(c)...)
	}

	byField := map[string][]factsDisagreement{}
	for _, d := range all {
		byField[d.field] = append(byField[d.field], d)
	}
	fields := make([]string, 0, len(byField))
	for f := range byField {
		fields = append(fields, f)
	}
	sort.Strings(fields)
	for _, f := range fields {
		ds := byField[f]
		var b strings.Builder
		fmt.Fprintf(&b, "%s: %d disagreements\n", f, len(ds))
		for _, d := range ds {
			fmt.Fprintf(&b, "  %s (%s): want %s, engine %s\n", d.id, d.note, d.want, d.got)
		}
		t.Error(b.String())
	}
	t.Logf("%d cases, %d disagreements in %d fields", len(file.Cases), len(all), len(fields))
}

// checkFactsCase scans one case and returns where the engine disagrees.
func checkFactsCase(c factsCase) []factsDisagreement {
	var out []factsDisagreement
	diff := func(field string, want, got any) {
		out = append(out, factsDisagreement{id: c.ID, note: c.Note, field: field, want: show(want), got: show(got)})
	}
	e := NewEngine(nil, Options{Now: func() time.Time { return c.Clock }})
	findings := e.Scan("", []byte(c.Text))
	if len(findings) != 1 {
		kinds := make([]string, len(findings))
		for i, f := range findings {
			kinds[i] = f.Kind
		}
		diff("findings", "1 "+c.Kind, fmt.Sprintf("%d %v", len(findings), kinds))
		return out
	}
	f := findings[0]
	if f.Kind != c.Kind {
		diff("kind", c.Kind, f.Kind)
	}
	if got := f.Severity.String(); got != c.Severity {
		diff("severity", c.Severity, got)
	}
	if secret := c.Text[f.SecretSpan.Start:f.SecretSpan.End]; len(secret) >= 8 && strings.Contains(f.Message, secret) {
		diff("message", "no secret", "the secret")
	}
	msg := strings.ToLower(f.Message)
	for _, w := range c.MessageMustContain {
		if !strings.Contains(msg, w) {
			diff("message", fmt.Sprintf("mentions %q", w), fmt.Sprintf("%q", f.Message))
		}
	}

	got := factsJSON(f.Facts)
	keys := map[string]bool{}
	for k := range got {
		keys[k] = true
	}
	for k := range c.Facts {
		keys[k] = true
	}
	for k := range keys {
		// An absent field reads as null: key_name and resource are omitted
		// when empty.
		if !cmp.Equal(c.Facts[k], got[k]) {
			diff("facts."+k, c.Facts[k], got[k])
		}
	}
	return out
}

// factsJSON is the facts as a front end's JSON shows them.
func factsJSON(f Facts) map[string]any {
	b, err := json.Marshal(f)
	if err != nil {
		panic(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		panic(err)
	}
	return m
}

func show(v any) string {
	if s, ok := v.(string); ok {
		return fmt.Sprintf("%q", s)
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// TestFactsCorpusCatchesWrongFacts: the comparison reports a case whose
// expectations are wrong, field by field, so a passing TestFactsCorpus means
// the engine agrees rather than that nothing was compared.
func TestFactsCorpusCatchesWrongFacts(t *testing.T) {
	s := sampleByID(t, "t009") // user delegation SAS, read, live
	c := factsCase{
		ID: "wrong", Text: s.Text, Clock: loadSamples(t).ReferenceTime, Kind: KindServiceSAS, Severity: "warning",
		Facts:              map[string]any{"type": "user_delegation", "permissions": "rw", "expiry": "2026-11-24T00:00:01Z", "key_name": "k"},
		MessageMustContain: []string{"2099-01-01"},
	}
	var got []string
	for _, d := range checkFactsCase(c) {
		got = append(got, d.field)
	}
	sort.Strings(got)
	// Every fact the case leaves out reads as null, so the engine's non-null
	// facts disagree too; look for the ones set wrong on purpose.
	for _, want := range []string{"kind", "severity", "message", "facts.permissions", "facts.expiry", "facts.key_name", "facts.account", "facts.version"} {
		if !contains(got, want) {
			t.Errorf("a wrong %s went unreported; reported %v", want, got)
		}
	}
	if contains(got, "facts.type") {
		t.Errorf("facts.type reported though it agrees: %v", got)
	}
}
