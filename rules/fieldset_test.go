package rules

import (
	"net/url"
	"strings"
	"testing"
)

// TestFieldSetAnySyntax: the signed fields of a SAS written as data, in any
// syntax, block as that SAS; a signature with too few fields near it, or
// fields that belong to a URL another reader rejected, do not.
func TestFieldSetAnySyntax(t *testing.T) {
	e := testEngine(t, nil)
	s := sampleByID(t, "t006") // service SAS sv, se, sr=c, sp=racwdl
	u, err := url.Parse(s.Text)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	sv, se, sr, sp, sig := q.Get("sv"), q.Get("se"), q.Get("sr"), q.Get("sp"), q.Get("sig")
	sigEnc := url.QueryEscape(sig)
	r := strings.NewReplacer("SV", sv, "SE", se, "SR", sr, "SP", sp, "SIGENC", sigEnc, "SIG", sig)
	cases := []struct {
		name, path, src string
		want            bool
	}{
		{"object literal", "p.ts", "export const p = {\n  sv: 'SV',\n  se: 'SE',\n  sr: 'SR',\n  sp: 'SP',\n  sig: 'SIG',\n};\n", true},
		{"array items", "p.ts", "const q = [\n  `sv=${encodeURIComponent('SV')}`,\n  `se=${encodeURIComponent('SE')}`,\n  `sr=SR`, `sp=SP`,\n  `sig=${encodeURIComponent('SIG')}`,\n].join('&');\n", true},
		{"brace initialiser", "f.cpp", "const std::map<std::string, std::string> p{\n    {\"sv\", \"SV\"}, {\"se\", \"SE\"},\n    {\"sr\", \"SR\"}, {\"sp\", \"SP\"},\n    {\"sig\", \"SIG\"},\n};\n", true},
		{"CLI arguments", "h.txt", `curl -G "https://x.example/c" --data-urlencode "sv=SV" --data-urlencode "se=SE" --data-urlencode "sr=SR" --data-urlencode "sp=SP" --data-urlencode "sig=SIG"`, true},
		{"Bruno block", "r.bru", "params:query {\n  sv: SV\n  se: SE\n  sr: SR\n  sp: SP\n  sig: SIG\n}\n", true},
		{"XML elements", "p.xml", "<Params>\n  <sv>SV</sv>\n  <se>SE</se>\n  <sr>SR</sr>\n  <sp>SP</sp>\n  <sig>SIG</sig>\n</Params>\n", true},
		{"XML attributes", "p.xml", `<sas sv="SV" se="SE" sr="SR" sp="SP" sig="SIG" />`, true},
		{"function arguments", "p.py", "params = dict(sv='SV', se='SE', sr='SR', sp='SP', sig='SIG')\n", true},
		{"table cells", "p.md", "| sv | SV |\n| se | SE |\n| sr | SR |\n| sp | SP |\n| sig | SIGENC |\n", true},
		{"YAML map, percent-encoded sig", "p.yaml", "sas:\n  sv: \"SV\"\n  se: \"SE\"\n  sr: SR\n  sp: SP\n  sig: SIGENC\n", true},
		{"C# indexer initialiser", "P.cs", "var p = new Dictionary<string, string> {\n  [\"sv\"] = \"SV\", [\"se\"] = \"SE\",\n  [\"sr\"] = \"SR\", [\"sp\"] = \"SP\",\n  [\"sig\"] = \"SIG\",\n};\n", true},
		{"PowerShell hashtable", "p.ps1", "$q = @{ sv = 'SV'; se = 'SE'; sr = 'SR'; sp = 'SP'; sig = 'SIG' }\n", true},
		{"name/value list (Insomnia)", "i.yaml", "parameters:\n  - name: sv\n    value: \"SV\"\n  - name: se\n    value: \"SE\"\n  - name: sr\n    value: SR\n  - name: sp\n    value: SP\n  - name: sig\n    value: \"SIG\"\n", true},
		{"array items, field name split", "p.ts", "const q = [\n  \"sv=SV\",\n  \"se=SE\",\n  \"sr=SR\",\n  \"sp=SP\",\n  \"si\" + \"g=SIGENC\",\n].join(\"&\");\n", true},
		{"struct fields", "f.m", "sas.sv = 'SV';\nsas.se = 'SE';\nsas.sr = 'SR';\nsas.sp = 'SP';\nsas.sig = 'SIG';\n", true},
		{"Go list, signature in its own literal", "sas.go", "var parts = []string{\n\t\"sv=SV\",\n\t\"se=SE\",\n\t\"sr=SR\",\n\t\"sp=SP\",\n\t\"sig=\" + \"SIGENC\",\n}\n", true},
		{"Go list, signature from the environment", "sas.go", "var parts = []string{\"sv=SV\", \"se=SE\", \"sr=SR\", \"sp=SP\", \"sig=\" + os.Getenv(\"STAGING_S\")}\n", false},
		{"HTML table cells with attributes", "p.html", "<table>\n<tr><td class=\"c\">sv</td><td class=\"c\">SV</td></tr>\n<tr><td class=\"c\">se</td><td class=\"c\">SE</td></tr>\n<tr><td class=\"c\">sr</td><td class=\"c\">SR</td></tr>\n<tr><td class=\"c\">sp</td><td class=\"c\">SP</td></tr>\n<tr><td class=\"c\">sig</td><td class=\"c\">SIG</td></tr>\n</table>\n", true},
		{"Go constants under SDK names", "sas.go", "const (\n\tsasVersion       = \"SV\"\n\tsasResource      = \"SR\"\n\tsasPermissions   = \"SP\"\n\tsasExpiry        = \"SE\"\n\tsasSignature     = \"SIG\"\n)\n", true},
		{"Julia join, escapeuri", "f.jl", "const SAS = join([\n    \"sv=SV\", \"sr=SR\", \"sp=SP\",\n    \"se=\" * HTTP.escapeuri(\"SE\"),\n    \"sig=\" * HTTP.escapeuri(\"SIG\"),\n], \"&\")\n", true},
		{"Go url.Values, a placeholder's below", "sas.go", "v := url.Values{}\nv.Set(\"sv\", \"SV\")\nv.Set(\"se\", \"SE\")\nv.Set(\"sr\", \"SR\")\nv.Set(\"sp\", \"SP\")\nv.Set(\"sig\", \"SIG\")\nreturn v.Encode()\n}\n\nfunc example() string {\nv := url.Values{}\nv.Set(\"sv\", \"SV\")\nv.Set(\"sig\", \"<signature>\")\n", true},
		{"Lua .. with an escape call", "q.lua", "local q = {\n  \"sv=\" .. ngx.escape_uri(\"SV\"),\n  \"se=\" .. ngx.escape_uri(\"SE\"),\n  \"sr=\" .. ngx.escape_uri(\"SR\"),\n  \"sp=\" .. ngx.escape_uri(\"SP\"),\n  \"sig=\" .. ngx.escape_uri(\"SIG\"),\n}\n", true},
		{"Scala map with ->", "S.scala", "val sas = Map(\n  \"sv\" -> \"SV\",\n  \"se\" -> \"SE\",\n  \"sr\" -> \"SR\",\n  \"sp\" -> \"SP\",\n  \"sig\" -> \"SIGENC\"\n).map { case (k, v) => s\"$k=$v\" }.mkString(\"&\")\n", true},
		{"R variables with <-", "p.R", "sv  <- \"SV\"\nse  <- \"SE\"\nsr  <- \"SR\"\nsp  <- \"SP\"\nsig <- \"SIGENC\"\nsas <- paste0(\"sv=\", sv, \"&se=\", se, \"&sig=\", sig)\n", true},
		{"Tcl dict", "f.tcl", "set sas [dict create sv {SV} se {SE} sr {SR} sp {SP} sig {SIG}]\n", true},
		{"the SDKs' names", "S.cs", "static readonly SasFields Up = new(\n    Version: \"SV\", Resource: \"SR\", Permissions: \"SP\",\n    Expiry: \"SE\",\n    Signature: \"SIG\");\n", true},
		{"Makefile variables", "p.mk", "SasSv  := SV\nSasSe  := SE\nSasSr  := SR\nSasSp  := SP\nSasSig := SIGENC\nSas := sv=$(SasSv)&sr=$(SasSr)&sp=$(SasSp)&se=$(SasSe)&sig=$(SasSig)\n", true},
		{"query split over two variables", "p.cmd", "set SAS_A=sv=SV^&sr=SR\nset SAS_B=^&se=SE^&sp=SP^&sig=SIGENC\nazcopy copy x \"https://acct.blob.core.windows.net/c?%SAS_A%%SAS_B%\"\n", true},
		// Not a SAS here.
		{"a query without its version anywhere", "p.cmd", "set SAS_B=^&se=SE^&sr=SR^&sp=SP^&sig=SIGENC\n", false},
		{"the SDKs' names, nothing says SAS", "w.json", "{\"version\": \"SV\", \"expiry\": \"SE\", \"resource\": \"SR\", \"signature\": \"SIG\"}\n", false},
		{"signature alone", "p.ts", "const p = { sig: 'SIG' };\n", false},
		{"one field", "p.ts", "const p = { sp: 'SP', sig: 'SIG' };\n", false},
		{"no version", "p.ts", "const p = { se: 'SE', sr: 'SR', sp: 'SP', sig: 'SIG' };\n", false},
		{"emulator URL", "e.env", "URL=http://127.0.0.1:10000/devstoreaccount1/c?sv=SV&se=SE&sr=SR&sp=SP&sig=SIGENC\n", false},
	}
	for _, c := range cases {
		src := r.Replace(c.src)
		fs := e.Scan(c.path, []byte(src))
		got := len(fs) == 1 && fs[0].Kind == s.Kind && fs[0].Severity == SeverityError && fs[0].Fingerprint == fingerprint(sig)
		if got != c.want || !c.want && len(fs) > 0 {
			t.Errorf("%s: %d findings, want the SAS: %v", c.name, len(fs), c.want)
		}
	}
}

