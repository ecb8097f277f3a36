package fix

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"github.com/sasguard/sasguard/rules"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/rogpeppe/go-internal/txtar"
)

var updateFix = flag.Bool("update", false, "rewrite the expected results in testdata/fix/*.txtar")

// A fix case (testdata/fix/*.txtar) is one source file holding one token and
// the file's expected content after each kind of fix, in the spirit of
// gopls' marker tests. The header says which sample token {{tNNN}} stands for
// (the real token from testdata/sas-tokens.json is substituted at run time,
// so the repository holds no live-looking secret) and which file to fix:
//
//	path: app.py
//	token: t001
//	absent: env dotenv      (fixes that must not be offered)
//	template: {ACCOUNT}_{KIND}   (optional [env] template)
//
// Sections: the source file (named by path), then "env", "dotenv",
// "redact", "suppress" (the content after that fix) and "titles" (each fix's
// kind, title and variable name).
type fixCase struct {
	name     string
	path     string
	sample   fixSample
	absent   map[rules.FixKind]bool
	template string
	src      []byte // with the real token
	ar       *txtar.Archive
}

type fixSample struct {
	ID      string
	Kind    string
	Text    string
	Account string
}

var fixKinds = []rules.FixKind{rules.FixEnv, rules.FixDotenv, rules.FixRedact, rules.FixSuppress}

func fixSamples(t testing.TB) map[string]fixSample {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "sas-tokens.json"))
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Samples []struct {
			ID    string
			Kind  string
			Text  string
			Facts struct{ Account string }
		}
	}
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	out := map[string]fixSample{}
	for _, s := range f.Samples {
		out[s.ID] = fixSample{ID: s.ID, Kind: s.Kind, Text: s.Text, Account: s.Facts.Account}
	}
	return out
}

var placeholderRE = regexp.MustCompile(`\{\{(t\d+)\}\}`)

