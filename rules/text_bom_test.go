package rules

import (
	"bytes"
	"testing"

	"golang.org/x/text/encoding/unicode"
)

// TestDecodeTextStrayBOM: two bytes that look like a UTF-16 byte-order mark
// in front of 8-bit text do not turn the text into ideographs; real UTF-16
// with a mark is still decoded.
func TestDecodeTextStrayBOM(t *testing.T) {
	line := "url = \"https://a.blob.core.windows.net/?sv=2022-11-02&sig=abc\"\n"
	for _, head := range []string{"\xFF\xFE", "\xFE\xFF"} {
		for _, body := range []string{line, "# café über\n" + line} {
			got, ok := DecodeText([]byte(head + body))
			if !ok || !bytes.Contains(got, []byte(line)) {
				t.Errorf("%q + %q: decoded to %q", head, body[:8], got)
			}
		}
	}
	for _, order := range []unicode.Endianness{unicode.LittleEndian, unicode.BigEndian} {
		enc, _ := unicode.UTF16(order, unicode.UseBOM).NewEncoder().Bytes([]byte("# 日本語\n" + line))
		got, ok := DecodeText(enc)
		if !ok || !bytes.Contains(got, []byte(line)) || !bytes.Contains(got, []byte("日本語")) {
			t.Errorf("real UTF-16 (%v) not decoded: %q", order, got)
		}
		cjk, _ := unicode.UTF16(order, unicode.UseBOM).NewEncoder().Bytes([]byte("日本語のテキストです。これは本物のUTF-16ファイルです。"))
		if got, ok := DecodeText(cjk); !ok || !bytes.Contains(got, []byte("日本語")) {
			t.Errorf("real UTF-16 CJK text (%v) not decoded: %q", order, got)
		}
	}
}