// TestFieldSetConstants: a SAS whose fields are constants defined above the
// template that joins them (sig=${encodeURIComponent(SIG)}) is read from the
// constants; a sig that names a constant holding no signature is not.
func TestFieldSetConstants(t *testing.T) {
	e := testEngine(t, nil)
	s := sampleByID(t, "t006")
	u, err := url.Parse(s.Text)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	consts := "const ACCOUNT = \"stconst01\";\nconst SV = \"" + q.Get("sv") + "\";\nconst SE = \"" + q.Get("se") + "\";\nconst SP = \"" + q.Get("sp") + "\";\nconst SR = \"" + q.Get("sr") + "\";\n"
	use := "\nexport function url(name) {\n  const q = `sv=${SV}&se=${encodeURIComponent(SE)}&sr=${SR}&sp=${SP}&sig=${encodeURIComponent(SIG)}`;\n  return `https://${ACCOUNT}.blob.core.windows.net/c/${name}?${q}`;\n}\n"
	fs := e.Scan("client.mjs", []byte(consts+"const SIG = \""+q.Get("sig")+"\";\n"+use))
	if len(fs) != 1 || fs[0].Kind != s.Kind {
		t.Fatalf("%d findings %v, want one %s", len(fs), findingKinds(fs), s.Kind)
	}
	if fs[0].Facts.Expiry == nil {
		t.Errorf("expiry not read from the SE constant: %+v", fs[0].Facts)
	}
	if fs := e.Scan("client.mjs", []byte(consts+"const SIG = \"<signature>\";\n"+use)); len(fs) != 0 {
		t.Errorf("a placeholder constant: %d findings", len(fs))
	}
}

