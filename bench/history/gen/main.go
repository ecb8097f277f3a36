// Command gen writes a deterministic history of a few thousand commits as
// a `git fast-import` stream, for bench/history/run.sh: Go-like source
// files edited a few lines at a time, side branches merged back, renames,
// and tokens minted from rules/testdata/sas-tokens.json planted in added,
// modified, renamed, merged and later-deleted files.
//
// usage: go run ./bench/history/gen -commits 3000 -tokens rules/testdata/sas-tokens.json | git fast-import
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"sort"
	"strings"
)

func main() {
	commits := flag.Int("commits", 3000, "commits on main (merged side branches add more)")
	tokensFile := flag.String("tokens", "rules/testdata/sas-tokens.json", "sample tokens to mint planted tokens from")
	flag.Parse()
	samples, err := loadSamples(*tokensFile)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(2)
	}
	g := &gen{
		rng:     rand.New(rand.NewPCG(1, 2)),
		w:       bufio.NewWriterSize(os.Stdout, 1<<20),
		files:   map[string][]string{},
		samples: samples,
		time:    1700000000,
	}
	g.run(*commits)
	if err := g.w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "gen: %d commits, %d tokens planted\n", g.mark, g.planted)
}

func loadSamples(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f struct{ Samples []struct{ Kind, Text string } }
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, err
	}
	var out []string
	for _, s := range f.Samples {
		if strings.Contains(s.Text, "sig=") || strings.Contains(s.Text, "AccountKey=") {
			out = append(out, s.Text)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no sample with sig= or AccountKey=", path)
	}
	return out, nil
}

type gen struct {
	rng     *rand.Rand
	w       *bufio.Writer
	files   map[string][]string
	samples []string
	mark    int
	time    int64
	planted int
	main    int // mark of main's tip
}

const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

// mint makes a new token of a sample's shape: its secret's first 8
// characters replaced, so each planted token has its own fingerprint.
func (g *gen) mint() string {
	tok := g.samples[g.rng.IntN(len(g.samples))]
	for _, key := range []string{"sig=", "AccountKey="} {
		if i := strings.Index(tok, key); i >= 0 {
			b := []byte(tok)
			for j := i + len(key); j < i+len(key)+8 && j < len(b); j++ {
				b[j] = alnum[g.rng.IntN(len(alnum))]
			}
			g.planted++
			return string(b)
		}
	}
	return tok
}

func (g *gen) line() string {
	words := []string{"ctx", "err", "value", "result", "buf", "n", "item", "node", "key", "name", "opts", "conf"}
	switch g.rng.IntN(6) {
	case 0:
		return fmt.Sprintf("\tif %s != nil {", words[g.rng.IntN(len(words))])
	case 1:
		return fmt.Sprintf("\t%s := %s(%s, %d)", words[g.rng.IntN(len(words))], words[g.rng.IntN(len(words))], words[g.rng.IntN(len(words))], g.rng.IntN(1000))
	case 2:
		return "\t}"
	case 3:
		return fmt.Sprintf("\t// %s the %s before %s", words[g.rng.IntN(len(words))], words[g.rng.IntN(len(words))], words[g.rng.IntN(len(words))])
	case 4:
		return fmt.Sprintf("\treturn %s, fmt.Errorf(\"%s: %%w\", err)", words[g.rng.IntN(len(words))], words[g.rng.IntN(len(words))])
	}
	return fmt.Sprintf("\tfor i := 0; i < len(%s); i++ { %s[i] = %d }", words[g.rng.IntN(len(words))], words[g.rng.IntN(len(words))], g.rng.IntN(100))
}

func (g *gen) newFile() []string {
	n := 60 + g.rng.IntN(120)
	lines := []string{"package p", ""}
	for len(lines) < n {
		lines = append(lines, g.line())
	}
	return lines
}

func (g *gen) paths() []string {
	ps := make([]string, 0, len(g.files))
	for p := range g.files {
		ps = append(ps, p)
	}
	sort.Strings(ps)
	return ps
}

