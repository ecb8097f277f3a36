package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/sasguard/sasguard/rules"
)

// These tests render hand-built findings: what is under test is the
// rendering, not detection (cmd/sasguard's golden tests cover both together).

func sampleItem() Item {
	exp := time.Date(2051, 10, 6, 0, 0, 0, 0, time.UTC)
	host, perms := "st4t67ig.blob.core.windows.net", "rwdlacup"
	line := "\turl = \"https://st4t67ig.blob.core.windows.net/?sp=rwdlacup&sig=ijEa****\" # é"
	start := strings.Index(line, "https")
	end := strings.Index(line, "****") + 4
	return Item{
		Path: "app/config.py",
		Finding: rules.Finding{
			Rule: "azure-account-sas", Kind: rules.KindAccountSAS, Severity: rules.SeverityError,
			Message:  "Account SAS grants read and write\nacross the account",
			Span:     rules.Span{Start: 100 + start, End: 100 + end},
			Start:    rules.Pos{Line: 7, Col: start + 1},
			End:      rules.Pos{Line: 7, Col: end + 1},
			Redacted: "https://st4t67ig.blob.core.windows.net/?sp=rwdlacup&sig=ijEa****", Fingerprint: "6fa9835cd72be9dc",
			Facts:   rules.Facts{Type: "account", Account: "st4t67ig", Host: &host, Permissions: &perms, Expiry: &exp, EffectiveExpiry: &exp},
			Notes:   []string{"allowlist entry on line 3 expired on 2026-01-01"},
			Snippet: rules.Snippet{Text: line, StartCol: start, EndCol: end},
			Fixes:   []rules.Fix{{Kind: rules.FixEnv, Title: `Replace with os.environ["AZURE_STORAGE_SAS_URL"]`, EnvValue: "THE-WHOLE-SECRET"}},
		},
	}
}

func TestTextLayout(t *testing.T) {
	var b bytes.Buffer
	if err := Text(&b, []Item{sampleItem()}, Options{Scanned: 3}); err != nil {
		t.Fatal(err)
	}
	want := "app/config.py:7:9: error: Account SAS grants read and write across the account [azure-account-sas]\n" +
		" 7 | \turl = \"https://st4t67ig.blob.core.windows.net/?sp=rwdlacup&sig=ijEa****\" # é\n" +
		"   | \t       ^" + strings.Repeat("~", len(`https://st4t67ig.blob.core.windows.net/?sp=rwdlacup&sig=ijEa****`)-1) + "\n" +
		"  note: allowlist entry on line 3 expired on 2026-01-01\n" +
		"  fingerprint: 6fa9835cd72be9dc\n" +
		"  fix: Replace with os.environ[\"AZURE_STORAGE_SAS_URL\"]\n" +
		"\n" +
		"1 finding (1 blocking) in 1 file; scanned 3 files\n"
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("text output (-want +got):\n%s", diff)
	}
	if strings.Contains(b.String(), "\x1b[") {
		t.Errorf("colour without Options.Color")
	}
}

func TestTextColourAndSummary(t *testing.T) {
	warn := sampleItem()
	warn.Path = "b.md"
	warn.Finding.Severity = rules.SeverityWarning
	var b bytes.Buffer
	if err := Text(&b, []Item{sampleItem(), warn}, Options{Color: true}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{ansiRed + "error:" + ansiReset, ansiYellow + "warning:" + ansiReset, "2 findings (1 blocking) in 2 files"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}

	b.Reset()
	Text(&b, nil, Options{Scanned: 12})
	if b.String() != "no findings; scanned 12 files\n" {
		t.Errorf("empty summary = %q", b.String())
	}
}

// A scanned file can hold terminal escape sequences; text output must not
// pass them through, and the caret must still line up.
func TestTextNeutralisesControlCharacters(t *testing.T) {
	it := sampleItem()
	sn := &it.Finding.Snippet
	const evil = "\x1b[2J\x1b]0;pwned\x07"
	sn.Text = evil + sn.Text
	sn.StartCol += len(evil)
	sn.EndCol += len(evil)
	it.Finding.Message = "grants \x1b[31mred\x1b[0m"
	var b bytes.Buffer
	Text(&b, []Item{it}, Options{})
	if strings.ContainsAny(b.String(), "\x1b\x07") {
		t.Fatalf("control characters reached the terminal:\n%q", b.String())
	}
	lines := strings.Split(b.String(), "\n")
	src, mark := lines[1], lines[2]
	caret := strings.IndexByte(mark, '^')
	if caret < 0 || len([]rune(src[:strings.Index(src, "https")])) != len([]rune(mark[:caret])) {
		t.Errorf("caret does not line up with the token:\n%s\n%s", src, mark)
	}
}

func TestTextShowSecretAndCommit(t *testing.T) {
	it := sampleItem()
	it.Raw = "https://st4t67ig.blob.core.windows.net/?sp=rwdlacup&sig=FULL"
	it.Commit = "1a2b3c4"
	var b bytes.Buffer
	Text(&b, []Item{it}, Options{})
	for _, want := range []string{"  secret: " + it.Raw, "  commit: 1a2b3c4", "fix: the token is in git history"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, b.String())
		}
	}
	if strings.Contains(b.String(), "THE-WHOLE-SECRET") {
		t.Errorf("a fix's EnvValue was printed")
	}
}

