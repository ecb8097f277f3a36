package rules

import (
	"net/url"
	"strings"
	"testing"
)

// TestFormatArgs: a SAS whose values are a format call's arguments is read
// by matching placeholders to arguments, in order or by index; a signature
// passed as a variable, or a placeholder argument, is not a finding.
func TestFormatArgs(t *testing.T) {
	e := testEngine(t, nil)
	s := sampleByID(t, "t006")
	u, err := url.Parse(s.Text)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	r := strings.NewReplacer("SV", q.Get("sv"), "SE", q.Get("se"), "SR", q.Get("sr"), "SP", q.Get("sp"), "SIG", q.Get("sig"))
	cases := []struct {
		name, path, src string
		want            bool
	}{
		{"Java String.format", "A.java", "return String.format(\"https://%s.blob.core.windows.net/c/%s?sv=%s&sr=%s&sp=%s&se=%s&sig=%s\",\n    \"acct\", blob, \"SV\", \"SR\", \"SP\", \"SE\",\n    \"SIG\");\n", true},
		{"Python %", "a.py", "url = \"https://acct.blob.core.windows.net/c?sv=%s&se=%s&sr=%s&sp=%s&sig=%s\" % (\"SV\", \"SE\", \"SR\", \"SP\", \"SIG\")\n", true},
		{"Go Sprintf", "a.go", "u := fmt.Sprintf(\"https://%s.blob.core.windows.net/c?sv=%s&se=%s&sr=%s&sp=%s&sig=%s\", acct, url.QueryEscape(\"SV\"), \"SE\", \"SR\", \"SP\", url.QueryEscape(\"SIG\"))\n", true},
		{"C# indexed", "A.cs", "var u = string.Format(\"https://acct.blob.core.windows.net/c?sig={4}&sv={0}&se={1}&sr={2}&sp={3}\", \"SV\", \"SE\", \"SR\", \"SP\", \"SIG\");\n", true},
		// Not a SAS written here.
		{"signature from a variable", "B.java", "return String.format(\"https://acct.blob.core.windows.net/c?sv=%s&se=%s&sr=%s&sp=%s&sig=%s\", \"SV\", \"SE\", \"SR\", \"SP\", sig);\n", false},
		{"placeholder argument", "b.py", "url = \"https://acct.blob.core.windows.net/c?sv=%s&se=%s&sr=%s&sp=%s&sig=%s\" % (\"SV\", \"SE\", \"SR\", \"SP\", \"<signature>\")\n", false},
	}
	for _, c := range cases {
		fs := e.Scan(c.path, []byte(r.Replace(c.src)))
		got := len(fs) == 1 && fs[0].Kind == s.Kind && fs[0].Severity == SeverityError && fs[0].Fingerprint == fingerprint(q.Get("sig"))
		if got != c.want || !c.want && len(fs) > 0 {
			t.Errorf("%s: %d findings %v, want the SAS: %v", c.name, len(fs), findingKinds(fs), c.want)
		}
	}
}
