package fix

import (
	"github.com/sasguard/sasguard/rules"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// findingIn builds the finding for sample s placed in src at the first
// occurrence of its text.
func findingIn(t *testing.T, src string, s fixSample) *rules.Finding {
	t.Helper()
	i := strings.Index(src, s.Text)
	if i < 0 {
		t.Fatalf("sample %s not in source", s.ID)
	}
	ss, se := secretIn(s.Text)
	return &rules.Finding{Kind: s.Kind, Span: rules.Span{Start: i, End: i + len(s.Text)}, SecretSpan: rules.Span{Start: i + ss, End: i + se}, Facts: rules.Facts{Account: s.Account}}
}

// TestEnvFixContexts covers where a token can sit beyond the txtar cases:
// literals and comments that open on an earlier line, quotes and comment
// markers inside strings. T stands for the token; want "" means no
// environment fix may be offered.
func TestEnvFixContexts(t *testing.T) {
	tok := fixSamples(t)["t001"]
	const ref = `os.environ["AZURE_STORAGE_SAS_URL"]`
	tests := []struct {
		name string
		lang rules.Language
		src  string
		want string
	}{
		{"python: # inside the string is not a comment", rules.LangPython,
			"import os\nx = \"# see T\"\n", "import os\nx = (\"# see \" + " + ref + ")\n"},
		{"python: escaped quote before the token", rules.LangPython,
			"import os\nx = \"a\\\" T\"\n", "import os\nx = (\"a\\\" \" + " + ref + ")\n"},
		{"python: trailing comment after code", rules.LangPython,
			"x = 1  # T\n", ""},
		{"python: triple-quoted string opened lines above", rules.LangPython,
			"import os\nDOC = \"\"\"\nline\nT\n\"\"\"\n", "import os\nDOC = (\"\"\"\nline\n\"\"\" + " + ref + " + \"\"\"\n\"\"\")\n"},
		{"python: import os.path binds os", rules.LangPython,
			"import os.path\nx = 'T'\n", "import os.path\nx = " + ref + "\n"},
		{"python: from __future__ stays first", rules.LangPython,
			"from __future__ import annotations\nx = 'T'\n", "from __future__ import annotations\nimport os\nx = " + ref + "\n"},
		{"python: aliased os does not bind os", rules.LangPython,
			"import os as o\nx = 'T'\n", "import os\nimport os as o\nx = " + ref + "\n"},
		{"javascript: block comment opened lines above", rules.LangJavaScript,
			"/*\n * T\n */\nconst a = 1;\n", ""},
		{"javascript: line comment", rules.LangJavaScript,
			"const a = 1; // T\n", ""},
		{"javascript: apostrophe in a comment before", rules.LangJavaScript,
			"// don't\nconst u = 'T';\n", "// don't\nconst u = process.env.AZURE_STORAGE_SAS_URL;\n"},
		{"go: raw string over lines", rules.LangGo,
			"package p\n\nimport \"os\"\n\nvar s = `\nT`\n", "package p\n\nimport \"os\"\n\nvar s = (`\n` + os.Getenv(\"AZURE_STORAGE_SAS_URL\"))\n"},
		{"go: block comment", rules.LangGo,
			"package p\n/*\nT\n*/\n", ""},
		{"csharp: verbatim string with doubled quotes", rules.LangCSharp,
			"using System;\nvar s = @\"say \"\"hi\"\" T\";\n", "using System;\nvar s = (@\"say \"\"hi\"\" \" + Environment.GetEnvironmentVariable(\"AZURE_STORAGE_SAS_URL\"));\n"},
		{"java: text block cannot be split", rules.LangJava,
			"class A { String s = \"\"\"\n  see T\n  \"\"\"; }\n", ""},
		{"shell: comment", rules.LangShell,
			"echo hi # T\n", ""},
		{"shell: # inside a word is not a comment", rules.LangShell,
			"curl x#T\n", "curl x#\"${AZURE_STORAGE_SAS_URL}\"\n"},
		{"powershell: single-quoted, partial", rules.LangPowerShell,
			"$u = 'see T'\n", "$u = ('see ' + $env:AZURE_STORAGE_SAS_URL)\n"},
		{"yaml: comment", rules.LangYAML,
			"a: 1 # T\n", ""},
		{"terraform: interpolated into a longer string", rules.LangTerraform,
			"variable \"azure_storage_sas_url\" {}\nlocals { u = \"see T\" }\n", "variable \"azure_storage_sas_url\" {}\nlocals { u = \"see ${var.azure_storage_sas_url}\" }\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := strings.ReplaceAll(tt.src, "T", tok.Text)
			if strings.Count(src, tok.Text) != 1 {
				t.Fatalf("test source must hold the token once (use no other capital T)")
			}
			f := findingIn(t, src, tok)
			var env *rules.Fix
			for _, fx := range Fixes(nil, tt.lang, []byte(src), f) {
				if fx.Kind == rules.FixEnv {
					env = &fx
				}
			}
			if tt.want == "" {
				if env != nil {
					t.Fatalf("env fix offered: %q", env.Title)
				}
				return
			}
			if env == nil {
				t.Fatal("no env fix")
			}
			out, err := ApplyEdits([]byte(src), env.Edits)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, string(out)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestEnvName(t *testing.T) {
	s := fixSamples(t)
	tests := []struct {
		name     string
		sample   string
		kind     string // overrides the sample's kind (custom rules)
		template string
		want     string
	}{
		{"account SAS URL", "t001", "", "", "AZURE_STORAGE_SAS_URL"},
		{"storage key connection string", "t015", "", "", "AZURE_STORAGE_CONNECTION_STRING"},
		{"storage SAS connection string", "t017", "", "", "AZURE_STORAGE_CONNECTION_STRING"},
		{"Service Bus SAS token", "t018", "", "", "AZURE_SERVICEBUS_SAS_TOKEN"},
		{"IoT Hub SAS token", "t020", "", "", "AZURE_SERVICEBUS_SAS_TOKEN"},
		{"Service Bus connection string", "t019", "", "", "AZURE_SERVICEBUS_CONNECTION_STRING"},
		{"account in the template", "t019", "", "{ACCOUNT}_{KIND}", "ORDERS_PUB1_CONNECTION_STRING"},
		{"custom prefix", "t005", "", "APP_{ACCOUNT}_{KIND}", "APP_ST4T67IG_SAS_URL"},
		{"custom rule", "t005", "acme-api-key", "", "ACME_API_KEY"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			smp := s[tt.sample]
			src := "x = '" + smp.Text + "'\n"
			f := findingIn(t, src, smp)
			if tt.kind != "" {
				f.Kind = tt.kind
			}
			cfg := rules.DefaultConfig()
			cfg.Env.Template = tt.template
			if got := EnvName(cfg, f, []byte(src)); got != tt.want {
				t.Errorf("EnvName = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRenameEnvFix(t *testing.T) {
	smp := fixSamples(t)["t001"]
	src := "package p\n\nvar u = \"" + smp.Text + "\"\n"
	f := findingIn(t, src, smp)
	fixes := Fixes(nil, rules.LangGo, []byte(src), f)
	if len(fixes) < 2 || fixes[1].Kind != rules.FixDotenv {
		t.Fatalf("no dotenv fix: %+v", fixes)
	}
	got, err := RenameEnvFix(rules.LangGo, []byte(src), f, fixes[1], "AZURE_STORAGE_SAS_URL_2")
	if err != nil {
		t.Fatal(err)
	}
	if got.Kind != rules.FixDotenv || got.EnvName != "AZURE_STORAGE_SAS_URL_2" || got.EnvValue != smp.Text {
		t.Errorf("renamed fix: kind %s, name %s", got.Kind, got.EnvName)
	}
	out, err := ApplyEdits([]byte(src), got.Edits)
	if err != nil {
		t.Fatal(err)
	}
	want := "package p\n\nimport \"os\"\n\nvar u = os.Getenv(\"AZURE_STORAGE_SAS_URL_2\")\n"
	if diff := cmp.Diff(want, string(out)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if _, err := RenameEnvFix(rules.LangGo, []byte(src), f, fixes[1], "2BAD"); err == nil {
		t.Error("an invalid name was accepted")
	}
}

func TestSuppressFixKeepsLineEndings(t *testing.T) {
	smp := fixSamples(t)["t001"]
	src := "import os\r\n\r\ndef f():\r\n\tu = '" + smp.Text + "'\r\n"
	f := findingIn(t, src, smp)
	var sup rules.Fix
	for _, fx := range Fixes(nil, rules.LangPython, []byte(src), f) {
		if fx.Kind == rules.FixSuppress {
			sup = fx
		}
	}
	want := []rules.Edit{{Start: strings.Index(src, "\tu ="), End: strings.Index(src, "\tu ="), NewText: "\t# sasguard:ignore reason=\"\"\r\n"}}
	if diff := cmp.Diff(want, sup.Edits); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestFixesRejectBadSpans: a finding that does not fit the content gets no
// fixes rather than a panic or an edit out of bounds.
func TestFixesRejectBadSpans(t *testing.T) {
	for _, f := range []rules.Finding{
		{Span: rules.Span{Start: 5, End: 3}, SecretSpan: rules.Span{Start: 4, End: 4}},
		{Span: rules.Span{Start: 0, End: 100}, SecretSpan: rules.Span{Start: 1, End: 2}},
		{Span: rules.Span{Start: 0, End: 4}, SecretSpan: rules.Span{Start: 3, End: 9}},
		{Span: rules.Span{Start: -1, End: 4}, SecretSpan: rules.Span{Start: 0, End: 1}},
	} {
		if got := Fixes(nil, rules.LangPython, []byte("x = 'abcdef'"), &f); got != nil {
			t.Errorf("Fixes(%v) = %v, want none", f.Span, got)
		}
	}
}
