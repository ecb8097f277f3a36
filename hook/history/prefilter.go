package history

import (
	"bytes"

	"github.com/sasguard/sasguard/rules"
)

// EnginePrefilter says whether a hunk could hold a finding on a line it
// adds, so that only those files are read whole: the engine itself runs
// over the hunk (the added lines and up to three lines around them), and
// a hunk naming a secret's parameter or key is read whole even when the
// engine finds nothing in it, for a token split over more lines than that.
// A finding on an added line that reaches further than three lines beyond
// every added line, without such a name among the lines shown, is the one
// shape it misses.
func EnginePrefilter(eng *rules.Engine) func(path string, hunk []byte) bool {
	var lower []byte
	return func(path string, hunk []byte) bool {
		lower = append(lower[:0], hunk...)
		for i, b := range lower {
			if 'A' <= b && b <= 'Z' {
				lower[i] = b + ('a' - 'A')
			}
		}
		for _, m := range markers {
			if bytes.Contains(lower, m) {
				return true
			}
		}
		return len(eng.Scan(path, hunk)) > 0
	}
}

// markers name the parts of a secret, lower-cased.
var markers = [][]byte{
	[]byte("sig="), []byte("sig%3d"), []byte(`sig\u003d`), []byte(`"sig"`), []byte("'sig'"),
	[]byte("accountkey"), []byte("sharedaccesskey"), []byte("sharedaccesssignature"),
	[]byte("keyname"), []byte("amqp"),
}
