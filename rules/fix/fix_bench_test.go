package fix

import (
	"github.com/sasguard/sasguard/rules"
	"strings"
	"testing"
)

// BenchmarkFixes measures the fixes for 20 tokens spread over a 1 MB file,
// the language server's target document: what fixes add to every scan.
// "multiline-string" is the slow path: a token that looks bare in code on
// its line makes the lexer read the file from the top to find the literal.
func BenchmarkFixes(b *testing.B) {
	tok := fixSamples(b)["t001"]
	for _, bc := range []struct {
		name, lang, filler, line string
	}{
		{"python-literal", "app.py", "x = compute(1, 'a', \"b\")  # note\n", "URL = \"T\"\n"},
		{"python-comment", "app.py", "x = compute(1, 'a', \"b\")  # note\n", "# old: T\n"},
		{"python-multiline-string", "app.py", "x = compute(1, 'a', \"b\")  # note\n", "DOC = \"\"\"\nT\n\"\"\"\n"},
		{"go-literal", "main.go", "\tx := compute(1, \"a\", `b`) // note\n", "\tu := \"T\"\n"},
		{"yaml-plain", "ci.yml", "  key: value # note\n", "  url: T\n"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			var sb strings.Builder
			if bc.lang == "main.go" {
				sb.WriteString("package main\n\nimport \"fmt\"\n\nfunc main() {\n")
			}
			const size, tokens = 1 << 20, 20
			var spans []rules.Span
			for sb.Len() < size {
				for i := 0; i < size/tokens/len(bc.filler); i++ {
					sb.WriteString(bc.filler)
				}
				at := sb.Len() + strings.Index(bc.line, "T")
				sb.WriteString(strings.Replace(bc.line, "T", tok.Text, 1))
				spans = append(spans, rules.Span{Start: at, End: at + len(tok.Text)})
			}
			content := []byte(sb.String())
			ss, se := secretIn(tok.Text)
			findings := make([]rules.Finding, len(spans))
			for i, s := range spans {
				findings[i] = rules.Finding{Kind: tok.Kind, Span: s, SecretSpan: rules.Span{Start: s.Start + ss, End: s.Start + se}, Facts: rules.Facts{Account: tok.Account}}
			}
			lang := rules.LanguageOf(bc.lang)
			b.SetBytes(int64(len(content)))
			b.ResetTimer()
			for n := 0; n < b.N; n++ {
				for i := range findings {
					if len(Fixes(nil, lang, content, &findings[i])) == 0 {
						b.Fatal("no fixes")
					}
				}
			}
		})
	}
}
