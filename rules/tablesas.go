package rules

// A SAS kept as a table's row, each signed field a column that the header
// names: a register of partner tokens in Markdown or a wiki export.
//
//	| partner | account | sv         | sp | se                   | sig       |
//	|---------|---------|------------|----|----------------------|-----------|
//	| North   | stdrop1 | 2022-11-02 | cw | 2027-12-15T12:00:00Z | `WdVM…=`  |
//
// Each data row under a header with a "sig" column is one candidate.

import (
	"bytes"
	"net/url"
)

// tableRowsReach is how many data rows under a SAS header are read.
const tableRowsReach = 48

// tableSigHeaderRows appends a hit at each data row of the table whose
// header holds "sig" (at h) as a whole cell, when the line after the
// header is a separator row (|---|---|).
func tableSigHeaderRows(c []byte, h int, hits []hit) []hit {
	b := skipSpaceBack(c, h)
	e := h + 3
	for e < len(c) && (c[e] == ' ' || c[e] == '\t') {
		e++
	}
	if b == 0 || c[b-1] != '|' || e >= len(c) || c[e] != '|' {
		return hits
	}
	next := lineEnd(c, h) + 1
	if next >= len(c) || !separatorRow(c[next:lineEnd(c, next)]) {
		return hits
	}
	for n, l := 0, lineEnd(c, next)+1; n < tableRowsReach && l < len(c); n++ {
		row := bytes.TrimSpace(c[l:lineEnd(c, l)])
		if len(row) == 0 || row[0] != '|' {
			break
		}
		hits = append(hits, hit{l, formTableRow})
		l = lineEnd(c, l) + 1
	}
	return hits
}

// separatorRow reports whether line is a Markdown table's separator row.
func separatorRow(line []byte) bool {
	line = bytes.TrimSpace(line)
	return len(line) >= 3 && line[0] == '|' && bytes.Trim(line, "|-: \t") == nil && bytes.Count(line, []byte("-")) >= 3
}

// readTableRow reads the SAS in the table row starting at view position
// vi, its fields named by the table's header two lines up or more.
func readTableRow(v *view, vi int) (secretToken, bool) {
	t := v.text
	// The header: the first of the '|' lines above, the separator under it.
	hs := vi
	for hs > 0 {
		p := lineStart(t, hs-1)
		if l := bytes.TrimSpace(t[p:lineEnd(t, p)]); len(l) == 0 || l[0] != '|' {
			break
		}
		hs = p
	}
	names := tableCells(t, hs)
	cells := tableCells(t, vi)
	if len(names) != len(cells) || len(cells) < 3 {
		return secretToken{}, false
	}
	var q []string
	var sig Span
	for i, n := range names {
		name, _ := sasFieldName(t[n.Start:n.End])
		if name == "" {
			continue
		}
		value := string(t[cells[i].Start:cells[i].End])
		if name == "sig" {
			sig = cells[i]
		}
		q = append(q, name+"="+url.QueryEscape(percentDecode(value)))
	}
	if sig.End == 0 {
		return secretToken{}, false
	}
	return queryToken(v, t, q, Span{vi, lineEnd(t, vi)}, sig, vi)
}

// tableCells returns the cells of the table row at ls, their text without
// padding and code backticks.
func tableCells(t []byte, ls int) []Span {
	le := lineEnd(t, ls)
	var cells []Span
	s := bytes.IndexByte(t[ls:le], '|')
	if s < 0 {
		return nil
	}
	for p := ls + s + 1; p < le; {
		e := p + bytes.IndexByte(t[p:le], '|')
		if e < p {
			break
		}
		a, b := p, e
		for a < b && (t[a] == ' ' || t[a] == '\t' || t[a] == '`') {
			a++
		}
		for b > a && (t[b-1] == ' ' || t[b-1] == '\t' || t[b-1] == '`') {
			b--
		}
		cells = append(cells, Span{a, b})
		p = e + 1
	}
	return cells
}
