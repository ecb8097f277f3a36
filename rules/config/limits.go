package config

import (
	"bytes"
	"fmt"
	"regexp/syntax"
	"strings"
)

// A config is committed by whoever wrote the repository: untrusted input.
// These bounds keep loading it (in the CLI, the hook and the editor, on
// every keystroke) small and linear whatever the file holds.
const (
	// MaxSize is the largest config read: real ones are a few KB; 4,000
	// custom rules fit in about 1 MB.
	MaxSize = 1 << 20
	// MaxDepth bounds nesting of arrays and inline tables, checked before
	// the TOML decoder runs: deeply nested inline tables cost the decoder
	// memory quadratic in the depth.
	MaxDepth = 16
	// MaxRegexInsts bounds a custom rule's compiled regex. Matching costs
	// up to the input's length times the program's size, and the regex
	// runs over every file (and the config file itself); real rules
	// compile to a few hundred instructions.
	MaxRegexInsts = 4000
)

// checkBounds refuses a file over MaxSize or nested deeper than MaxDepth,
// with the line where it happens, without decoding it.
func checkBounds(name string, data []byte) *Error {
	if len(data) > MaxSize {
		return &Error{File: name, Msg: fmt.Sprintf("config is %d bytes, more than sasguard reads (%d)", len(data), MaxSize), Hint: "a config holds settings and a few custom rules; move generated content out of it"}
	}
	if line, depth := nestingDepth(data); depth > MaxDepth {
		return &Error{File: name, Line: line, Msg: fmt.Sprintf("values nested more than %d deep", MaxDepth), Hint: "sasguard's settings nest at most two levels; flatten the arrays or inline tables"}
	}
	return nil
}

// nestingDepth returns the deepest nesting of [ and { in data's values,
// and the line where it is first reached, skipping strings and comments.
// Table headers ([a], [[a]]) count too, harmlessly: they are 2 deep.
func nestingDepth(data []byte) (line, deepest int) {
	depth, ln := 0, 1
	for i := 0; i < len(data); i++ {
		switch c := data[i]; c {
		case '\n':
			ln++
		case '#':
			for i+1 < len(data) && data[i+1] != '\n' {
				i++
			}
		case '"', '\'':
			// A string: basic ("…" with \ escapes) or literal ('…'),
			// single-line or tripled (multi-line).
			delim := []byte{c}
			if bytes.HasPrefix(data[i:], []byte{c, c, c}) {
				delim = []byte{c, c, c}
			}
			j := i + len(delim)
			for j < len(data) && !bytes.HasPrefix(data[j:], delim) {
				if data[j] == '\\' && c == '"' {
					j++
				} else if data[j] == '\n' {
					if len(delim) == 1 {
						break // unterminated: the decoder says so
					}
					ln++
				}
				j++
			}
			i = min(j+len(delim), len(data)) - 1
		case '[', '{':
			depth++
			if depth > deepest {
				deepest, line = depth, ln
			}
		case ']', '}':
			if depth > 0 {
				depth--
			}
		}
	}
	return line, deepest
}

// regexTooLarge says why a custom rule's regex costs too much to run, or "".
func regexTooLarge(expr string) string {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return "" // regexp.Compile reports it
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return ""
	}
	if n := len(prog.Inst); n > MaxRegexInsts {
		return fmt.Sprintf("compiles to %d instructions, more than %d", n, MaxRegexInsts)
	}
	return ""
}

// tableHeaders lists, once, the line of every [[name]] header by name, so
// placing N entries is linear in the file, not N times it.
func tableHeaders(data []byte) map[string][]int {
	out := map[string][]int{}
	ln := 0
	for rest := data; len(rest) > 0; {
		ln++
		line := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		t := bytes.TrimSpace(line)
		if !bytes.HasPrefix(t, []byte("[[")) {
			continue
		}
		end := bytes.Index(t, []byte("]]"))
		if end < 0 {
			continue
		}
		name := strings.ToLower(strings.TrimSpace(string(t[2:end])))
		out[name] = append(out[name], ln)
	}
	return out
}

// headerLine is the line of the index-th [[name]] header, or 0.
func headerLine(h map[string][]int, name string, index int) int {
	if lines := h[name]; index < len(lines) {
		return lines[index]
	}
	return 0
}
