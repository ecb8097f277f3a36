package rules

import (
	"strings"
	"testing"
)

// TestTokenBoundaries: every sample is found whatever realistic character
// stands before and after it (quotes, brackets, separators, prose
// punctuation, line ends), and nothing of the neighbour leaks into it.
func TestTokenBoundaries(t *testing.T) {
	e := testEngine(t, nil)
	before := []string{"", " ", "\t", "\n", "\"", "'", "`", "(", "[", "{", "<", "=", ": ", ",", ";", "|", ">", "* ", "- ", "# ", "url=", "\\\"", "&quot;"}
	after := []string{"", " ", "\t", "\n", "\r\n", "\"", "'", "`", ")", "]", "}", ">", ",", ", ", ".", ". ", "|", "!", "?", " ", "\\\"", "&quot;", "</a>", "\\n"}
	for _, s := range loadSamples(t).Samples {
		for _, b := range before {
			for _, a := range after {
				if strings.HasSuffix(a, ";") && strings.Contains(s.Text, ";") {
					continue
				}
				content := "text " + b + s.Text + a + " more\n"
				fs := e.Scan("notes.txt", []byte(content))
				if len(fs) != 1 || fs[0].Kind != s.Kind {
					t.Errorf("%s between %q and %q: got %d findings", s.ID, b, a, len(fs))
					continue
				}
				if sig := sampleSecret(s); !strings.Contains(percentDecode(content[fs[0].SecretSpan.Start:fs[0].SecretSpan.End]), sig[:20]) {
					t.Errorf("%s between %q and %q: secret span is off", s.ID, b, a)
				}
			}
		}
	}
}
