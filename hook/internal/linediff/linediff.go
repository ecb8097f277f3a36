// Package linediff says which lines of a new version of a file were added or
// changed relative to an old version, so the hook reports only findings on
// lines a commit introduces while the engine still sees the whole file.
package linediff

import (
	"bytes"
	"sort"
	"time"

	"github.com/go-git/go-git/v5/utils/diff"
	"github.com/sergi/go-diff/diffmatchpatch"
)

// Range is an inclusive range of 1-based line numbers.
type Range struct{ First, Last int }

// Lines is a sorted set of added lines. A nil Lines with All set means
// every line counts as added (a new file).
type Lines struct {
	All    bool
	Ranges []Range // sorted, non-overlapping
}

// AllLines is the set for a new file.
var AllLines = Lines{All: true}

// Touches reports whether any line in [first, last] is in the set.
func (l Lines) Touches(first, last int) bool {
	if l.All {
		return true
	}
	i := sort.Search(len(l.Ranges), func(i int) bool { return l.Ranges[i].Last >= first })
	return i < len(l.Ranges) && l.Ranges[i].First <= last
}

// Empty reports whether no line was added.
func (l Lines) Empty() bool { return !l.All && len(l.Ranges) == 0 }

// Intersect keeps the lines present in both sets: for a merge, a line is new
// only if it is new relative to every parent.
func (l Lines) Intersect(o Lines) Lines {
	switch {
	case l.All:
		return o
	case o.All:
		return l
	}
	var out []Range
	i, j := 0, 0
	for i < len(l.Ranges) && j < len(o.Ranges) {
		a, b := l.Ranges[i], o.Ranges[j]
		lo, hi := max(a.First, b.First), min(a.Last, b.Last)
		if lo <= hi {
			out = append(out, Range{lo, hi})
		}
		if a.Last < b.Last {
			i++
		} else {
			j++
		}
	}
	return Lines{Ranges: out}
}

// timeout bounds the diff of pathological inputs. When it runs out the
// differ reports the rest as replaced, so more lines count as added: the
// hook errs towards checking too much, never too little.
const timeout = 2 * time.Second

// Added returns the lines of new that are not matched to lines of old, and
// the share of lines the two versions have in common (0 to 1), which the
// caller uses to decide whether a delete and an add are one rename.
func Added(old, new []byte) (Lines, float64) {
	if len(old) == 0 {
		return AllLines, 0
	}
	if bytes.Equal(old, new) {
		return Lines{}, 1
	}
	diffs := diff.DoWithTimeout(string(old), string(new), timeout)
	var out Lines
	line, common := 1, 0
	for _, d := range diffs {
		n := countLines(d.Text)
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			common += n
			line += n
		case diffmatchpatch.DiffInsert:
			if n > 0 {
				r := Range{line, line + n - 1}
				if k := len(out.Ranges); k > 0 && out.Ranges[k-1].Last+1 >= r.First {
					out.Ranges[k-1].Last = r.Last
				} else {
					out.Ranges = append(out.Ranges, r)
				}
			}
			line += n
		}
	}
	total := countLines(string(old)) + countLines(string(new))
	return out, 2 * float64(common) / float64(total)
}

// countLines counts lines the way the differ splits them: each "\n" ends
// one, and a final line without "\n" counts too.
func countLines(s string) int {
	if s == "" {
		return 0
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			n++
		}
	}
	if s[len(s)-1] != '\n' {
		n++
	}
	return n
}
