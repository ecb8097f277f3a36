package config

import (
	"fmt"
	"strings"
	"testing"
)

// nestedConfig is a value nested depth levels deep in inline tables: about
// 4 bytes a level (a={a={…}}).
func nestedConfig(depth int) []byte {
	return []byte("[env]\ntemplate = \"X\"\n[policy]\nx = " + strings.Repeat("{a=", depth) + "1" + strings.Repeat("}", depth) + "\n")
}

// rulesConfig is n valid [[rules]] entries.
func rulesConfig(n int) []byte {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "[[rules]]\nid = \"r%d\"\nregex = '''tok%d_[a-z]{8}'''\nkeywords = [\"tok%d_\"]\nexamples = [\"tok%d_abcdefgh\"]\n\n", i, i, i, i)
	}
	return []byte(b.String())
}

// BenchmarkParseNested: 20 KB of nested inline tables (issue 10: 1 GB).
func BenchmarkParseNested(b *testing.B) {
	data := nestedConfig(5000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		_, _ = Parse("x.toml", data)
	}
}

// BenchmarkParseRules loads 1,000 and 4,000 custom rules: the time per
// rule must not grow with their number.
func BenchmarkParseRules(b *testing.B) {
	for _, n := range []int{1000, 4000} {
		data := rulesConfig(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse("x.toml", data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
