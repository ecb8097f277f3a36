package rules

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSampleFacts checks every sample's facts, as minted by the Azure SDK,
// against what the engine reads from the token alone.
func TestSampleFacts(t *testing.T) {
	e := testEngine(t, nil)
	for _, s := range loadSamples(t).Samples {
		t.Run(s.ID, func(t *testing.T) {
			findings := e.Scan("", []byte(s.Text))
			if len(findings) != 1 {
				t.Fatalf("%s (%s): got %d findings, want 1", s.ID, s.Note, len(findings))
			}
			f := findings[0]
			if f.Kind != s.Kind {
				t.Errorf("kind = %s, want %s", f.Kind, s.Kind)
			}
			got := factsMap(t, f.Facts)
			want := map[string]any{}
			for k, v := range s.Facts {
				switch k {
				case "protocol": // spr as written; the engine reports https_only instead
					continue
				case "sas_type":
					if v != nil {
						want["type"] = v
					}
					continue
				}
				want[k] = v
			}
			// Compare only the keys the sample states.
			gotSubset := map[string]any{}
			for k := range want {
				gotSubset[k] = got[k]
			}
			if diff := cmp.Diff(want, gotSubset); diff != "" {
				t.Errorf("facts mismatch (-sample +engine):\n%s", diff)
			}
			if f.Span != (Span{0, len(s.Text)}) {
				t.Errorf("span = %v, want the whole token [0,%d)", f.Span, len(s.Text))
			}
		})
	}
}

func factsMap(t *testing.T, f Facts) map[string]any {
	t.Helper()
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// TestSeverityAndMessage pins the grading of a few samples and the words
// that matter in their messages.
func TestSeverityAndMessage(t *testing.T) {
	e := testEngine(t, nil)
	tests := []struct {
		id       string
		severity Severity
		words    []string
	}{
		{"t001", SeverityError, []string{"Account SAS", "read, add, create, write, update, delete, list", "blob, file, queue and table", "whole storage account st4t67ig", "2051-10-06", "24 years 10 months left", "over http or https", "any IP address", "cannot be revoked without rotating the account key"}},
		{"t002", SeverityError, []string{"read and list", "https only", "24 hours left"}},
		{"t003", SeverityError, []string{"from 10.1.0.1-10.1.0.255 only", "permanently delete"}},
		{"t004", SeverityWarning, []string{"Expired account SAS", "2026-10-23", "30 days ago", "remove it"}},
		{"t005", SeverityError, []string{"Service SAS grants read on one blob (models/resnet50.ckpt)", "st4t67ig", "7 days left", "https only"}},
		{"t007", SeverityWarning, []string{"Expired service SAS"}},
		{"t008", SeverityError, []string{`stored access policy "read-policy"`, "revoke it by deleting or changing"}},
		{"t009", SeverityError, []string{"User delegation SAS", "revoke-delegation-keys"}},
		{"t010", SeverityWarning, []string{"delegation key expired", "2051-01-01"}},
		{"t011", SeverityError, []string{"directory", "change permissions", "move"}},
		{"t013", SeverityError, []string{"queue (jobs)", "process messages"}},
		{"t015", SeverityError, []string{"Storage account key for st4t67ig", "mint any SAS", "rotate"}},
		{"t018", SeverityError, []string{"Service Bus", `"RootManageSharedAccessKey"`, "regenerating"}},
		{"t019", SeverityError, []string{"shared access key", "orders-pub1", "never expires"}},
		{"t020", SeverityError, []string{"IoT Hub", "devices/dev-1"}},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			s := sampleByID(t, tt.id)
			fs := e.Scan("", []byte(s.Text))
			if len(fs) != 1 {
				t.Fatalf("got %d findings, want 1", len(fs))
			}
			if fs[0].Severity != tt.severity {
				t.Errorf("severity = %v, want %v", fs[0].Severity, tt.severity)
			}
			for _, w := range tt.words {
				if !strings.Contains(fs[0].Message, w) {
					t.Errorf("message lacks %q:\n%s", w, fs[0].Message)
				}
			}
		})
	}
}

// TestNeverPrintsSecret: no field a front end prints carries the secret.
func TestNeverPrintsSecret(t *testing.T) {
	e := testEngine(t, nil)
	for _, s := range loadSamples(t).Samples {
		content := []byte("value: " + s.Text + "\n")
		for _, f := range e.Scan("config.yaml", content) {
			secret := string(content[f.SecretSpan.Start:f.SecretSpan.End])
			if len(secret) < 40 {
				t.Errorf("%s: secret span %q is too short to be the whole secret", s.ID, secret)
			}
			out, _ := json.Marshal(f)
			for _, text := range []string{string(out), f.Message, f.Redacted, f.Snippet.Text, strings.Join(f.Notes, " ")} {
				if strings.Contains(text, secret) || strings.Contains(text, secret[8:]) {
					t.Errorf("%s: output carries the secret: %q", s.ID, text)
				}
			}
		}
	}
}
