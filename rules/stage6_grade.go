package rules

// Stage 6: grade. A finding gets its severity and message (grade.go, under
// the config's policy, or a custom rule's own), loses any trace of the
// secret, and is dropped when the baseline, the allowlist or an inline
// suppression (suppress.go) accepts it; what stays gets its position and a
// snippet with every secret on the line masked.

import (
	"bytes"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// gradeFinding grades f, the facts of token t, and applies the baseline,
// allowlist and inline suppressions. ok is false when nothing should be
// reported.
func (e *Engine) gradeFinding(path string, content []byte, t *secretToken, f Finding, masks []secretMask, now time.Time, cur *posCursor) (Finding, bool) {
	if t.custom != nil {
		f.Severity, f.Message = t.custom.Severity, t.message
	} else {
		var notes []string
		f.Severity, f.Message, notes = e.grade(path, t, now)
		f.Notes = append(f.Notes, notes...)
	}
	scrub(&f, t.secretText, string(content[t.secret.Start:t.secret.End]))
	if f.Severity == SeverityNone || e.opts.Baseline[BaselineKey(path, f.Fingerprint)] {
		return f, false
	}
	if e.opts.Baseline[BaselineKey("", f.Fingerprint)] {
		f.Notes = append(f.Notes, "the baseline lists this secret without a file: entries match only the file they were recorded in; re-run `sasguard baseline` to record where it is")
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