func loadFixCases(t *testing.T) []*fixCase {
	t.Helper()
	samples := fixSamples(t)
	files, err := filepath.Glob(filepath.Join("testdata", "fix", "*.txtar"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fix cases: %v", err)
	}
	var cases []*fixCase
	for _, file := range files {
		ar, err := txtar.ParseFile(file)
		if err != nil {
			t.Fatal(err)
		}
		c := &fixCase{name: strings.TrimSuffix(filepath.Base(file), ".txtar"), ar: ar, absent: map[rules.FixKind]bool{}}
		for _, line := range strings.Split(string(ar.Comment), "\n") {
			k, v, ok := strings.Cut(line, ":")
			if !ok {
				continue
			}
			v = strings.TrimSpace(v)
			switch strings.TrimSpace(k) {
			case "path":
				c.path = v
			case "token":
				s, ok := samples[v]
				if !ok {
					t.Fatalf("%s: no sample %s", file, v)
				}
				c.sample = s
			case "absent":
				for _, k := range strings.Fields(v) {
					c.absent[rules.FixKind(k)] = true
				}
			case "template":
				c.template = v
			}
		}
		var src []byte
		for _, f := range ar.Files {
			if f.Name == c.path {
				src = f.Data
			}
		}
		if c.path == "" || src == nil || c.sample.ID == "" {
			t.Fatalf("%s: needs path:, token: and a -- %s -- section", file, c.path)
		}
		c.src = []byte(placeholderRE.ReplaceAllStringFunc(string(src), func(m string) string {
			return samples[placeholderRE.FindStringSubmatch(m)[1]].Text
		}))
		cases = append(cases, c)
	}
	return cases
}

func (c *fixCase) section(name string) []byte {
	for _, f := range c.ar.Files {
		if f.Name == name {
			return f.Data
		}
	}
	return nil
}

func (c *fixCase) config() *rules.Config {
	cfg := rules.DefaultConfig()
	cfg.Env.Template = c.template
	return cfg
}

// handFinding builds the finding the engine reports for the case's token:
// the whole token as rules.Span, the signature or key as SecretSpan.
func (c *fixCase) handFinding(t *testing.T) rules.Finding {
	t.Helper()
	i := bytes.Index(c.src, []byte(c.sample.Text))
	if i < 0 {
		t.Fatalf("token %s not in %s", c.sample.ID, c.path)
	}
	s, e := secretIn(c.sample.Text)
	if s < 0 {
		t.Fatalf("no secret found in sample %s", c.sample.ID)
	}
	return rules.Finding{
		Kind:       c.sample.Kind,
		Span:       rules.Span{Start: i, End: i + len(c.sample.Text)},
		SecretSpan: rules.Span{Start: i + s, End: i + e},
		Facts:      rules.Facts{Account: c.sample.Account},
	}
}

// secretIn finds the signature or key in a sample token, independently of
// the engine: the value of sig=, AccountKey= or SharedAccessKey=.
func secretIn(text string) (int, int) {
	for _, k := range []string{"sig=", "AccountKey=", "SharedAccessKey="} {
		i := strings.Index(text, k)
		if i < 0 || (k == "sig=" && i > 0 && text[i-1] != '?' && text[i-1] != '&' && text[i-1] != ' ' && text[i-1] != '=') {
			continue
		}
		s := i + len(k)
		e := strings.IndexAny(text[s:], "&;")
		if e < 0 {
			return s, len(text)
		}
		return s, s + e
	}
	return -1, -1
}

func TestFixCases(t *testing.T) {
	for _, c := range loadFixCases(t) {
		t.Run(c.name, func(t *testing.T) {
			f := c.handFinding(t)
			fixes := Fixes(c.config(), rules.LanguageOf(c.path), c.src, &f)
			c.check(t, f, fixes)
		})
	}
}

// TestFixCasesThroughEngine runs the same cases through rules.Engine.Scan: the
// engine must report the token with the spans the fixes assume and attach
// the same fixes.
func TestFixCasesThroughEngine(t *testing.T) {
	now := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	for _, c := range loadFixCases(t) {
		t.Run(c.name, func(t *testing.T) {
			eng := rules.NewEngine(c.config(), rules.Options{Now: func() time.Time { return now }})
			got := eng.Scan(c.path, c.src)
			Attach(eng.Config(), c.path, c.src, got)
			want := c.handFinding(t)
			if len(got) != 1 {
				t.Fatalf("Scan found %d findings, want 1 (%s at %v)", len(got), c.sample.ID, want.Span)
			}
			if got[0].Span != want.Span || got[0].SecretSpan != want.SecretSpan {
				t.Fatalf("Scan spans %v/%v, want %v/%v", got[0].Span, got[0].SecretSpan, want.Span, want.SecretSpan)
			}
			wantFixes := Fixes(c.config(), rules.LanguageOf(c.path), c.src, &got[0])
			if diff := cmp.Diff(withoutEnvValues(wantFixes), withoutEnvValues(got[0].Fixes)); diff != "" {
				t.Errorf("Scan's fixes differ from Fixes (-want +got):\n%s", diff)
			}
			for i := range wantFixes {
				if i < len(got[0].Fixes) && got[0].Fixes[i].EnvValue != wantFixes[i].EnvValue {
					t.Errorf("Scan's %s fix has another EnvValue than Fixes computes", wantFixes[i].Kind)
				}
			}
			if !*updateFix {
				c.check(t, got[0], got[0].Fixes)
			}
			// After any fix but suppress, the engine finds nothing more: the
			// token is gone or its secret reads as a placeholder.
			for _, fx := range got[0].Fixes {
				out, err := ApplyEdits(c.src, fx.Edits)
				if err != nil {
					t.Fatal(err)
				}
				if fx.Kind == rules.FixSuppress {
					// The comment is seen, but an empty reason does not
					// suppress: the finding stands with a note, and a
					// reason filled in suppresses it.
					again := eng.Scan(c.path, out)
					if len(again) != 1 || len(again[0].Notes) == 0 {
						t.Errorf("after the suppress fix Scan reports %d findings, want 1 with a note asking for a reason", len(again))
					}
					filled := bytes.Replace(out, []byte(`reason=""`), []byte(`reason="test fixture"`), 1)
					if again := eng.Scan(c.path, filled); len(again) != 0 {
						t.Errorf("with a reason filled in, the suppression does not suppress")
					}
					continue
				}
				if again := eng.Scan(c.path, out); len(again) != 0 {
					t.Errorf("after the %s fix Scan still reports %s at %d:%d", fx.Kind, again[0].Rule, again[0].Start.Line, again[0].Start.Col)
				}
			}
		})
	}
}

func (c *fixCase) check(t *testing.T, f rules.Finding, fixes []rules.Fix) {
	t.Helper()
	secret := c.sample.Text[f.SecretSpan.Start-f.Span.Start : f.SecretSpan.End-f.Span.Start]
	byKind := map[rules.FixKind]rules.Fix{}
	var titles strings.Builder
	for _, fx := range fixes {
		if _, dup := byKind[fx.Kind]; dup {
			t.Errorf("two %s fixes", fx.Kind)
		}
		byKind[fx.Kind] = fx

		// No secret in anything that leaves the process.
		js, _ := json.Marshal(fx)
		if strings.Contains(string(js), secret) || strings.Contains(fx.Title, secret) {
			t.Errorf("%s fix carries the secret: %s", fx.Kind, js)
		}
		for i, e := range fx.Edits {
			if i > 0 && (e.Start < fx.Edits[i-1].End) {
				t.Errorf("%s fix: edits not sorted or overlapping: %+v", fx.Kind, fx.Edits)
			}
		}
		switch fx.Kind {
		case rules.FixEnv, rules.FixDotenv:
			if fx.EnvValue != c.sample.Text {
				t.Errorf("%s fix: EnvValue is not the token (len %d, want %d)", fx.Kind, len(fx.EnvValue), len(c.sample.Text))
			}
			if !validEnvName(fx.EnvName) {
				t.Errorf("%s fix: bad EnvName %q", fx.Kind, fx.EnvName)
			}
		default:
			if fx.EnvName != "" || fx.EnvValue != "" {
				t.Errorf("%s fix sets EnvName/EnvValue", fx.Kind)
			}
		}
	}
	// Titles in a fixed order; which comes first is checked below.
	for _, k := range []rules.FixKind{rules.FixEnv, rules.FixDotenv, rules.FixRedact, rules.FixSuppress} {
		if fx, ok := byKind[k]; ok {
			fmt.Fprintf(&titles, "%s: %s", fx.Kind, fx.Title)
			if fx.EnvName != "" {
				fmt.Fprintf(&titles, " [%s]", fx.EnvName)
			}
			titles.WriteString("\n")
		}
	}
	// Preferred first: move a live secret out of the code; redact a dead one.
	want := rules.FixEnv
	if f.Expired {
		want = rules.FixRedact
	}
	if len(fixes) > 0 && fixes[0].Kind != want && !c.absent[want] {
		t.Errorf("first fix is %s, want %s", fixes[0].Kind, want)
	}

	results := map[string][]byte{"titles": []byte(titles.String())}
	for _, k := range fixKinds {
		fx, ok := byKind[k]
		if c.absent[k] {
			if ok {
				t.Errorf("%s fix offered (%q), want none", k, fx.Title)
			}
			continue
		}
		if !ok {
			t.Errorf("no %s fix", k)
			continue
		}
		out, err := ApplyEdits(c.src, fx.Edits)
		if err != nil {
			t.Errorf("%s fix: %v", k, err)
			continue
		}
		if k != rules.FixSuppress && bytes.Contains(out, []byte(secret)) {
			t.Errorf("%s fix leaves the secret in the file", k)
		}
		results[string(k)] = out
	}
	if *updateFix {
		c.update(t, results)
		return
	}
	for name, got := range results {
		// Compare with the placeholder in place, so a failure never
		// prints the secret.
		got = bytes.ReplaceAll(got, []byte(c.sample.Text), []byte("{{"+c.sample.ID+"}}"))
		want := c.section(name)
		if want == nil {
			t.Errorf("no -- %s -- section (run go test -run TestFixCases -update)", name)
			continue
		}
		if diff := cmp.Diff(string(want), string(got)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", name, diff)
		}
	}
}

// withoutEnvValues blanks EnvValue so a diff cannot print a secret.
func withoutEnvValues(fixes []rules.Fix) []rules.Fix {
	out := append([]rules.Fix(nil), fixes...)
	for i := range out {
		out[i].EnvValue = ""
	}
	return out
}

func (c *fixCase) update(t *testing.T, results map[string][]byte) {
	t.Helper()
	ar := &txtar.Archive{Comment: c.ar.Comment}
	for _, f := range c.ar.Files {
		if f.Name == c.path {
			ar.Files = append(ar.Files, f)
		}
	}
	secret := c.sample.Text
	for _, name := range []string{"env", "dotenv", "redact", "suppress", "titles"} {
		data, ok := results[name]
		if !ok {
			continue
		}
		// Keep the placeholder where a fix left the token in place.
		data = bytes.ReplaceAll(data, []byte(secret), []byte("{{"+c.sample.ID+"}}"))
		ar.Files = append(ar.Files, txtar.File{Name: name, Data: data})
	}
	if err := os.WriteFile(filepath.Join("testdata", "fix", c.name+".txtar"), txtar.Format(ar), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestFixedCodeParses runs the language's own parser over each case's
// source and over the file after each fix, where a parser is at hand:
// go/parser for Go, python3's ast for Python, node --check for JavaScript,
// bash -n for shell, encoding/json for JSON.
func TestFixedCodeParses(t *testing.T) {
	for _, c := range loadFixCases(t) {
		check, ok := parseCheckers[rules.LanguageOf(c.path)]
		if !ok {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			if err := check(t, c.src); err != nil {
				t.Fatalf("the case's own source does not parse: %v", err)
			}
			f := c.handFinding(t)
			for _, fx := range Fixes(c.config(), rules.LanguageOf(c.path), c.src, &f) {
				out, err := ApplyEdits(c.src, fx.Edits)
				if err != nil {
					t.Fatal(err)
				}
				if err := check(t, out); err != nil {
					t.Errorf("after the %s fix the file does not parse: %v\n%s", fx.Kind, err, out)
				}
			}
		})
	}
}

var parseCheckers = map[rules.Language]func(*testing.T, []byte) error{
	rules.LangGo: func(_ *testing.T, src []byte) error {
		_, err := parser.ParseFile(token.NewFileSet(), "x.go", src, parser.AllErrors)
		return err
	},
	rules.LangJSON: func(_ *testing.T, src []byte) error {
		if !json.Valid(src) {
			return fmt.Errorf("invalid JSON")
		}
		return nil
	},
	rules.LangPython: func(t *testing.T, src []byte) error {
		return runChecker(t, "python3", []string{"-c", "import ast,sys; ast.parse(sys.stdin.read())"}, src, "")
	},
	rules.LangJavaScript: func(t *testing.T, src []byte) error {
		return runChecker(t, "node", []string{"--check"}, src, ".js")
	},
	rules.LangShell: func(t *testing.T, src []byte) error {
		return runChecker(t, "bash", []string{"-n"}, src, ".sh")
	},
}

// runChecker feeds src to a checker, on stdin or as a temp file with ext.
// A missing tool skips the test.
func runChecker(t *testing.T, tool string, args []string, src []byte, ext string) error {
	t.Helper()
	bin, err := exec.LookPath(tool)
	if err != nil {
		t.Skipf("%s is not installed: install it (apt-get install -y %s) to check that fixed code parses", tool, tool)
	}
	cmd := exec.Command(bin, args...)
	if ext == "" {
		cmd.Stdin = bytes.NewReader(src)
	} else {
		f := filepath.Join(t.TempDir(), "check"+ext)
		if err := os.WriteFile(f, src, 0o644); err != nil {
			t.Fatal(err)
		}
		cmd.Args = append(cmd.Args, f)
	}
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("%v: %s", err, out)
	}
	return nil
}

// FuzzFixes puts a real token into arbitrary text in every language: fixes
// must never panic, edit outside the content, overlap, or write the secret.
func FuzzFixes(f *testing.F) {
	for _, c := range []string{"x = \"T\"\n", "# T\n", "`a ${b} T`", "@\"\"T\"\"\"", "'T", "\"\"\"\nT", "import os\nT", "package p\nconst (\n\tA = \"T\"\n)", "<#\nT", "a: 'T'", "{\"cells\":[{\"cell_type\":\"code\",\"source\":[\"x = \\\"T\\\"\\n\"]}],\"metadata\":{\"kernelspec\":{\"language\":\"python\"}}}", "{\"A\":{\"B\":\"T\"}}", "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - env:\n    - name: X\n      value: T\n", "FROM a\nRUN curl 'T'\n", "[s]\nk = T\n"} {
		f.Add(c, uint8(0))
	}
	tok := fixSamples(f)["t001"]
	ss, se := secretIn(tok.Text)
	secret := tok.Text[ss:se]
	langs := []rules.Language{rules.LangPython, rules.LangJavaScript, rules.LangTypeScript, rules.LangGo, rules.LangCSharp, rules.LangJava, rules.LangShell, rules.LangPowerShell, rules.LangYAML, rules.LangDotenv, rules.LangDockerfile, rules.LangTerraform, rules.LangTFVars, rules.LangMarkdown, rules.LangJSON, rules.LangHTML, rules.LangGeneric, rules.LangAppSettings, rules.LangINI, rules.LangNotebook, rules.LangXML}
	f.Fuzz(func(t *testing.T, text string, li uint8) {
		if strings.Count(text, "T") != 1 || strings.Contains(text, secret) {
			return
		}
		src := []byte(strings.Replace(text, "T", tok.Text, 1))
		i := strings.Index(text, "T")
		fd := rules.Finding{Kind: tok.Kind, Span: rules.Span{Start: i, End: i + len(tok.Text)}, SecretSpan: rules.Span{Start: i + ss, End: i + se}, Facts: rules.Facts{Account: tok.Account}}
		for _, fx := range Fixes(nil, langs[int(li)%len(langs)], src, &fd) {
			if _, err := ApplyEdits(src, fx.Edits); err != nil {
				t.Fatalf("%s: %v", fx.Kind, err)
			}
			for _, e := range fx.Edits {
				if strings.Contains(e.NewText, secret) || strings.Contains(fx.Title, secret) {
					t.Fatalf("%s fix writes the secret", fx.Kind)
				}
			}
		}
	})
}
