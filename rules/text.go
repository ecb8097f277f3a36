package rules

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// sniffLen is how much of a file decides whether it is text: git's rule,
// a NUL in the first 8000 bytes makes it binary.
const sniffLen = 8000

// TextEncoding says how to read a file whose first bytes are head: nil for
// UTF-8 (or anything ASCII-compatible, passed through as is), a UTF-16
// decoder when a byte-order mark or the NUL pattern of UTF-16 text says so
// (Windows tools write UTF-16 without a BOM too), or binary when a NUL marks
// anything else. The CLI, the hook and the tests decode the same way.
func TextEncoding(head []byte) (enc encoding.Encoding, binary bool) {
	switch {
	case len(head) >= 2 && head[0] == 0xFF && head[1] == 0xFE && !misreadBOM(head):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), false
	case len(head) >= 2 && head[0] == 0xFE && head[1] == 0xFF && !misreadBOM(head):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), false
	}
	head = head[:min(len(head), sniffLen)]
	if bytes.IndexByte(head, 0) < 0 {
		return nil, false
	}
	if order, ok := utf16WithoutBOM(head); ok {
		return unicode.UTF16(order, unicode.IgnoreBOM), false
	}
	return nil, true
}

// misreadBOM reports whether a file starting with a UTF-16 byte-order mark
// is really 8-bit text behind two stray bytes: after the mark, no NUL (an
// ASCII character in UTF-16 carries one) and text that reads as UTF-8 or is
// mostly printable ASCII. Decoded as UTF-16 such bytes turn into CJK
// ideographs and unassigned code points, and a token in them would be
// lost, so the raw bytes are read instead. Nothing is lost the other way:
// a token is ASCII, and ASCII in real UTF-16 has NULs.
func misreadBOM(head []byte) bool {
	body := head[2:min(len(head), sniffLen)]
	if len(body) == 0 || bytes.IndexByte(body, 0) >= 0 {
		return false
	}
	printable := 0
	for _, b := range body {
		if b >= 0x20 && b < 0x7F || b == '\t' || b == '\n' || b == '\r' {
			printable++
		}
	}
	if printable*10 >= len(body)*9 {
		return true
	}
	// A multi-byte character cut by the end of head is still UTF-8.
	end := len(body)
	for i := 1; i < utf8.UTFMax && i <= end; i++ {
		if utf8.RuneStart(body[end-i]) {
			if !utf8.FullRune(body[end-i:]) {
				end -= i
			}
			break
		}
	}
	return utf8.Valid(body[:end])
}

// utf16WithoutBOM recognises mostly-ASCII UTF-16 by its NULs: every other
// byte is zero, on the same side, in at least 90% of the pairs.
func utf16WithoutBOM(head []byte) (unicode.Endianness, bool) {
	pairs := len(head) / 2
	if pairs < 8 {
		return unicode.LittleEndian, false
	}
	le, be := 0, 0
	for i := 0; i+1 < len(head); i += 2 {
		switch {
		case head[i] != 0 && head[i+1] == 0:
			le++
		case head[i] == 0 && head[i+1] != 0:
			be++
		}
	}
	switch {
	case le*10 >= pairs*9:
		return unicode.LittleEndian, true
	case be*10 >= pairs*9:
		return unicode.BigEndian, true
	}
	return unicode.LittleEndian, false
}

// DecodeText returns data as the engine should read it: UTF-16 decoded to
// UTF-8 (findings' positions then refer to the decoded text, which is what
// an editor shows), or ok false for a binary file. Invalid UTF-8 is passed
// through; the engine copes with it.
func DecodeText(data []byte) (content []byte, ok bool) {
	enc, binary := TextEncoding(data)
	switch {
	case binary:
		return nil, false
	case enc == nil:
		return data, true
	}
	dec, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, false
	}
	return dec, true
}
