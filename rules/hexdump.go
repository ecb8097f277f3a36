package rules

// Bytes written as hex: an xxd or hexdump -C dump pasted into a support
// case (the text split over 16-byte rows, its names cut in two), a byte
// array literal in source ({0x48, 0x6f, …}: a connection string kept out of
// `strings`' sight in firmware), and a
// Windows .reg file's hex(2)/hex(7) value (UTF-16LE bytes as comma-separated
// hex over backslash-continued lines). Like a base64 body, the bytes are
// decoded and the pipeline runs again on what they say (scan.go).

import (
	"bytes"
	"encoding/binary"
	"path/filepath"
	"strings"
)

// hexWrappers returns the hex dumps and .reg hex values in content, decoded.
// Only their anchors are searched for: a dump's first offset "00000000"
// (found by stage 1 with its markers: anchors) and a .reg value's "=hex(".
func hexWrappers(content []byte, anchors []int) []wrapper {
	var out []wrapper
	end := 0
	for _, at := range anchors {
		if at < end {
			continue // a row of the dump read already
		}
		if at > 0 && content[at-1] != '\n' && content[at-1] != ' ' && content[at-1] != '\t' {
			continue
		}
		if w, ok := hexDumpAt(content, at); ok {
			out = append(out, w)
			end = w.span.End
		}
	}
	if !regFile(content) {
		return out
	}
	for off := 0; ; {
		i := bytes.Index(content[off:], []byte("=hex("))
		if i < 0 {
			break
		}
		at := off + i
		off = at + 5
		if w, ok := regHexAt(content, at+1); ok {
			out = append(out, w)
			off = w.span.End
		}
	}
	return out
}

// hexDumpAt decodes the dump whose first row starts at at: rows of an
// 8-digit offset, ':' (xxd) or spaces (hexdump -C), then up to 16 bytes in
// hex groups, then the text column. It reads the hex, not the text column
// (which shows a line break as '.').
func hexDumpAt(c []byte, at int) (wrapper, bool) {
	var data []byte
	p := at
	rows := 0
	for p < len(c) {
		le := lineEnd(c, p)
		row := c[p:le]
		if len(row) < 10 || !allHex(row[:8]) {
			break
		}
		k := 8
		if row[k] == ':' {
			k++
		}
		got := 0
		for got < 16 {
			for k < len(row) && row[k] == ' ' {
				k++
			}
			if k+1 >= len(row) || !isHex(row[k]) || !isHex(row[k+1]) {
				break
			}
			// The text column starts two spaces after the hex: stop there.
			if got > 0 && k >= 2 && row[k-1] == ' ' && row[k-2] == ' ' && !(row[8] != ':' && got == 8) {
				break
			}
			data = append(data, unhex(row[k])<<4|unhex(row[k+1]))
			got++
			k += 2
		}
		if got == 0 {
			break
		}
		rows++
		p = le + 1
	}
	if rows < 2 || len(data) < 40 {
		return wrapper{}, false
	}
	end := min(len(c), p)
	return wrapper{Span{at, end}, data}, true
}

// regHexAt decodes a .reg value's hex(N): bytes starting at at ("hex(7):68,00,…,\"
// continued on indented lines), as UTF-16 text when it is.
func regHexAt(c []byte, at int) (wrapper, bool) {
	k := at + len("hex")
	if k < len(c) && c[k] == '(' {
		for k < len(c) && c[k] != ')' && k-at < 8 {
			k++
		}
		k++
	}
	if k >= len(c) || c[k] != ':' {
		return wrapper{}, false
	}
	k++
	var data []byte
	for k+1 < len(c) {
		switch {
		case isHex(c[k]) && isHex(c[k+1]):
			data = append(data, unhex(c[k])<<4|unhex(c[k+1]))
			k += 2
		case c[k] == ',' || c[k] == ' ':
			k++
		case c[k] == '\\' && (c[k+1] == '\n' || c[k+1] == '\r'):
			k = skipSpace(c, k+1, len(c), true)
		default:
			goto done
		}
	}
done:
	if len(data) < 40 {
		return wrapper{}, false
	}
	if text, ok := DecodeText(data); ok {
		data = text
	}
	return wrapper{Span{at, k}, bytes.ReplaceAll(data, []byte{0}, []byte{'\n'})}, true
}

func allHex(b []byte) bool {
	for _, x := range b {
		if !isHex(x) {
			return false
		}
	}
	return true
}

// zerosAt returns where the first "00000000" at or after off starts, or -1.
// Text is full of '0' (bytes.Index would test each), so it skips as
// Boyer-Moore-Horspool does on a needle of one repeated byte: the last byte
// of an 8-byte window that is not '0' moves the window past it.
// zerosRunsIn appends to runs the start of each run of 8 or more '0's
// that starts in c[from:to) (it may end past to).
func zerosRunsIn(c []byte, from, to int, runs []int) []int {
	limit := min(len(c), to+7)
	for off := from; ; {
		at := zerosAt(c[:limit], off)
		if at < 0 || at >= to {
			return runs
		}
		if at >= from && (len(runs) == 0 || at > runs[len(runs)-1]) {
			runs = append(runs, at)
		}
		off = at + 8
		for off < limit && c[off] == '0' {
			off++ // past the run
		}
	}
}

