// Package mapper converts between byte offsets in a document and LSP
// positions. It is the one place the language server converts positions, so
// a finding's byte span, an incremental edit's range and a code action's
// edits all agree on lines holding emoji, CJK or other non-ASCII text.
//
// Three coordinate systems meet here:
//   - byte offsets into the content, which the rules engine speaks;
//   - LSP positions: a 0-based line and a 0-based character counted in the
//     negotiated encoding (UTF-16 code units by default, UTF-8 bytes when the
//     client offers it);
//   - 1-based line:column for people, which the engine already computes.
//
// Lines end at "\n", "\r\n" or a lone "\r", as the LSP specification says.
package mapper

import (
	"bytes"
	"sort"
	"unicode/utf8"
)

// Encoding is how an LSP position counts characters within a line.
type Encoding int

const (
	UTF16 Encoding = iota // the LSP default: UTF-16 code units
	UTF8                  // bytes, when the client offers "utf-8"
)

func (e Encoding) String() string {
	if e == UTF8 {
		return "utf-8"
	}
	return "utf-16"
}

// Position is an LSP position: 0-based line and character.
type Position struct {
	Line      uint32
	Character uint32
}

// Mapper converts positions for one immutable version of a document. It
// indexes line starts once, in New; conversions are then a binary search plus
// a walk over one line.
type Mapper struct {
	content []byte
	lines   []int // byte offset where each line starts; lines[0] == 0
}

// New indexes content. The mapper keeps content; callers must not modify it.
func New(content []byte) *Mapper {
	m := &Mapper{content: content, lines: make([]int, 1, 1+len(content)/40)}
	if bytes.IndexByte(content, '\r') < 0 {
		// Fast path: only "\n" ends lines.
		for off := 0; ; {
			i := bytes.IndexByte(content[off:], '\n')
			if i < 0 {
				break
			}
			off += i + 1
			m.lines = append(m.lines, off)
		}
		return m
	}
	for i := 0; i < len(content); i++ {
		switch content[i] {
		case '\n':
			m.lines = append(m.lines, i+1)
		case '\r':
			if i+1 < len(content) && content[i+1] == '\n' {
				i++
			}
			m.lines = append(m.lines, i+1)
		}
	}
	return m
}

// Content returns the content the mapper indexes.
func (m *Mapper) Content() []byte { return m.content }

// LineCount is the number of lines; an empty document has one.
func (m *Mapper) LineCount() int { return len(m.lines) }

// lineEnd returns the offset where line i's text ends, before its terminator.
func (m *Mapper) lineEnd(i int) int {
	end := len(m.content)
	if i+1 < len(m.lines) {
		end = m.lines[i+1]
		if end > 0 && m.content[end-1] == '\n' {
			end--
		}
		if end > m.lines[i] && m.content[end-1] == '\r' {
			end--
		}
	}
	return end
}

// Position returns the LSP position of byte offset off. An offset inside a
// multi-byte character maps to that character's start; offsets outside the
// content are clamped to it.
func (m *Mapper) Position(off int, enc Encoding) Position {
	if off < 0 {
		off = 0
	}
	if off > len(m.content) {
		off = len(m.content)
	}
	line := sort.Search(len(m.lines), func(i int) bool { return m.lines[i] > off }) - 1
	start := m.lines[line]
	// An offset between "\r" and "\n" sits at the end of the line's text.
	if end := m.lineEnd(line); off > end {
		off = end
	}
	return Position{Line: uint32(line), Character: uint32(count(m.content[start:off], enc))}
}

// Offset returns the byte offset of an LSP position. A character past the
// end of its line means the line's end (the specification's rule); a line
// past the last means the end of the content; a character inside a UTF-16
// surrogate pair maps to the start of that character.
func (m *Mapper) Offset(p Position, enc Encoding) int {
	if int(p.Line) >= len(m.lines) {
		return len(m.content)
	}
	start, end := m.lines[p.Line], m.lineEnd(int(p.Line))
	return start + advance(m.content[start:end], int(p.Character), enc)
}

// count returns how many units of enc text holds. Invalid UTF-8 bytes count
// as one unit each, as utf8.DecodeRune reports them (U+FFFD, one UTF-16 unit).
func count(text []byte, enc Encoding) int {
	if enc == UTF8 {
		return len(text)
	}
	n := 0
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			n++
			continue
		}
		r, size := utf8.DecodeRune(text[i:])
		i += size
		if r >= 0x10000 {
			n += 2 // a surrogate pair
		} else {
			n++
		}
	}
	return n
}

// advance returns the byte length of the longest prefix of line holding at
// most units units of enc, never splitting a character.
func advance(line []byte, units int, enc Encoding) int {
	if enc == UTF8 {
		if units >= len(line) {
			return len(line)
		}
		// Back up to a character start so an edit never splits one.
		for units > 0 && !utf8.RuneStart(line[units]) {
			units--
		}
		return units
	}
	n := 0
	for i := 0; i < len(line); {
		c := line[i]
		w, size := 1, 1
		if c >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRune(line[i:])
			if r >= 0x10000 {
				w = 2
			}
		}
		if n+w > units {
			return i
		}
		n += w
		i += size
	}
	return len(line)
}