func TestJSONContract(t *testing.T) {
	var b bytes.Buffer
	if err := JSON(&b, nil, nil); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(strings.Fields(b.String()), ""); got != `{"findings":[],"errors":[]}` {
		t.Errorf("no findings = %s, want empty arrays", got)
	}
	b.Reset()
	if err := JSON(&b, nil, []Problem{{Path: "locked.env", Reason: "permission denied"}}); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(strings.Fields(b.String()), ""); got != `{"findings":[],"errors":[{"path":"locked.env","reason":"permissiondenied"}]}` {
		t.Errorf("an unreadable file = %s, want it in errors", got)
	}

	it := sampleItem()
	it.Finding.Notes = nil
	b.Reset()
	if err := JSON(&b, []Item{it}, nil); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Findings []map[string]any `json:"findings"`
	}
	if err := json.Unmarshal(b.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	f := out.Findings[0]
	for _, key := range []string{"path", "line", "column", "end_line", "end_column", "rule", "kind", "severity", "message", "fingerprint", "redacted", "facts", "notes", "fixes"} {
		if _, ok := f[key]; !ok {
			t.Errorf("finding lacks contract field %q", key)
		}
	}
	for _, key := range []string{"commit", "secret"} {
		if _, ok := f[key]; ok {
			t.Errorf("finding has %q without --git/--show-secret", key)
		}
	}
	if f["severity"] != "error" || f["line"] != 7.0 || f["column"] != 9.0 || f["notes"] == nil {
		t.Errorf("severity %v line %v column %v notes %v", f["severity"], f["line"], f["column"], f["notes"])
	}
	facts := f["facts"].(map[string]any)
	for _, key := range []string{"type", "account", "host", "permissions", "expiry", "effective_expiry", "start", "https_only", "ip_restricted", "stored_policy", "services", "resource_types", "version"} {
		if _, ok := facts[key]; !ok {
			t.Errorf("facts lacks contract field %q", key)
		}
	}
	if strings.Contains(b.String(), "THE-WHOLE-SECRET") {
		t.Errorf("a fix's EnvValue reached JSON")
	}
	if strings.Contains(b.String(), `\u0026`) {
		t.Errorf("URLs are HTML-escaped")
	}
}

