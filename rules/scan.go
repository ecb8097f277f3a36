package rules

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// allTokens is every token in content: plain or escaped, base64-wrapped
// (in data files, not program source), and the team's custom rules'
// matches, in order of position.
func (e *Engine) allTokens(path string, content []byte) []secretToken {
	toks := findTokens(content)
	var wrapped []secretToken
	if holdsEncodedValues(path) {
		wrapped = base64Tokens(content)
	}
	for _, w := range wrapped {
		overlaps := false
		for _, t := range toks {
			if w.span.Start < t.span.End && t.span.Start < w.span.End {
				overlaps = true
				break
			}
		}
		if !overlaps {
			toks = append(toks, w)
		}
	}
	toks = append(toks, e.customTokens(content)...)
	sort.SliceStable(toks, func(i, j int) bool { return toks[i].span.Start < toks[j].span.Start })
	return toks
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

// finding grades one token and applies the baseline, allowlist and inline
// suppressions. ok is false when nothing should be reported.
func (e *Engine) finding(path string, content []byte, t *secretToken, masks []secretMask, now time.Time, cur *posCursor) (Finding, bool) {
	f := Finding{
		Kind:        t.kind,
		Notes:       wrappedNote(t),
		Rule:        t.rule(),
		Span:        t.span,
		SecretSpan:  t.secret,
		Redacted:    t.redacted,
		Fingerprint: fingerprint(t.secretText),
		Facts:       t.facts,
	}
	if exp := t.facts.EffectiveExpiry; exp != nil && !now.Before(*exp) {
		f.Expired = true
	}
	if t.custom != nil {
		f.Severity, f.Message = t.custom.Severity, t.message
	} else {
		var notes []string
		f.Severity, f.Message, notes = e.grade(path, t, now)
		f.Notes = append(f.Notes, notes...)
	}
	scrub(&f, t.secretText, string(content[t.secret.Start:t.secret.End]))
	if f.Severity == SeverityNone || e.opts.Baseline[f.Fingerprint] {
		return f, false
	}
	if allowed, note := e.allowed(path, f.Fingerprint, now); allowed {
		return f, false
	} else if note != "" {
		f.Notes = append(f.Notes, note)
	}
	f.Start = cur.pos(content, t.span.Start)
	f.End = cur.pos(content, t.span.End)
	if suppressed, note := inlineSuppression(content, t.span.Start, now); suppressed {
		return f, false
	} else if note != "" {
		f.Notes = append(f.Notes, note)
	}
	f.Snippet = snippet(content, t.span, masks)
	return f, true
}

// scrub is the last guard of "never print a whole secret": whatever a
// malformed token smuggled into a name or message, the secret (decoded or as
// written) is masked there.
func scrub(f *Finding, secrets ...string) {
	for _, secret := range secrets {
		if len(secret) < 8 {
			continue
		}
		masked := maskSecret(secret)
		clean := func(s string) string { return strings.ReplaceAll(s, secret, masked) }
		f.Message = clean(f.Message)
		f.Redacted = clean(f.Redacted)
		f.Facts.Account = clean(f.Facts.Account)
		for _, p := range []*string{f.Facts.Host, f.Facts.Resource, f.Facts.KeyName, f.Facts.PolicyID, f.Facts.IPRange, f.Facts.Permissions, f.Facts.SignedResource, f.Facts.Services, f.Facts.ResourceTypes, f.Facts.Version} {
			if p != nil {
				*p = clean(*p)
			}
		}
	}
}

func wrappedNote(t *secretToken) []string {
	if t.wrapped == "" {
		return nil
	}
	return []string{"the token is " + t.wrapped + " here (e.g. a Kubernetes Secret's data); encoding hides nothing"}
}

func (t *secretToken) rule() string {
	if t.custom != nil {
		return t.custom.ID
	}
	return kindRule(t.kind)
}

// fingerprint identifies a secret by its content, so a finding keeps its
// identity when lines move or the token is re-pasted elsewhere. The hash of a
// 256-bit signature or key reveals nothing about it.
func fingerprint(secret string) string {
	sum := sha256.Sum256([]byte("sasguard/v1\x00" + secret))
	return hex.EncodeToString(sum[:16])
}

// allowed checks the config's [[allow]] entries. An expired entry does not
// apply, and the note says so.
func (e *Engine) allowed(path, fp string, now time.Time) (bool, string) {
	var note string
	for _, a := range e.cfg.Allow {
		if a.Fingerprint != "" && a.Fingerprint != fp {
			continue
		}
		if len(a.Paths) > 0 && !matchAny(a.Paths, path) {
			continue
		}
		if a.Expires != nil && now.After(a.Expires.Add(24*time.Hour)) {
			note = "the allowlist entry at " + e.configName() + lineSuffix(a.Line) + " expired on " + a.Expires.Format("2006-01-02") + ": the finding stands until it is renewed with a reason or removed"
			continue
		}
		return true, ""
	}
	return false, note
}

func lineSuffix(line int) string {
	if line <= 0 {
		return ""
	}
	return ":" + itoa(line)
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}

// posCursor turns increasing byte offsets into line:col without rescanning
// from the start each time.
type posCursor struct {
	off, line, lineStart int
}

func (c *posCursor) pos(content []byte, off int) Pos {
	if c.line == 0 || off < c.off {
		*c = posCursor{line: 1}
	}
	for {
		i := bytes.IndexByte(content[c.off:off], '\n')
		if i < 0 {
			break
		}
		c.line++
		c.lineStart = c.off + i + 1
		c.off = c.lineStart
	}
	c.off = off
	return Pos{Line: c.line, Col: off - c.lineStart + 1}
}

// snippetWidth bounds the source line shown with a finding: a 10 MB minified
// line is clipped to the token and a little context either side.
const snippetWidth = 160

// secretMask is a secret's span and what is shown in its place.
type secretMask struct {
	span   Span
	masked string
}

// masksOf lists every secret found in the content, so a snippet masks all
// of them, not only its own finding's: two secrets can share a line.
func masksOf(toks []secretToken) []secretMask {
	m := make([]secretMask, len(toks))
	for i, t := range toks {
		m[i] = secretMask{t.secret, maskSecret(t.secretText)}
	}
	sort.Slice(m, func(i, j int) bool { return m[i].span.Start < m[j].span.Start })
	return m
}

// snippet is the finding's first line with every secret masked, clipped.
func snippet(content []byte, span Span, masks []secretMask) Snippet {
	ls := bytes.LastIndexByte(content[:span.Start], '\n') + 1
	le := span.Start + bytes.IndexByte(content[span.Start:], '\n')
	if le < span.Start {
		le = len(content)
	}
	if le > ls && content[le-1] == '\r' {
		le--
	}
	// Clip to a window starting a little before the token.
	from, to := ls, le
	if to-from > snippetWidth {
		from = max(ls, span.Start-40)
		to = min(le, max(from+snippetWidth, span.End+40))
		for from > ls && !utf8.RuneStart(content[from]) {
			from--
		}
		for to < le && !utf8.RuneStart(content[to]) {
			to++
		}
	}
	var b bytes.Buffer
	if from > ls {
		b.WriteString("…")
	}
	startCol, endCol := -1, -1
	mark := func(upTo int) { // record the token's ends as the output passes them
		if startCol < 0 && span.Start <= upTo {
			startCol = b.Len() - (upTo - max(span.Start, from))
		}
		if endCol < 0 && span.End <= upTo {
			endCol = b.Len() - (upTo - span.End)
		}
	}
	cur := from
	for _, m := range masks {
		ms, me := max(m.span.Start, cur), min(m.span.End, to)
		if ms >= me {
			continue
		}
		b.Write(content[cur:ms])
		mark(ms)
		b.WriteString(m.masked)
		if endCol < 0 && span.End <= me {
			endCol = b.Len()
		}
		cur = me
	}
	b.Write(content[cur:to])
	mark(to)
	if startCol < 0 {
		startCol = b.Len()
	}
	if endCol < 0 {
		endCol = b.Len()
	}
	if to < le {
		b.WriteString("…")
	}
	text := bytes.ToValidUTF8(b.Bytes(), []byte("\uFFFD"))
	if len(text) != b.Len() { // invalid bytes changed lengths; keep offsets sane
		startCol, endCol = min(startCol, len(text)), min(endCol, len(text))
	}
	return Snippet{Text: string(text), StartCol: startCol, EndCol: max(startCol, endCol)}
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
