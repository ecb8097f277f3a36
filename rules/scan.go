package rules

// The detection pipeline, in order (doc.go lists each stage's file):
//
//	1 candidates  marker hits, base64 wrappers, custom rules' keywords
//	2 views       readings of the text around a hit, cheapest first
//	3 assemble    the reader of the hit's form builds a token from a view
//	4 validate    real secrets only: no placeholders, fakes, test vectors
//	5 facts       what the token says, as a Finding
//	6 grade       severity and message, allowlist, suppressions, baseline

import (
	"bytes"
	"errors"
	"io"
	"sort"
	"time"
)

// allTokens is stages 1 to 4 over every reading of content: as written,
// inside base64, hex and byte-array wrappers (in data files and C-like
// source, not the six languages holdsEncodedValues names), and the
// team's custom rules' matches, in order of position.
func (e *Engine) allTokens(path string, content []byte) []secretToken {
	var dumps *[]int // hex dump anchors, found with the markers
	if holdsEncodedValues(path) {
		dumps = new([]int)
	}
	toks := detectAndDumps(content, dumps)
	// Base64 runs and hex dumps are decoded in data files and in source
	// other than the six languages whose literals are read through their
	// decode calls (base64call.go); byte array literals holding text
	// (firmware keeps a connection string as {0x48, …} in a C header) in
	// the source that writes them: one more pass over every text file
	// would cost a fifth of the scan.
	var wrappers []wrapper
	if holdsEncodedValues(path) {
		wrappers = append(base64Wrappers(content), hexWrappers(content, *dumps)...)
	}
	if byteArraySource(path) {
		wrappers = append(wrappers, byteArrays(content)...)
	}
	if len(wrappers) > 0 {
		written := len(toks)
		for _, w := range wrappers { // 1, decoded by 2
			for _, inner := range detect(w.decoded) { // 1–4 on what it says
				// Each token it holds (an appsettings.json with a storage and
				// a Service Bus connection string), unless one found as
				// written overlaps the run.
				if wt := wrapToken(inner, w.span); !overlapsAny(toks[:written], wt) {
					toks = append(toks, wt) // 3
				}
			}
		}
	}
	toks = append(toks, e.withoutOwnExamples(path, customTokens(content, e.customCandidates(content)))...) // 3 of 1
	sort.SliceStable(toks, func(i, j int) bool { return toks[i].span.Start < toks[j].span.Start })
	if len(toks) > MaxFindings+1 {
		toks = toks[:MaxFindings+1]
	}
	return toks
}

// MaxFindings bounds the findings in one file (a custom rule that matches
// every word must not cost gigabytes): Scan returns at most MaxFindings+1,
// and more than MaxFindings means the file holds more, not examined.
// Callers report the first MaxFindings and say the rest were not.
const MaxFindings = 1000

// detect is stages 1 to 4 over content as written: each candidate's views
// are read, cheapest first, until one assembles a token. A hit inside a
// token already found is skipped; of two overlapping tokens the first, which
// starts earlier, is kept.
func detect(content []byte) []secretToken { return detectAndDumps(content, nil) }

// detectAndDumps is detect, also collecting hex dump anchors (see
// candidatesAndDumps).
func detectAndDumps(content []byte, dumps *[]int) []secretToken {
	var toks []secretToken
	covered := -1                                          // content offset up to which a token was already found
	for _, h := range candidatesAndDumps(content, dumps) { // 1
		if h.pos < covered {
			continue
		}
		for v, vi := range views(content, h) { // 2
			t, ok := assemble(v, vi, h.form) // 3
			if !ok {
				continue
			}
			if len(toks) == 0 || t.span.Start >= toks[len(toks)-1].span.End {
				toks = append(toks, t)
				covered = t.span.End
			}
			break
		}
	}
	return contextFacts(content, validate(content, toks)) // 4, then 5's facts from around each token
}

// overlapsAny reports whether w overlaps one of toks.
func overlapsAny(toks []secretToken, w secretToken) bool {
	for _, t := range toks {
		if w.span.Start < t.span.End && t.span.Start < w.span.End {
			return true
		}
	}
	return false
}

func (e *Engine) scan(path string, content []byte) []Finding {
	now := e.opts.Now()
	toks := e.allTokens(path, content)
	if len(toks) == 0 {
		return nil
	}
	var out []Finding
	var cur posCursor
	masks := masksOf(toks)
	for i := range toks {
		f, ok := e.finding(path, content, &toks[i], masks, now, &cur)
		if !ok {
			continue
		}
		out = append(out, f)
	}
	return out
}

// finding is stages 5 and 6 for one token. ok is false when nothing should
// be reported.
func (e *Engine) finding(path string, content []byte, t *secretToken, masks []secretMask, now time.Time, cur *posCursor) (Finding, bool) {
	f := facts(t, now)                                          // 5
	return e.gradeFinding(path, content, t, f, masks, now, cur) // 6
}

// chunkSize and overlap bound ScanReader's memory: a token longer than the
// overlap could be missed, and no real token comes close.
const (
	chunkSize = 1 << 20
	overlap   = 64 << 10
)

func (e *Engine) scanReader(path string, r io.Reader, emit func(Finding)) error {
	buf := make([]byte, 0, chunkSize+2*overlap)
	base := 0      // stream offset of buf[0]
	line := 1      // line number at buf[0]
	lineStart := 0 // stream offset where that line starts (may be before base)
	emitFrom := 0  // stream offset below which findings were already emitted
	for {
		n, err := io.ReadFull(r, buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		eof := errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
		if err != nil && !eof {
			return err
		}
		limit := len(buf) - overlap // findings starting past here are found again next time
		if eof {
			limit = len(buf)
		}
		for _, f := range e.scanChunk(path, buf) {
			abs := base + f.Span.Start
			if abs < emitFrom || f.Span.Start >= limit {
				continue
			}
			f.Start = shiftPos(f.Start, line, lineStart, base)
			f.End = shiftPos(f.End, line, lineStart, base)
			f.Span = Span{base + f.Span.Start, base + f.Span.End}
			f.SecretSpan = Span{base + f.SecretSpan.Start, base + f.SecretSpan.End}
			f.Fixes = nil
			emit(f)
		}
		if eof {
			return nil
		}
		// Keep the unscanned tail and, before it, an overlap of context so a
		// token that started before the limit is seen whole and skipped
		// rather than found again as a fragment.
		keepFrom := max(0, limit-overlap)
		keep := buf[keepFrom:]
		dropped := buf[:keepFrom]
		if nl := bytes.Count(dropped, []byte{'\n'}); nl > 0 {
			line += nl
			lineStart = base + bytes.LastIndexByte(dropped, '\n') + 1
		}
		emitFrom = base + limit
		base += keepFrom
		buf = append(buf[:0], keep...)
	}
}

// scanChunk scans one chunk without computing fixes (their edits would be
// relative to the chunk).
func (e *Engine) scanChunk(path string, chunk []byte) []Finding {
	now := e.opts.Now()
	toks := e.allTokens(path, chunk)
	var out []Finding
	var cur posCursor
	masks := masksOf(toks)
	for i := range toks {
		if f, ok := e.finding(path, chunk, &toks[i], masks, now, &cur); ok {
			out = append(out, f)
		}
	}
	return out
}

// shiftPos turns a chunk-relative position into a stream position.
func shiftPos(p Pos, line, lineStart, base int) Pos {
	if p.Line == 1 {
		return Pos{Line: line, Col: base - lineStart + p.Col}
	}
	return Pos{Line: line + p.Line - 1, Col: p.Col}
}
