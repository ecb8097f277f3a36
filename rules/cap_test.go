package rules

import (
	"regexp"
	"strings"
	"testing"
	"time"
)

// matchEverything is a config whose custom rule matches every word: what a
// hostile or careless committed config can do.
func matchEverything() *Config {
	c := DefaultConfig()
	c.Rules = []CustomRule{{ID: "everything", Regex: regexp.MustCompile(`[a-z0-9]+`), Severity: SeverityError}}
	return c
}

// TestFindingsPerFileAreCapped: a match-everything custom rule yields at
// most MaxFindings+1 findings per file, so a caller can tell it overflowed
// and say so, in bounded memory.
func TestFindingsPerFileAreCapped(t *testing.T) {
	e := NewEngine(matchEverything(), Options{Now: func() time.Time { return corpusClock }})
	content := []byte(strings.Repeat("abcdefgh\n", 3*MaxFindings))
	got := len(e.Scan("x.txt", content))
	if got != MaxFindings+1 {
		t.Errorf("%d findings, want %d (the cap and one more to say it was reached)", got, MaxFindings+1)
	}
}

// BenchmarkMatchEverything: 100,000 lines under a match-everything custom
// rule (issue 10: 100,000 findings and 1.3 GB before the cap).
func BenchmarkMatchEverything(b *testing.B) {
	e := NewEngine(matchEverything(), Options{Now: func() time.Time { return corpusClock }})
	content := []byte(strings.Repeat("abcdefgh\n", 100_000))
	b.SetBytes(int64(len(content)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = len(e.Scan("x.txt", content))
	}
	b.ReportMetric(float64(n), "findings")
}
