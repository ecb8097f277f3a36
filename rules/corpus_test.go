package rules

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The corpus under testdata/corpus is the red team's: realistic files in
// many languages, formats and encodings, each real token freshly minted with
// the Azure SDK for an account that does not exist (gen/ holds the Node
// generator; its output is committed and CI never runs it). A file's
// expectations sit next to it in <file>.want; a file without one must scan
// clean. The expectations say what a careful reviewer would flag, not what
// the engine happens to find, so there is no -update flag: regenerating them
// from the engine's output would bless its misses.
const corpusDir = "testdata/corpus"

// corpusClock is the reference time the generator graded expiry against.
var corpusClock = time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)

// corpusOutOfScope names directories of real secrets for services
// the kind registry (docs/contract.md) does not name (Cosmos DB, SignalR, Communication Services, App
// Configuration, Logic Apps). Whether the engine should report them is a
// scope decision, not a miss: TestCorpus leaves them out and
// TestCorpusOutOfScope checks only what holds either way.
const corpusOutOfScope = "out-of-scope"

// Floors that keep the test from passing on a corpus that went missing.
const (
	corpusMinFiles    = 150
	corpusMinFindings = 300
)

// corpusWant is one expected finding: the token starts on line first and ends on
// line last (equal unless the token is split across lines). fingerprint is
// the engine's fingerprint of the token's secret when the .want gives one: it
// tells two tokens on one line apart.
type corpusWant struct {
	first, last int
	kind        string
	severity    string
	fingerprint string
	note        string
}

var corpusWantLine = regexp.MustCompile(`^(\d+)(?:-(\d+))? (\S+) (error|warning|info)(?: ([0-9a-f]{32}))?: (.*)$`)

func parseCorpusWants(t *testing.T, name string, data []byte) []corpusWant {
	t.Helper()
	var ws []corpusWant
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		m := corpusWantLine.FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("%s:%d: want \"LINE[-LAST] KIND SEVERITY [FINGERPRINT]: note\", got %q", name, n, line)
		}
		first, _ := strconv.Atoi(m[1])
		last := first
		if m[2] != "" {
			last, _ = strconv.Atoi(m[2])
		}
		ws = append(ws, corpusWant{first: first, last: last, kind: m[3], severity: m[4], fingerprint: m[5], note: m[6]})
	}
	return ws
}

// corpusText decodes a file as `sasguard scan` does before the engine sees
// it (rules.DecodeText: UTF-16 with or without a BOM becomes UTF-8).
func corpusText(data []byte) ([]byte, error) {
	if text, ok := DecodeText(data); ok {
		return text, nil
	}
	return data, nil
}

// corpusProblem is one disagreement between the engine and a .want.
type corpusProblem struct {
	category string // missed, unexpected, wrong kind, wrong severity, wrong line
	file     string
	line     int
	text     string
}

func (p corpusProblem) String() string {
	return fmt.Sprintf("%s:%d: %s: %s", p.file, p.line, p.category, p.text)
}

func TestCorpus(t *testing.T) {
	eng := NewEngine(nil, Options{Now: func() time.Time { return corpusClock }})
	gaps := loadCorpusGaps(t)
	files, wantFiles := corpusFiles(t)
	var all []corpusProblem
	findings := 0
	for _, rel := range files {
		data, err := os.ReadFile(filepath.Join(corpusDir, rel))
		if err != nil {
			t.Fatal(err)
		}
		content, err := corpusText(data)
		if err != nil {
			t.Fatalf("%s: %v", rel, err)
		}
		var ws []corpusWant
		if wantFiles[rel+".want"] {
			wd, err := os.ReadFile(filepath.Join(corpusDir, rel+".want"))
			if err != nil {
				t.Fatal(err)
			}
			ws = parseCorpusWants(t, rel+".want", wd)
		}
		findings += len(ws)
		got := eng.Scan(rel, content)
		ps := gaps.filter(compareCorpus(rel, content, ws, got))
		all = append(all, ps...)
		t.Run(rel, func(t *testing.T) {
			for _, p := range ps {
				t.Error(p)
			}
		})
	}
	for w := range wantFiles {
		if !corpusHas(files, strings.TrimSuffix(w, ".want")) {
			t.Errorf("%s: expectations for a file that is not in the corpus", w)
		}
	}
	if len(files) < corpusMinFiles || findings < corpusMinFindings {
		t.Fatalf("corpus holds %d files and %d expected findings; want at least %d and %d (regenerate with testdata/corpus/gen)", len(files), findings, corpusMinFiles, corpusMinFindings)
	}
	t.Logf("corpus: %d files, %d expected findings", len(files), findings)
	gaps.check(t)
	if len(all) > 0 {
		t.Errorf("corpus: %d problems\n%s", len(all), corpusSummary(all))
	}
}

// corpusGaps are the problems listed in testdata/corpus-gaps.txt: logged,
// not failed. A listed gap that no longer occurs fails the test, so the
// list stays honest and only shrinks.
type corpusGaps struct {
	listed, seen map[string]bool
}

