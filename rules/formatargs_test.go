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
		{"Python str.format, one argument per line", "b.py", "URL = (\n    \"https://{0}.blob.core.windows.net/c?sv={1}&se={2}&sr={3}&sp={4}&sig={5}\".format(\n        \"acct\",\n        \"SV\",\n        \"SE\",\n        \"SR\",\n        \"SP\",\n        \"SIG\",\n    )\n)\n", true},
		{"C# indexed", "A.cs", "var u = string.Format(\"https://acct.blob.core.windows.net/c?sig={4}&sv={0}&se={1}&sr={2}&sp={3}\", \"SV\", \"SE\", \"SR\", \"SP\", \"SIG\");\n", true},
		{"Java format constant used below", "L.java", "private static final String TEMPLATE =\n    \"https://%s.blob.core.windows.net/c?sv=%s&se=%s&sr=%s&sp=%s&sig=%s\";\n\npublic static String url() {\n    return String.format(TEMPLATE,\n        \"acct\",\n        \"SV\", \"SE\", \"SR\", \"SP\",\n        URLEncoder.encode(\"SIG\", StandardCharsets.UTF_8));\n}\n", true},
		{"Rust format! with constants above", "src.rs", "const SAS_VERSION: &str = \"SV\";\nconst SAS_EXPIRY: &str = \"SE\";\nconst TOKEN_MAC: &'static str = \"SIG\";\n\npub fn url() -> String {\n    format!(\n        \"https://acct.blob.core.windows.net/c/b?sv={0}&se={1}&sr=SR&sp=SP&sig={2}\",\n        SAS_VERSION, SAS_EXPIRY, TOKEN_MAC\n    )\n}\n", true},
		{"PowerShell -f", "r.ps1", "$uri = 'https://{0}.blob.core.windows.net/c?sv={1}&se={2}&sr={3}&sp={4}&sig={5}' -f 'acct', 'SV', 'SE', 'SR', 'SP', 'SIG'\n", true},
		{"Go %[n]s indexes", "t.go", "return fmt.Sprintf(\"%[1]s?sv=%[2]s&se=%[3]s&sr=%[4]s&sp=%[5]s&sig=%[6]s\",\n\t\"https://acct.blob.core.windows.net/c\", \"SV\", \"SE\", \"SR\", \"SP\", \"SIG\")\n", true},
		{"Rust named arguments, a constant through an encoder", "sink.rs", "const TOKEN_MAC: &str = \"SIG\";\nconst TABLE_EXP: &str = \"SE\";\npub fn u() -> String {\n    format!(\n        \"https://acct.table.core.windows.net/T?sv=SV&se={se}&sp=SP&sr=SR&sig={sig}\",\n        se = urlencoding::encode(TABLE_EXP),\n        sig = urlencoding::encode(TOKEN_MAC),\n    )\n}\n", true},
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

// TestFormatConnectionStrings: a connection string written as a format
// literal whose key is one of the call's literal arguments blocks, with
// the facts the other arguments give; a key from a variable does not.
func TestFormatConnectionStrings(t *testing.T) {
	e := testEngine(t, nil)
	conn := sampleByID(t, "t015").Text
	key := conn[strings.Index(conn, "AccountKey=")+len("AccountKey=") : strings.Index(conn, ";EndpointSuffix")]
	sb := sampleByID(t, "t019").Text
	sbKey := sb[strings.Index(sb, "SharedAccessKey=")+len("SharedAccessKey="):]
	cases := []struct {
		name, path, src, kind, account string
	}{
		{"C# string.Format, arguments on lines", "Bus.cs", "var conn = string.Format(\n    \"Endpoint=sb://{0}.servicebus.windows.net/;SharedAccessKeyName={1};SharedAccessKey={2}\",\n    \"orders\",\n    \"send\",\n    \"" + sbKey + "\");\n", KindServiceBusSAS, "orders"},
		{"Go Sprintf", "conn.go", "c := fmt.Sprintf(\"DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net\", \"acme\", \"" + key + "\")\n", KindStorageKey, "acme"},
		{"Python format", "conn.py", "CONN = \"AccountName={};AccountKey={}\".format(\"acme\", \"" + key + "\")\n", KindStorageKey, "acme"},
		{"key from a variable", "Bus2.cs", "var conn = string.Format(\"Endpoint=sb://{0}.servicebus.windows.net/;SharedAccessKeyName={1};SharedAccessKey={2}\", ns, \"send\", vaultKey);\n", "", ""},
	}
	for _, c := range cases {
		fs := e.Scan(c.path, []byte(c.src))
		if c.kind == "" {
			if len(fs) != 0 {
				t.Errorf("%s: %d findings, want none", c.name, len(fs))
			}
			continue
		}
		if len(fs) != 1 || fs[0].Kind != c.kind || fs[0].Severity != SeverityError {
			t.Errorf("%s: %d findings %v, want one %s", c.name, len(fs), findingKinds(fs), c.kind)
			continue
		}
		if fs[0].Facts.Account != c.account {
			t.Errorf("%s: account %q, want %q", c.name, fs[0].Facts.Account, c.account)
		}
		if strings.Contains(fs[0].Redacted, key) || strings.Contains(fs[0].Redacted, sbKey) {
			t.Errorf("%s: secret printed in %q", c.name, fs[0].Redacted)
		}
	}
}
