package config

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/sasguard/sasguard/rules"
)

// TestFormatBaselineReviewable: URLs keep their & (no \u0026), entries are
// sorted by path then fingerprint whatever order they came in, and the
// file reads back to one key per path and fingerprint.
func TestFormatBaselineReviewable(t *testing.T) {
	entries := []BaselineEntry{
		{Fingerprint: "ff", Rule: "azure-account-sas", Path: "b/app.py", Redacted: "https://a.blob.core.windows.net/?sv=2019-02-02&ss=b&sig=ijEa****"},
		{Fingerprint: "aa", Rule: "azure-account-sas", Path: "a.py", Redacted: "x<y>&z"},
		{Fingerprint: "11", Rule: "azure-account-sas", Path: "b/app.py", Redacted: "k"},
		{Fingerprint: "aa", Rule: "azure-account-sas", Path: "a.py", Redacted: "x<y>&z"},
	}
	out := FormatBaseline(entries)
	if bytes.Contains(out, []byte(`\u0026`)) || bytes.Contains(out, []byte(`\u003c`)) {
		t.Errorf("baseline escapes & or <:\n%s", out)
	}
	if !bytes.Contains(out, []byte("&ss=b&sig=ijEa****")) {
		t.Errorf("the redacted URL is not written as is:\n%s", out)
	}
	rev := append([]BaselineEntry(nil), entries...)
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	if !bytes.Equal(out, FormatBaseline(rev)) {
		t.Errorf("the output depends on the input order")
	}
	var f baselineFile
	if err := json.Unmarshal(out, &f); err != nil {
		t.Fatal(err)
	}
	var order []string
	for _, e := range f.Findings {
		order = append(order, e.Path+" "+e.Fingerprint)
	}
	if got, want := len(order), 3; got != want || order[0] != "a.py aa" || order[1] != "b/app.py 11" || order[2] != "b/app.py ff" {
		t.Errorf("entries %v, want a.py aa, b/app.py 11, b/app.py ff", order)
	}
	set, err := ParseBaseline(out)
	if err != nil {
		t.Fatal(err)
	}
	if !set[rules.BaselineKey("b/app.py", "ff")] || set[rules.BaselineKey("a.py", "ff")] || len(set) != 3 {
		t.Errorf("parsed set %v: want each fingerprint under its own path only", set)
	}
}

// TestParseBaselineOldEntries: an entry without a path still reads (the
// file is not rejected) but lands under the empty path, which hides
// nothing; "./x" and "x" are the same file.
func TestParseBaselineOldEntries(t *testing.T) {
	set, err := ParseBaseline([]byte(`{"version":1,"findings":[{"fingerprint":"aa","rule":"r"},{"fingerprint":"bb","path":"./src/x.py"}]}`))
	if err != nil {
		t.Fatalf("a baseline with a path-less entry does not read: %v", err)
	}
	if !set[rules.BaselineKey("", "aa")] || !set[rules.BaselineKey("src/x.py", "bb")] {
		t.Errorf("set %v", set)
	}
}
