package fix

import (
	"fmt"
	"github.com/sasguard/sasguard/rules"
)

// ApplyEdits returns content with edits applied. Edits are offsets into the
// original content; they must be sorted and must not overlap (insertions at
// one offset apply in order), as every rules.Fix's edits are. A bad edit is an
// error and content is returned untouched, never half-edited.
func ApplyEdits(content []byte, edits []rules.Edit) ([]byte, error) {
	prev := 0
	size := len(content)
	for i, e := range edits {
		if e.Start < prev || e.End < e.Start || e.End > len(content) {
			return content, fmt.Errorf("edit %d [%d,%d) is out of order, overlapping or outside the content (%d bytes)", i, e.Start, e.End, len(content))
		}
		prev = e.End
		size += len(e.NewText) - (e.End - e.Start)
	}
	out := make([]byte, 0, size)
	prev = 0
	for _, e := range edits {
		out = append(out, content[prev:e.Start]...)
		out = append(out, e.NewText...)
		prev = e.End
	}
	return append(out, content[prev:]...), nil
}

// CombineFixes joins several fixes on one content into one edit list for
// "fix all": edits shared by several fixes (the same import added for two
// tokens) are kept once; a fix with an edit that overlaps one already taken
// is left out whole, and its index returned in skipped, so no fix is ever
// half applied. The result is sorted for ApplyEdits.
func CombineFixes(fixes []rules.Fix) (edits []rules.Edit, skipped []int) {
	for i, f := range fixes {
		var add []rules.Edit
		ok := true
		for _, e := range f.Edits {
			dup := false
			for _, t := range edits {
				if t == e {
					dup = true
					break
				}
				if overlaps(t, e) {
					ok = false
					break
				}
			}
			if !ok {
				break
			}
			if !dup {
				add = append(add, e)
			}
		}
		if !ok {
			skipped = append(skipped, i)
			continue
		}
		edits = append(edits, add...)
	}
	return sortEdits(edits), skipped
}

// overlaps reports whether two edits touch the same bytes. Insertions
// overlap only a replacement that strictly surrounds them; a replacement and
// an insertion at the same offset replace one another's text, so they too
// count as overlapping.
func overlaps(a, b rules.Edit) bool {
	if a.Start == a.End && b.Start == b.End {
		return false
	}
	if a.Start == a.End {
		return b.Start <= a.Start && a.Start < b.End
	}
	if b.Start == b.End {
		return a.Start <= b.Start && b.Start < a.End
	}
	return a.Start < b.End && b.Start < a.End
}
