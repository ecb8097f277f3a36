package mapper

import (
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// token stands in for a finding on a line with non-ASCII text around it.
const token = "sig=abc%3D"

func TestPositionOnNonASCIILines(t *testing.T) {
	tests := []struct {
		name     string
		content  string
		utf16    Position // where token starts
		utf8     Position
		utf16End Position
	}{
		{"ascii", "x = \"" + token + "\"\n", Position{0, 5}, Position{0, 5}, Position{0, 15}},
		{"emoji before", "🔑 = \"" + token + "\"\n", Position{0, 6}, Position{0, 8}, Position{0, 16}},
		{"two emoji on line 2", "first\n😀😀 " + token, Position{1, 5}, Position{1, 9}, Position{1, 15}},
		{"cjk", "密钥：" + token + " 结束", Position{0, 3}, Position{0, 9}, Position{0, 13}},
		{"crlf lines", "a\r\nb\r\n€" + token, Position{2, 1}, Position{2, 3}, Position{2, 11}},
		{"lone cr", "a\rb\r" + token, Position{2, 0}, Position{2, 0}, Position{2, 10}},
		{"combining accent", "e\u0301 " + token, Position{0, 3}, Position{0, 4}, Position{0, 13}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := New([]byte(tt.content))
			start := strings.Index(tt.content, token)
			end := start + len(token)
			if diff := cmp.Diff(tt.utf16, m.Position(start, UTF16)); diff != "" {
				t.Errorf("utf-16 start (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.utf8, m.Position(start, UTF8)); diff != "" {
				t.Errorf("utf-8 start (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.utf16End, m.Position(end, UTF16)); diff != "" {
				t.Errorf("utf-16 end (-want +got):\n%s", diff)
			}
			if got := m.Offset(tt.utf16, UTF16); got != start {
				t.Errorf("Offset(%v, utf-16) = %d, want %d", tt.utf16, got, start)
			}
			if got := m.Offset(tt.utf8, UTF8); got != start {
				t.Errorf("Offset(%v, utf-8) = %d, want %d", tt.utf8, got, start)
			}
			if got := m.Offset(tt.utf16End, UTF16); got != end {
				t.Errorf("Offset(%v, utf-16) = %d, want %d", tt.utf16End, got, end)
			}
		})
	}
}

func TestOffsetClamps(t *testing.T) {
	content := "ab😀c\r\nxyz"
	m := New([]byte(content))
	tests := []struct {
		name string
		pos  Position
		enc  Encoding
		want int
	}{
		{"past line end means line end, before crlf", Position{0, 99}, UTF16, strings.Index(content, "\r")},
		{"inside surrogate pair snaps to its start", Position{0, 3}, UTF16, 2},
		{"after surrogate pair", Position{0, 4}, UTF16, 6},
		{"inside utf-8 sequence snaps to its start", Position{0, 4}, UTF8, 2},
		{"line past the last means content end", Position{7, 0}, UTF16, len(content)},
		{"last line end", Position{1, 3}, UTF16, len(content)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := m.Offset(tt.pos, tt.enc); got != tt.want {
				t.Errorf("Offset(%v, %v) = %d, want %d", tt.pos, tt.enc, got, tt.want)
			}
		})
	}
	// An offset inside the "\r\n" terminator sits at the end of the line.
	if got, want := m.Position(strings.Index(content, "\n"), UTF16), (Position{0, 5}); got != want {
		t.Errorf("Position(inside crlf) = %v, want %v", got, want)
	}
	if got, want := m.Position(len(content)+10, UTF16), (Position{1, 3}); got != want {
		t.Errorf("Position(past end) = %v, want %v", got, want)
	}
}

func TestEmptyDocument(t *testing.T) {
	m := New(nil)
	if m.LineCount() != 1 {
		t.Errorf("LineCount = %d, want 1", m.LineCount())
	}
	if got := m.Position(0, UTF16); got != (Position{}) {
		t.Errorf("Position(0) = %v", got)
	}
	if got := m.Offset(Position{3, 3}, UTF16); got != 0 {
		t.Errorf("Offset = %d, want 0", got)
	}
}

// FuzzRoundTrip checks the mapper against an independent oracle (package
// unicode/utf16 over the line's text) and that every character start maps to
// a position and back to itself in both encodings.
func FuzzRoundTrip(f *testing.F) {
	for _, s := range []string{"", "a\nb", "🔑 = \"" + token + "\"\r\n密钥", "\r\r\n\n", "e\u0301\xff\xfe😀"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m := New([]byte(s))
		for off := 0; off <= len(s); off++ {
			if off < len(s) && !utf8.RuneStart(s[off]) {
				continue
			}
			p16 := m.Position(off, UTF16)
			lineStart := m.lines[p16.Line]
			if off <= m.lineEnd(int(p16.Line)) {
				want := len(utf16.Encode([]rune(s[lineStart:off])))
				if int(p16.Character) != want {
					t.Fatalf("offset %d: utf-16 character %d, oracle %d", off, p16.Character, want)
				}
				if got := m.Offset(p16, UTF16); got != off {
					t.Fatalf("offset %d -> %v -> %d (utf-16)", off, p16, got)
				}
				p8 := m.Position(off, UTF8)
				if got := m.Offset(p8, UTF8); got != off {
					t.Fatalf("offset %d -> %v -> %d (utf-8)", off, p8, got)
				}
			}
		}
	})
}

func BenchmarkNew1MB(b *testing.B) {
	line := strings.Repeat("x", 60) + "😀 密钥\n"
	content := []byte(strings.Repeat(line, (1<<20)/len(line)))
	b.SetBytes(int64(len(content)))
	b.ReportAllocs()
	for b.Loop() {
		New(content)
	}
}
