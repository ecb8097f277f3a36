package rules

import (
	"bytes"
	"regexp"
	"time"
)

// suppressionMarker starts an inline suppression, in any comment syntax:
//
//	# sasguard:ignore reason="rotated, kept as a test fixture" until=2027-01-31
var suppressionMarker = []byte("sasguard:ignore")

var (
	reasonAttr = regexp.MustCompile(`reason\s*=\s*"([^"]*)"`)
	untilAttr  = regexp.MustCompile(`until\s*=\s*"?(\d{4}-\d{2}-\d{2})"?`)
)

// inlineSuppression looks for sasguard:ignore on the line holding off or the
// line above. It suppresses only with a reason and before its until date;
// otherwise the note says why the finding stands.
func inlineSuppression(content []byte, off int, now time.Time) (bool, string) {
	ls := bytes.LastIndexByte(content[:off], '\n') + 1
	le := off + bytes.IndexByte(content[off:], '\n')
	if le < off {
		le = len(content)
	}
	prev := ls
	if ls > 0 {
		prev = bytes.LastIndexByte(content[:ls-1], '\n') + 1
	}
	region := content[prev:le]
	i := bytes.LastIndex(region, suppressionMarker)
	if i < 0 {
		return false, ""
	}
	rest := region[i+len(suppressionMarker):]
	if nl := bytes.IndexByte(rest, '\n'); nl >= 0 {
		rest = rest[:nl]
	}
	m := reasonAttr.FindSubmatch(rest)
	if m == nil || len(bytes.TrimSpace(m[1])) == 0 {
		return false, `sasguard:ignore needs reason="…" saying why this is safe: the finding stands`
	}
	if u := untilAttr.FindSubmatch(rest); u != nil {
		until, err := time.Parse("2006-01-02", string(u[1]))
		if err != nil {
			return false, "sasguard:ignore until=" + string(u[1]) + " is not a date (YYYY-MM-DD): the finding stands"
		}
		if now.After(until.Add(24 * time.Hour)) {
			return false, "sasguard:ignore expired on " + string(u[1]) + ": the finding stands until the suppression is renewed or the secret removed"
		}
	}
	return true, ""
}