// TestFieldSetSignatureInPieces: a signature kept in pieces and used by
// reference from a URL's query ($sig = -join @('…' '…') then …&sig=$sig,
// Python's implicit concatenation in parentheses) is read with the query's
// fields; the same pieces holding a placeholder are not.
func TestFieldSetSignatureInPieces(t *testing.T) {
	e := testEngine(t, nil)
	s := sampleByID(t, "t006")
	u, err := url.Parse(s.Text)
	if err != nil {
		t.Fatal(err)
	}
	sig := url.QueryEscape(u.Query().Get("sig"))
	u.RawQuery = strings.Replace(u.RawQuery, "sig="+sig, "sig=SIGREF", 1)
	cases := []struct{ path, src string }{
		{"a.ps1", "$sig = -join @(\r\n    'PART1'\r\n    'PART2'\r\n)\r\n$url = \"" + strings.Replace(u.String(), "SIGREF", "$sig", 1) + "\"\r\n"},
		{"a.py", "SIG = (\n    \"PART1\"\n    \"PART2\"\n)\nURL = f\"" + strings.Replace(u.String(), "SIGREF", "{SIG}", 1) + "\"\n"},
	}
	for _, c := range cases {
		src := strings.NewReplacer("PART1", sig[:20], "PART2", sig[20:]).Replace(c.src)
		if fs := e.Scan(c.path, []byte(src)); len(fs) != 1 || fs[0].Kind != s.Kind || fs[0].Severity != SeverityError {
			t.Errorf("%s: %d findings %v, want one %s\n%s", c.path, len(fs), findingKinds(fs), s.Kind, src)
		}
		src = strings.NewReplacer("PART1", "REDACTED", "PART2", "REDACTED").Replace(c.src)
		if fs := e.Scan(c.path, []byte(src)); len(fs) != 0 {
			t.Errorf("%s with placeholders: %d findings", c.path, len(fs))
		}
	}
}

