package rules

import (
	"encoding/base64"
	"fmt"
	"strings"
	"testing"
)

// TestHexDumps: a connection string in an xxd or hexdump -C dump (its names
// cut over 16-byte rows) and a SAS in a .reg file's hex(7) value (UTF-16LE,
// comma-separated, continued with backslashes) block; a dump of text with
// no secret, and a UUID of zeros, do not.
func TestHexDumps(t *testing.T) {
	e := testEngine(t, nil)
	conn := sampleByID(t, "t015")
	body := []byte("APP_ENV=production\nSTORAGE=\"" + conn.Text + "\"\nLOG=info\n")
	var xxd, hd strings.Builder
	for off := 0; off < len(body); off += 16 {
		row := body[off:min(len(body), off+16)]
		fmt.Fprintf(&xxd, "%08x: ", off)
		fmt.Fprintf(&hd, "%08x  ", off)
		for i := range 16 {
			if i < len(row) {
				fmt.Fprintf(&xxd, "%02x", row[i])
				fmt.Fprintf(&hd, "%02x ", row[i])
			} else {
				xxd.WriteString("  ")
				hd.WriteString("   ")
			}
			if i%2 == 1 {
				xxd.WriteString(" ")
			}
			if i == 7 {
				hd.WriteString(" ")
			}
		}
		text := strings.Map(func(r rune) rune {
			if r < ' ' || r > '~' {
				return '.'
			}
			return r
		}, string(row))
		fmt.Fprintf(&xxd, " %s\n", text)
		fmt.Fprintf(&hd, " |%s|\n", text)
	}
	sas := sampleByID(t, "t006")
	var reg strings.Builder
	reg.WriteString("Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Fabrikam]\n\"Mirrors\"=hex(7):")
	for i, b := range []byte(sas.Text + "\x00\x00") {
		if i > 0 {
			reg.WriteString(",")
			if i%12 == 0 {
				reg.WriteString("\\\n  ")
			}
		}
		fmt.Fprintf(&reg, "%02x,00", b)
	}
	reg.WriteString("\n")
	// The dump's first offset across stage 1's block boundary, at each
	// of the bytes around it: the anchors are found block by block.
	for d := -10; d <= 2; d++ {
		pad := strings.Repeat("filler line of text\n", (scanBlock+d)/20)
		pad += strings.Repeat("x", scanBlock+d-len(pad)-1) + "\n"
		if fs := e.Scan("big.txt", []byte(pad+xxd.String())); len(fs) != 1 || fs[0].Kind != conn.Kind {
			t.Errorf("dump starting at block boundary %+d: %d findings", d, len(fs))
		}
	}
	for _, c := range []struct {
		path, src, kind string
	}{
		{"case.txt", "$ xxd /app/.env\n" + xxd.String(), conn.Kind},
		{"case.log", "$ hexdump -C /app/.env\n" + hd.String(), conn.Kind},
		{"share.reg", reg.String(), sas.Kind},
		{"uuid.txt", "id 00000000-0000-0000-0000-000000000000\n00000000 is zero\n", ""},
	} {
		fs := e.Scan(c.path, []byte(c.src))
		if c.kind == "" {
			if len(fs) != 0 {
				t.Errorf("%s: %d findings, want none", c.path, len(fs))
			}
			continue
		}
		if len(fs) != 1 || fs[0].Kind != c.kind || fs[0].Severity != SeverityError {
			t.Errorf("%s: %d findings %v, want one %s\n%s", c.path, len(fs), findingKinds(fs), c.kind, c.src)
		}
	}
}

// zerosAt finds a run of eight '0's wherever it starts, and nothing shorter.
func TestZerosAt(t *testing.T) {
	for pre := range 12 {
		for n := 6; n <= 10; n++ {
			c := []byte(strings.Repeat("x", pre) + strings.Repeat("0", n) + "x0000000x")
			want := -1
			if n >= 8 {
				want = pre
			}
			if got := zerosAt(c, 0); got != want {
				t.Errorf("%q: %d, want %d", c, got, want)
			}
		}
	}
}