// commit writes one commit on ref from parents with the changes ops makes.
func (g *gen) commit(ref, msg string, parents []int, ops func(m *changes)) int {
	m := &changes{}
	ops(m)
	g.mark++
	g.time += 60 + int64(g.rng.IntN(3600))
	fmt.Fprintf(g.w, "commit %s\nmark :%d\ncommitter Bench <bench@example.invalid> %d +0000\ndata %d\n%s\n", ref, g.mark, g.time, len(msg), msg)
	for i, p := range parents {
		if i == 0 {
			fmt.Fprintf(g.w, "from :%d\n", p)
		} else {
			fmt.Fprintf(g.w, "merge :%d\n", p)
		}
	}
	for _, d := range m.deleted {
		fmt.Fprintf(g.w, "D %s\n", d)
	}
	for _, p := range m.touched {
		if lines, ok := g.files[p]; ok {
			body := strings.Join(lines, "\n") + "\n"
			fmt.Fprintf(g.w, "M 100644 inline %s\ndata %d\n%s\n", p, len(body), body)
		}
	}
	return g.mark
}

type changes struct{ touched, deleted []string }

func (g *gen) edit(m *changes, p string) {
	lines := g.files[p]
	for k := 1 + g.rng.IntN(4); k > 0; k-- {
		at := 2 + g.rng.IntN(len(lines)-1)
		switch g.rng.IntN(3) {
		case 0: // replace a line
			if at < len(lines) {
				lines[at] = g.line()
				break
			}
			fallthrough
		default: // insert
			lines = append(lines[:at], append([]string{g.line()}, lines[at:]...)...)
		}
	}
	g.files[p] = lines
	m.touched = append(m.touched, p)
}

func (g *gen) plant(m *changes, p string, split bool) {
	tok := g.mint()
	lines := g.files[p]
	at := 2 + g.rng.IntN(len(lines)-1)
	add := []string{fmt.Sprintf("\tconst endpoint = %q", tok)}
	if i := strings.Index(tok, "&sig="); split && i > 0 {
		add = []string{fmt.Sprintf("\tconst endpoint = %q +", tok[:i]), fmt.Sprintf("\t\t%q", tok[i:])}
	}
	g.files[p] = append(lines[:at], append(add, lines[at:]...)...)
	m.touched = append(m.touched, p)
}

func (g *gen) run(n int) {
	g.main = g.commit("refs/heads/main", "initial", nil, func(m *changes) {
		for i := 0; i < 200; i++ {
			p := fmt.Sprintf("pkg%02d/file%03d.go", i%20, i)
			g.files[p] = g.newFile()
			m.touched = append(m.touched, p)
		}
	})
	var doomed []string // files holding a token, deleted a few commits later
	for i := 1; i < n; i++ {
		switch {
		case i%50 == 0: // a side branch of three commits, merged back
			side := g.main
			var planted bool
			for k := 0; k < 3; k++ {
				side = g.commit("refs/heads/side", fmt.Sprintf("side %d.%d", i, k), []int{side}, func(m *changes) {
					ps := g.paths()
					g.edit(m, ps[g.rng.IntN(len(ps))])
					if !planted && i%100 == 0 {
						g.plant(m, ps[g.rng.IntN(len(ps))], false)
						planted = true
					}
				})
			}
			g.main = g.commit("refs/heads/main", fmt.Sprintf("merge side %d", i), []int{g.main, side}, func(m *changes) {
				if i%200 == 0 { // an evil merge: a token the merge adds itself
					ps := g.paths()
					g.plant(m, ps[g.rng.IntN(len(ps))], false)
				}
			})
		default:
			g.main = g.commit("refs/heads/main", fmt.Sprintf("change %d", i), []int{g.main}, func(m *changes) {
				ps := g.paths()
				for k := 1 + g.rng.IntN(3); k > 0; k-- {
					g.edit(m, ps[g.rng.IntN(len(ps))])
				}
				switch {
				case i%97 == 0: // a new file with a token, deleted later
					p := fmt.Sprintf("tmp/leak%04d.go", i)
					g.files[p] = g.newFile()
					g.plant(m, p, false)
					doomed = append(doomed, p)
				case i%89 == 0: // a token split across lines in a modified file
					g.plant(m, ps[g.rng.IntN(len(ps))], true)
				case i%71 == 0: // a rename
					from := ps[g.rng.IntN(len(ps))]
					to := strings.TrimSuffix(from, ".go") + fmt.Sprintf("_r%d.go", i)
					g.files[to] = g.files[from]
					delete(g.files, from)
					m.deleted = append(m.deleted, from)
					m.touched = append(m.touched, to)
				case i%61 == 0 && len(doomed) > 0:
					p := doomed[0]
					doomed = doomed[1:]
					delete(g.files, p)
					m.deleted = append(m.deleted, p)
				case i%13 == 0: // a new file
					p := fmt.Sprintf("pkg%02d/new%04d.go", i%20, i)
					g.files[p] = g.newFile()
					m.touched = append(m.touched, p)
				}
			})
		}
	}
}