func TestSARIF(t *testing.T) {
	it := sampleItem()
	it.Raw = "THE-RAW-TOKEN"
	it.CharStart, it.CharEnd = 9, 72
	custom := sampleItem()
	custom.Path = "dir with space/a:b.txt"
	custom.Finding.Rule, custom.Finding.Kind, custom.Finding.Severity = "acme-api-key", "acme-api-key", rules.SeverityInfo
	var b bytes.Buffer
	if err := SARIF(&b, []Item{it, custom}, SARIFOptions{Version: "v1.2.3"}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "THE-RAW-TOKEN") || strings.Contains(b.String(), "THE-WHOLE-SECRET") {
		t.Fatalf("a secret reached SARIF")
	}
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			ColumnKind string `json:"columnKind"`
			Tool       struct {
				Driver struct {
					Name    string `json:"name"`
					Version string `json:"version"`
					Rules   []struct {
						ID string `json:"id"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID              string `json:"ruleId"`
				RuleIndex           int    `json:"ruleIndex"`
				Level               string `json:"level"`
				Message             struct{ Text string }
				PartialFingerprints map[string]string `json:"partialFingerprints"`
				Locations           []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
						Region struct {
							StartLine, StartColumn, EndLine, EndColumn int
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if log.Version != "2.1.0" || run.ColumnKind != "unicodeCodePoints" || run.Tool.Driver.Name != "sasguard" || run.Tool.Driver.Version != "1.2.3" {
		t.Errorf("version %q columnKind %q driver %q %q", log.Version, run.ColumnKind, run.Tool.Driver.Name, run.Tool.Driver.Version)
	}
	r0, r1 := run.Results[0], run.Results[1]
	if run.Tool.Driver.Rules[r0.RuleIndex].ID != "azure-account-sas" || run.Tool.Driver.Rules[r1.RuleIndex].ID != "acme-api-key" {
		t.Errorf("ruleIndex does not point at the result's rule")
	}
	reg := r0.Locations[0].PhysicalLocation.Region
	if reg.StartLine != 7 || reg.StartColumn != 9 || reg.EndColumn != 72 {
		t.Errorf("region %+v: want the code-point columns 9-72", reg)
	}
	if r0.PartialFingerprints[FingerprintKey] != "6fa9835cd72be9dc" || r0.Level != "error" || r1.Level != "note" {
		t.Errorf("fingerprints %v, levels %q %q", r0.PartialFingerprints, r0.Level, r1.Level)
	}
	if !strings.HasSuffix(r0.Message.Text, ".") || strings.Contains(r0.Message.Text, "\n") {
		t.Errorf("message %q: one line ending with a period", r0.Message.Text)
	}
	if uri := r1.Locations[0].PhysicalLocation.ArtifactLocation.URI; uri != "dir%20with%20space/a:b.txt" {
		t.Errorf("uri = %q", uri)
	}
}

func TestSort(t *testing.T) {
	mk := func(path string, off int) Item {
		return Item{Path: path, Finding: rules.Finding{Span: rules.Span{Start: off}}}
	}
	items := []Item{mk("b", 1), mk("a", 9), mk("a", 2), mk(".env", 5)}
	Sort(items)
	var got []string
	for _, it := range items {
		got = append(got, it.Path)
	}
	if diff := cmp.Diff([]string{".env", "a", "a", "b"}, got); diff != "" || items[1].Finding.Span.Start != 2 {
		t.Errorf("order: %s", diff)
	}
}

// TestSARIFRulesAreTheRegistry: the SARIF driver lists exactly the engine's
// kind registry, in its order, each with the registry's description and
// revoke advice, and a custom rule after them.
func TestSARIFRulesAreTheRegistry(t *testing.T) {
	custom := sampleItem()
	custom.Finding.Rule, custom.Finding.Kind = "acme-token", "acme-token"
	var buf bytes.Buffer
	if err := SARIF(&buf, []Item{custom}, SARIFOptions{Version: "1.0.0"}); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID    string `json:"id"`
						Short struct {
							Text string `json:"text"`
						} `json:"shortDescription"`
						Help struct {
							Text string `json:"text"`
						} `json:"help"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	got := log.Runs[0].Tool.Driver.Rules
	kinds := rules.Kinds()
	if len(got) != len(kinds)+1 {
		t.Fatalf("%d rules, want the registry's %d and the custom one", len(got), len(kinds))
	}
	for i, k := range kinds {
		r := got[i]
		if r.ID != k.Rule || r.Short.Text != k.Short || !strings.HasPrefix(r.Help.Text, k.Help) || !strings.Contains(r.Help.Text, k.Revoke) {
			t.Errorf("rule %d = %+v, want the registry's %q", i, r, k.Rule)
		}
	}
	if got[len(kinds)].ID != "acme-token" {
		t.Errorf("last rule %q, want the custom rule", got[len(kinds)].ID)
	}
}

// Bidi overrides, line separators and escape sequences from a file name, a
// message or a note are shown visibly escaped, and the caret still lines up
// under the token on the escaped line.
func TestTextEscapesUntrustedText(t *testing.T) {
	it := sampleItem()
	it.Path = "app/\u202egnp.py\x1b[2J"
	it.Finding.Notes = []string{"note \u2028forged: line"}
	sn := &it.Finding.Snippet
	const evil = "\u202e\x1b]0;t\x07"
	sn.Text = evil + sn.Text
	sn.StartCol += len(evil)
	sn.EndCol += len(evil)
	var b bytes.Buffer
	Text(&b, []Item{it}, Options{})
	out := b.String()
	for _, bad := range []string{"\u202e", "\u2028", "\x1b", "\x07"} {
		if strings.Contains(out, bad) {
			t.Errorf("output carries %q raw:\n%s", bad, out)
		}
	}
	for _, want := range []string{`app/\u202egnp.py\x1b[2J:7:`, `\u202e\x1b]0;t\x07`} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks the visible escape %q:\n%s", want, out)
		}
	}
	lines := strings.Split(out, "\n")
	src, mark := lines[1], lines[2]
	if caret := strings.IndexByte(mark, '^'); caret < 0 || len([]rune(src[:strings.Index(src, "https")])) != len([]rune(mark[:caret])) {
		t.Errorf("caret does not line up with the token:\n%s\n%s", src, mark)
	}
}

// The summary counts the files (or commits) that have findings, and says
// separately how many were scanned.
func TestTextSummaryCounts(t *testing.T) {
	a, b := sampleItem(), sampleItem()
	b.Finding.Start.Line = 9
	for _, tc := range []struct {
		items []Item
		opts  Options
		want  string
	}{
		{[]Item{a, b}, Options{Scanned: 40}, "2 findings (2 blocking) in 1 file; scanned 40 files"},
		{nil, Options{}, "no findings"},
		{nil, Options{Unit: "commit", Scanned: 3}, "no findings; scanned 3 commits"},
		{[]Item{withCommit(a, "c1"), withCommit(b, "c2")}, Options{Unit: "commit", Scanned: 5}, "2 findings (2 blocking) in 2 commits; scanned 5 commits"},
	} {
		var out bytes.Buffer
		Text(&out, tc.items, tc.opts)
		lines := strings.Split(strings.TrimSpace(out.String()), "\n")
		if got := lines[len(lines)-1]; got != tc.want {
			t.Errorf("summary = %q, want %q", got, tc.want)
		}
	}
}

func withCommit(it Item, c string) Item { it.Commit = c; return it }

// SARIF: absolute paths are made relative to the scan root, paths outside
// it become file:// URIs without a uriBaseId; the version is carried; an
// unreadable file makes the invocation unsuccessful with a notification.
func TestSARIFPathsVersionInvocations(t *testing.T) {
	inside, outside := sampleItem(), sampleItem()
	inside.Path = "/work/repo/app/config.py"
	outside.Path = "/elsewhere/x y.py"
	var b bytes.Buffer
	err := SARIF(&b, []Item{inside, outside}, SARIFOptions{Version: "devel+0123456789ab", Root: "/work/repo",
		Problems: []Problem{{Path: "/work/repo/locked.env", Reason: "permission denied"}}})
	if err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Version         string `json:"version"`
					SemanticVersion string `json:"semanticVersion"`
				} `json:"driver"`
			} `json:"tool"`
			Invocations []struct {
				ExecutionSuccessful bool `json:"executionSuccessful"`
				Notifications       []struct {
					Level   string `json:"level"`
					Message struct{ Text string }
				} `json:"toolExecutionNotifications"`
			} `json:"invocations"`
			Results []struct {
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI       string `json:"uri"`
							URIBaseID string `json:"uriBaseId"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	loc := func(i int) (string, string) {
		a := run.Results[i].Locations[0].PhysicalLocation.ArtifactLocation
		return a.URI, a.URIBaseID
	}
	if uri, base := loc(0); uri != "app/config.py" || base != "%SRCROOT%" {
		t.Errorf("inside the root: uri %q base %q", uri, base)
	}
	if uri, base := loc(1); uri != "file:///elsewhere/x%20y.py" || base != "" {
		t.Errorf("outside the root: uri %q base %q, want a file URI without a base", uri, base)
	}
	if d := run.Tool.Driver; d.Version != "devel+0123456789ab" || d.SemanticVersion != "" {
		t.Errorf("driver version %q semantic %q", d.Version, d.SemanticVersion)
	}
	if len(run.Invocations) != 1 || run.Invocations[0].ExecutionSuccessful || len(run.Invocations[0].Notifications) != 1 ||
		!strings.Contains(run.Invocations[0].Notifications[0].Message.Text, "locked.env") {
		t.Errorf("invocations = %+v, want one unsuccessful with a notification for locked.env", run.Invocations)
	}
}