func zerosAt(c []byte, off int) int {
	p := off + 7
	for p < len(c) {
		if c[p] != '0' {
			p += 8
			continue
		}
		k := p
		for k > p-8 && c[k] == '0' {
			k--
		}
		if k == p-8 {
			for k >= off && c[k] == '0' {
				k-- // to where the run starts
			}
			return k + 1
		}
		p = k + 8 // no window holding c[k] is all '0'
	}
	return -1
}

// regFile reports whether content is a Windows registry export: it starts
// with the header regedit writes (after a byte order mark).
func regFile(content []byte) bool {
	head := bytes.TrimPrefix(content[:min(len(content), 64)], []byte("\xef\xbb\xbf"))
	return bytes.HasPrefix(head, []byte("Windows Registry Editor")) || bytes.HasPrefix(head, []byte("REGEDIT4"))
}

// byteArrays returns the byte array literals in content whose bytes, in
// 0xNN form, are text holding a token's anchor: {0x48, 0x6f, …} in C and
// C++, [0x48, …] in Rust, in the files byteArraySource names.
// The content is probed every byteArrayStride bytes: an array worth
// reading (minArrayBytes elements of 5 bytes or more) cannot fall between
// two probes, and text without "0x" costs two word tests per stride.
func byteArrays(content []byte) []wrapper {
	var out []wrapper
	var buf []byte
	for p := 0; p+byteArrayProbe <= len(content); p += byteArrayStride {
		// A "0x" in the probe's 12 bytes, by two overlapping 8-byte words.
		if !hasZeroX(binary.LittleEndian.Uint64(content[p:])) && !hasZeroX(binary.LittleEndian.Uint64(content[p+4:])) {
			continue
		}
		i := bytes.Index(content[p:p+byteArrayProbe], []byte("0x"))
		if i < 0 || !hexElementAt(content, p+i) {
			continue
		}
		// The whole array around the probe: back to its first element,
		// on to its last, read once.
		s := p + i
		for {
			b := s
			for n := 0; b > 0 && n < 16 && strings.IndexByte(", \t\r\n", content[b-1]) >= 0; n++ {
				b--
			}
			if b < 4 || b == s || !hexElementAt(content, b-4) {
				break
			}
			s = b - 4
		}
		e := s
		for hexElementAt(content, e) {
			e += 4
			for e < len(content) && strings.IndexByte(", \t\r\n", content[e]) >= 0 {
				e++
			}
		}
		p = max(p, e-byteArrayStride) // the next probe is past the array
		b := s
		for b > 0 && s-b < 16 && strings.IndexByte(" \t\r\n", content[b-1]) >= 0 {
			b--
		}
		if b == 0 || content[b-1] != '{' && content[b-1] != '[' {
			continue // not a literal's first element
		}
		// Text only: the first byte that is not text (printable ASCII, a
		// line break) ends it: a table's bytes nearly at once, a C string's NUL.
		buf = buf[:0]
		for k := s; k < e && hexElementAt(content, k); {
			c := unhex(content[k+2])<<4 | unhex(content[k+3])
			if !textByte(c) {
				break
			}
			buf = append(buf, c)
			k += 4
			for k < e && strings.IndexByte(", \t\r\n", content[k]) >= 0 {
				k++
			}
		}
		if len(buf) < minArrayBytes {
			continue
		}
		if holdsTextAnchor(buf) {
			out = append(out, wrapper{Span{s, e}, bytes.Clone(buf)})
		}
	}
	return out
}

// Bounds of byteArrays' probing: an array of minArrayBytes elements spans
// at least 5*minArrayBytes bytes (0x48,), more than a stride and a probe, and
// any byteArrayProbe bytes inside it hold a whole "0x" (elements are at
// most 11 bytes apart, a line break and indentation between them).
const (
	minArrayBytes   = 32
	byteArrayStride = 128
	byteArrayProbe  = 12
)

// hasZeroX reports whether w's 8 bytes (little-endian) hold "0x": a byte
// that is 'x' with a '0' before it is a zero byte of t, found by the
// classic SWAR test (which may also flag a byte above a real zero: the
// caller checks).
func hasZeroX(w uint64) bool {
	t := (w ^ 0x7878787878787878) | (w<<8 ^ 0x3030303030303030)
	return (t-0x0101010101010101)&^t&0x8080808080808080 != 0
}

// hexElementAt reports whether c[k:] starts with one 0xNN element.
func hexElementAt(c []byte, k int) bool {
	return k+3 < len(c) && c[k] == '0' && c[k+1]|0x20 == 'x' && isHex(c[k+2]) && isHex(c[k+3]) && (k+4 == len(c) || !isHex(c[k+4]))
}

// byteArraySource reports whether path is source in a language where text
// is kept as a byte array literal to hide it from `strings`: C, C++,
// Objective-C, Arduino sketches, Rust, Swift, Zig.
func byteArraySource(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".h", ".hh", ".hpp", ".hxx", ".c", ".cc", ".cpp", ".cxx", ".ino", ".m", ".mm", ".rs", ".swift", ".zig":
		return true
	}
	return false
}