// TestByteArrays: a connection string kept as a byte array literal
// ({0x48, 0x6f, …} in C, [0x48, …] in Rust) blocks, with its kind; a
// table of bytes that says nothing, and one holding a placeholder, do not.
func TestByteArrays(t *testing.T) {
	e := testEngine(t, nil)
	sb := sampleByID(t, "t019")
	hexOf := func(s string, perLine int) string {
		var b strings.Builder
		for i := 0; i < len(s); i++ {
			if i%perLine == 0 {
				b.WriteString("\n    ")
			}
			fmt.Fprintf(&b, "0x%02x, ", s[i])
		}
		return b.String()
	}
	for _, c := range []struct {
		name, path, src string
		want            bool
	}{
		{"C header", "secrets.h", "static const uint8_t k_conn[] = {" + hexOf(sb.Text, 12) + "\n};\n", true},
		{"Rust array", "conn.rs", "const CONN: [u8; 123] = [" + hexOf(sb.Text, 16) + "];\n", true},
		{"C, no spaces, 20 a line", "k.c", "const char k[] = {" + strings.ReplaceAll(hexOf(sb.Text, 20), ", ", ",") + "0x00};\n", true},
		{"a table", "crc.h", "static const uint8_t t[] = {" + hexOf(strings.Repeat("\x01\x7f\x80\xfe", 40), 16) + "\n};\n", false},
		{"a placeholder", "secrets.h", "static const uint8_t k[] = {" + hexOf("Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=<your-key>", 12) + "\n};\n", false},
	} {
		fs := e.Scan(c.path, []byte(c.src))
		got := len(fs) == 1 && fs[0].Kind == sb.Kind && fs[0].Severity == SeverityError
		if got != c.want || !c.want && len(fs) > 0 {
			t.Errorf("%s: %d findings %v, want the key: %v", c.name, len(fs), findingKinds(fs), c.want)
		}
	}
}

// TestHexStrings: a token hex-encoded as one string (an AMQP capture's
// payload_hex) blocks; a hex digest does not.
func TestHexStrings(t *testing.T) {
	e := testEngine(t, nil)
	sb := sampleByID(t, "t019")
	src := "{\n  \"payload_hex\": \"" + fmt.Sprintf("%x", sb.Text) + "\",\n  \"sha512\": \"" + strings.Repeat("9f3a", 32) + "\"\n}\n"
	if fs := e.Scan("capture.json", []byte(src)); len(fs) != 1 || fs[0].Kind != sb.Kind || fs[0].Severity != SeverityError {
		t.Errorf("%d findings %v, want the key", len(fs), findingKinds(fs))
	}
}

// TestBase64FileContent: a file's text base64-encoded whole (a REST
// API's "content") that names a key is read; an encoded README is not a
// finding.
func TestBase64FileContent(t *testing.T) {
	e := testEngine(t, nil)
	conn := sampleByID(t, "t015").Text
	key := conn[strings.Index(conn, "AccountKey=")+len("AccountKey=") : strings.Index(conn, ";EndpointSuffix")]
	ini := base64.StdEncoding.EncodeToString([]byte("[storage]\naccount = acct\nkey = " + key + "\n"))
	readme := base64.StdEncoding.EncodeToString([]byte("# worker\nno secrets here, see the key vault for the storage settings\n"))
	src := "{\n  \"path\": \"/config/worker.ini\",\n  \"content\": \"" + ini + "\",\n  \"readme\": \"" + readme + "\"\n}\n"
	if fs := e.Scan("items.json", []byte(src)); len(fs) != 1 || fs[0].Kind != KindStorageKey {
		t.Errorf("%d findings %v, want the key", len(fs), findingKinds(fs))
	}
}