func loadCorpusGaps(t *testing.T) *corpusGaps {
	t.Helper()
	g := &corpusGaps{listed: map[string]bool{}, seen: map[string]bool{}}
	data, err := os.ReadFile("testdata/corpus-gaps.txt")
	if err != nil {
		return g
	}
	for _, line := range strings.Split(string(data), "\n") {
		line, _, _ = strings.Cut(line, "#")
		if line = strings.TrimSpace(line); line != "" {
			g.listed[line] = true
		}
	}
	return g
}

func (g *corpusGaps) filter(ps []corpusProblem) []corpusProblem {
	var rest []corpusProblem
	for _, p := range ps {
		category := p.category
		if strings.HasPrefix(category, "wrong kind") {
			category = "wrong kind"
		}
		if key := fmt.Sprintf("%s:%d: %s", p.file, p.line, category); g.listed[key] {
			g.seen[key] = true
			continue
		}
		rest = append(rest, p)
	}
	return rest
}

func (g *corpusGaps) check(t *testing.T) {
	t.Helper()
	for k := range g.listed {
		if !g.seen[k] {
			t.Errorf("known gap %q no longer occurs: remove it from testdata/corpus-gaps.txt", k)
		}
	}
	if len(g.seen) > 0 {
		t.Logf("corpus: %d known gaps (testdata/corpus-gaps.txt)", len(g.seen))
	}
}