// sigDefs reuses earlier searches for later "sig" fields naming the same
// constant; at every hit it must answer what a fresh search answers: the
// definition while it is within fieldsBefore, nothing after, and a nearer
// redefinition once there is one.
func TestSigDefsMatchesFreshSearch(t *testing.T) {
	sig := url.QueryEscape(sampleSig(t))
	var b strings.Builder
	b.WriteString("const SIG = '" + sig + "';\n")
	for i := range 40 {
		if i == 25 {
			b.WriteString("SIG = '" + sig + "'\n") // redefined further down
		}
		b.WriteString("fetch(`${base}?sv=2026-04-06&sr=b&sp=r&sig=${SIG}&n=" + strings.Repeat("x", i) + "`);\n")
		b.WriteString("log(`sig=REDACTED sig=${OTHER}`);\n")
	}
	c := []byte(b.String())
	var cached sigDefs
	found := 0
	for off := 0; ; {
		i := strings.Index(string(c[off:]), "sig=")
		if i < 0 {
			break
		}
		h := off + i
		off = h + 1
		want := sigDefinition(c, h)
		if got := cached.find(c, h); got != want {
			t.Fatalf("sig= at %d: cached search says %d, a fresh one %d", h, got, want)
		}
		if want >= 0 {
			found++
		}
	}
	if found < 10 {
		t.Fatalf("only %d hits found their definition: the test is not exercising the cache", found)
	}
}

func sampleSig(t *testing.T) string {
	t.Helper()
	u, err := url.Parse(sampleByID(t, "t006").Text)
	if err != nil {
		t.Fatal(err)
	}
	return u.Query().Get("sig")
}

// TestFieldSetQueryInTwoVariables: a query kept in two variables, the
// signed fields in one and "sig=…" alone in the next (a Makefile's
// SAS_HEAD and SAS_SIG), is one SAS; a lone sig= with no fields near is not.
func TestFieldSetQueryInTwoVariables(t *testing.T) {
	e := testEngine(t, nil)
	s := sampleByID(t, "t006")
	q := s.Text[strings.Index(s.Text, "?")+1:]
	head, sig := q[:strings.Index(q, "&sig=")], q[strings.Index(q, "&sig=")+1:]
	u, err := url.Parse(s.Text)
	if err != nil {
		t.Fatal(err)
	}
	for _, src := range []string{
		"SAS_HEAD := " + head + "\nSAS_SIG := " + sig + "\nSAS := $(SAS_HEAD)&$(SAS_SIG)\n",
		"export SAS_HEAD=\"" + head + "\"\nexport SAS_SIG=\"" + sig + "\"\n",
	} {
		fs := e.Scan("Makefile", []byte(src))
		if len(fs) != 1 || fs[0].Kind != s.Kind || fs[0].Fingerprint != fingerprint(u.Query().Get("sig")) {
			t.Errorf("%d findings %v, want the SAS in\n%s", len(fs), findingKinds(fs), src)
		}
	}
	if fs := e.Scan("Makefile", []byte("# notes\nSAS_SIG := "+sig+"\n")); len(fs) != 0 {
		t.Errorf("a lone sig= with no fields: %d findings", len(fs))
	}
}

// TestFieldValueStartingWithPlus: a signature whose base64 starts with '+'
// is read whole, not taken for a concatenation's operator.
func TestFieldValueStartingWithPlus(t *testing.T) {
	c := []byte("\tsasSignature     = \"+BAM5dHKgAqLETjqS5s3bIzSQ8uL+v0oSJdIjnKc3JA=\"\n")
	vs, ve, ok := fieldValue(c, strings.Index(string(c), " "), true)
	if !ok || string(c[vs:ve]) != "+BAM5dHKgAqLETjqS5s3bIzSQ8uL+v0oSJdIjnKc3JA=" {
		t.Errorf("read %q", c[vs:ve])
	}
}

// TestTableRowsOfFields: a table whose header names SAS fields holds one
// SAS per row: a live row blocks, an expired row warns, a row whose
// signature is a placeholder is nothing.
func TestTableRowsOfFields(t *testing.T) {
	e := testEngine(t, nil)
	s := sampleByID(t, "t006")
	u, err := url.Parse(s.Text)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	src := "# Partner SAS register\n\n| partner | sv | sp | sr | se | sig |\n|---|---|---|---|---|---|\n" +
		"| North | " + q.Get("sv") + " | " + q.Get("sp") + " | c | " + q.Get("se") + " | `" + q.Get("sig") + "` |\n" +
		"| South | " + q.Get("sv") + " | " + q.Get("sp") + " | c | 2025-11-30T00:00:00Z | " + url.QueryEscape(q.Get("sig")) + " |\n" +
		"| East | " + q.Get("sv") + " | " + q.Get("sp") + " | c | " + q.Get("se") + " | (requested) |\n"
	fs := e.Scan("register.md", []byte(src))
	if len(fs) != 2 || fs[0].Severity != SeverityError || fs[0].Span.Start != strings.Index(src, "| North") || fs[1].Severity != SeverityWarning {
		t.Fatalf("%d findings %v, want the live row blocked and the expired one warned", len(fs), findingKinds(fs))
	}
}