// corpusFiles lists the case files (relative, slash-separated) and the
// .want files. Files directly in the corpus root and gen/ are not cases.
func corpusFiles(t *testing.T) (files []string, wants map[string]bool) {
	t.Helper()
	wants = map[string]bool{}
	err := filepath.WalkDir(corpusDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel := filepath.ToSlash(strings.TrimPrefix(p, corpusDir+string(filepath.Separator)))
		if d.IsDir() {
			if rel == "gen" || path.Base(rel) == corpusOutOfScope {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.Contains(rel, "/") {
			return nil // README, .gitattributes
		}
		if strings.HasSuffix(rel, ".want") {
			wants[rel] = true
		} else {
			files = append(files, rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	return files, wants
}

// compareCorpus pairs findings with expectations: first the same secret
// (fingerprint), reporting whatever else differs; then, for expectations
// without a fingerprint, exact matches (the finding overlaps the token's
// lines, same kind and severity), the same place with another severity or
// kind, and the same kind elsewhere. What is left is missed or unexpected.
func compareCorpus(rel string, content []byte, ws []corpusWant, got []Finding) []corpusProblem {
	usedW := make([]bool, len(ws))
	usedG := make([]bool, len(got))
	var ps []corpusProblem
	overlaps := func(w corpusWant, f Finding) bool { return f.Start.Line <= w.last && f.End.Line >= w.first }
	pass := func(match func(w corpusWant, f Finding) bool, report func(w corpusWant, f Finding)) {
		for i, w := range ws {
			if usedW[i] {
				continue
			}
			for j, f := range got {
				if usedG[j] || !match(w, f) {
					continue
				}
				usedW[i], usedG[j] = true, true
				if report != nil {
					report(w, f)
				}
				break
			}
		}
	}
	pass(func(w corpusWant, f Finding) bool { return w.fingerprint != "" && w.fingerprint == f.Fingerprint }, func(w corpusWant, f Finding) {
		switch {
		case !overlaps(w, f):
			ps = append(ps, corpusProblem{"wrong line", rel, w.first, fmt.Sprintf("%s found on line %d, want line %s (%s)", w.kind, f.Start.Line, corpusLines(w), w.note)})
		case f.Kind != w.kind:
			ps = append(ps, corpusProblem{"wrong kind", rel, w.first, fmt.Sprintf("reported as %s %s, want %s %s (%s)", f.Kind, f.Severity, w.kind, w.severity, w.note)})
		case f.Severity.String() != w.severity:
			ps = append(ps, corpusProblem{"wrong severity", rel, w.first, fmt.Sprintf("%s graded %s, want %s (%s)", w.kind, f.Severity, w.severity, w.note)})
		}
	})
	pass(func(w corpusWant, f Finding) bool {
		return overlaps(w, f) && f.Kind == w.kind && f.Severity.String() == w.severity
	}, nil)
	pass(func(w corpusWant, f Finding) bool { return overlaps(w, f) && f.Kind == w.kind }, func(w corpusWant, f Finding) {
		ps = append(ps, corpusProblem{"wrong severity", rel, w.first, fmt.Sprintf("%s graded %s, want %s (%s)", w.kind, f.Severity, w.severity, w.note)})
	})
	pass(overlaps, func(w corpusWant, f Finding) {
		ps = append(ps, corpusProblem{"wrong kind", rel, w.first, fmt.Sprintf("reported as %s %s, want %s %s (%s)", f.Kind, f.Severity, w.kind, w.severity, w.note)})
	})
	pass(func(w corpusWant, f Finding) bool { return f.Kind == w.kind }, func(w corpusWant, f Finding) {
		ps = append(ps, corpusProblem{"wrong line", rel, w.first, fmt.Sprintf("%s found on line %d, want line %s (%s)", w.kind, f.Start.Line, corpusLines(w), w.note)})
	})
	for i, w := range ws {
		if !usedW[i] {
			ps = append(ps, corpusProblem{"missed", rel, w.first, fmt.Sprintf("%s %s: %s | %s", w.kind, w.severity, w.note, corpusMaskLine(content, w.first))})
		}
	}
	for j, f := range got {
		if !usedG[j] {
			ps = append(ps, corpusProblem{"unexpected", rel, f.Start.Line, fmt.Sprintf("%s %s: %s", f.Kind, f.Severity, corpusMask(f.Redacted))})
		}
	}
	return ps
}

func corpusLines(w corpusWant) string {
	if w.first == w.last {
		return strconv.Itoa(w.first)
	}
	return fmt.Sprintf("%d-%d", w.first, w.last)
}

// corpusSummary groups problems by category and by the corpus directory they
// are in, so a run says at a glance what kind of case the engine fails.
func corpusSummary(ps []corpusProblem) string {
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].category != ps[j].category {
			return ps[i].category < ps[j].category
		}
		if ps[i].file != ps[j].file {
			return ps[i].file < ps[j].file
		}
		return ps[i].line < ps[j].line
	})
	var b strings.Builder
	counts := map[string]int{}
	for _, p := range ps {
		counts[p.category+" in "+path.Dir(p.file)]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "  %3d %s\n", counts[k], k)
	}
	for _, p := range ps {
		fmt.Fprintf(&b, "  %s\n", p)
	}
	return b.String()
}

// corpusSecretRun is anything long enough to be a signature or key, raw or
// percent-encoded.
var corpusSecretRun = regexp.MustCompile(`[A-Za-z0-9+/%]{20,}={0,2}`)

// corpusMask keeps the first four characters of every long base64-ish run:
// a failure message must never carry a whole secret.
func corpusMask(s string) string {
	return corpusSecretRun.ReplaceAllStringFunc(s, func(r string) string { return r[:4] + "****" })
}

// corpusMaskLine is the masked, clipped text of a 1-based line, for a miss.
func corpusMaskLine(content []byte, line int) string {
	lines := bytes.Split(content, []byte("\n"))
	if line < 1 || line > len(lines) {
		return ""
	}
	s := corpusMask(strings.TrimSpace(string(lines[line-1])))
	if r := []rune(s); len(r) > 140 {
		s = string(r[:140]) + "…"
	}
	return s
}

func corpusHas(list []string, s string) bool {
	i := sort.SearchStrings(list, s)
	return i < len(list) && list[i] == s
}

// BenchmarkCorpus scans every corpus file once per iteration: the engine's
// speed on realistic, token-dense files rather than on clean source.
func BenchmarkCorpus(b *testing.B) {
	eng := NewEngine(nil, Options{Now: func() time.Time { return corpusClock }})
	type file struct {
		rel     string
		content []byte
	}
	var files []file
	size := 0
	err := filepath.WalkDir(corpusDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			if d != nil && d.IsDir() && d.Name() == "gen" {
				return filepath.SkipDir
			}
			return err
		}
		rel := filepath.ToSlash(strings.TrimPrefix(p, corpusDir+string(filepath.Separator)))
		if !strings.Contains(rel, "/") || strings.HasSuffix(rel, ".want") {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		content, err := corpusText(data)
		if err != nil {
			return err
		}
		files = append(files, file{rel, content})
		size += len(content)
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		n := 0
		for _, f := range files {
			n += len(eng.Scan(f.rel, f.content))
		}
		if n == 0 {
			b.Fatal("no findings in the corpus")
		}
	}
}

// TestCorpusOutOfScope scans the out-of-scope secrets. The engine may or may
// not report them; whatever it reports must not carry the whole secret, and
// the log says what it reported so the scope decision is made on facts.
func TestCorpusOutOfScope(t *testing.T) {
	eng := NewEngine(nil, Options{Now: func() time.Time { return corpusClock }})
	dirs, err := filepath.Glob(filepath.Join(corpusDir, "*", corpusOutOfScope))
	if err != nil {
		t.Fatal(err)
	}
	if len(dirs) == 0 {
		t.Fatalf("no %s directory under %s", corpusOutOfScope, corpusDir)
	}
	for _, dir := range dirs {
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			rel := filepath.ToSlash(strings.TrimPrefix(filepath.Join(dir, e.Name()), corpusDir+string(filepath.Separator)))
			content, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			t.Run(rel, func(t *testing.T) {
				secrets := corpusSecretRun.FindAll(content, -1)
				for _, f := range eng.Scan(rel, content) {
					t.Logf("%s:%d: reported as %s %s: %s", rel, f.Start.Line, f.Kind, f.Severity, corpusMask(f.Redacted))
					for _, s := range secrets {
						if len(s) >= 32 && (strings.Contains(f.Redacted, string(s)) || strings.Contains(f.Message, string(s))) {
							t.Errorf("%s:%d: %s finding carries a whole secret (%s)", rel, f.Start.Line, f.Kind, corpusMask(string(s)))
						}
					}
				}
			})
		}
	}
}
