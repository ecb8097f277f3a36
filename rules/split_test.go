package rules

import (
	"fmt"
	"net/url"
	"strings"
	"testing"
)

// TestSplitAnywhere splits real SAS URLs into two string literals at every
// character position, in the concatenation syntax of JavaScript, Python and
// C#, and asserts that each split still blocks: the same secret, the same
// kind, graded error. Splits inside a field name ("…&s" + "ig=…"), inside
// a percent escape and inside the signature are all among the positions.
func TestSplitAnywhere(t *testing.T) {
	e := testEngine(t, nil)
	langs := []struct {
		path   string
		format func(a, b string) string
	}{
		{"split.js", func(a, b string) string { return fmt.Sprintf("const url = \"%s\" + \"%s\";\n", a, b) }},
		{"split.js", func(a, b string) string { return fmt.Sprintf("const url = '%s' +\n    '%s';\n", a, b) }},
		{"split.py", func(a, b string) string { return fmt.Sprintf("URL = (\n    \"%s\"\n    \"%s\"\n)\n", a, b) }},
		{"split.py", func(a, b string) string { return fmt.Sprintf("url = '%s' + '%s'\n", a, b) }},
		{"Split.cs", func(a, b string) string { return fmt.Sprintf("var url = \"%s\" +\n    \"%s\";\n", a, b) }},
		{"Split.cs", func(a, b string) string { return fmt.Sprintf("string url = @\"%s\" + $\"%s\";\n", a, b) }},
		{"split.exs", func(a, b string) string { return fmt.Sprintf("url =\n  \"%s\" <>\n    \"%s\"\n", a, b) }},
		{"Split.hs", func(a, b string) string { return fmt.Sprintf("url = \"%s\" ++ \"%s\"\n", a, b) }},
		{"split.abap", func(a, b string) string { return fmt.Sprintf("DATA(lv_url) = '%s' &&\n  '%s'.\n", a, b) }},
		{"SPLIT.cpy", func(a, b string) string {
			return fmt.Sprintf("000100     05  AZ-URL  PIC X(256) VALUE\n000200         '%s\n000300-    '%s'.\n", a, b)
		}},
		{"Split.vb", func(a, b string) string {
			return fmt.Sprintf("Const Url As String =\n    \"%s\" & _\n    \"%s\"\n", a, b)
		}},
	}
	for _, id := range []string{"t006", "t009", "t021", "t012"} {
		s := sampleByID(t, id)
		whole := e.Scan("whole.txt", []byte(s.Text))
		if len(whole) != 1 || whole[0].Severity != SeverityError {
			t.Fatalf("%s: the unsplit token gives %d findings, want one error", id, len(whole))
		}
		fp := whole[0].Fingerprint
		for li, l := range langs {
			missed := 0
			for p := 1; p < len(s.Text); p++ {
				src := l.format(s.Text[:p], s.Text[p:])
				fs := e.Scan(l.path, []byte(src))
				ok := len(fs) == 1 && fs[0].Fingerprint == fp && fs[0].Kind == s.Kind && fs[0].Severity == SeverityError
				if !ok {
					missed++
					if missed <= 3 {
						t.Errorf("%s %s#%d: split at %d (%q | %q): %d findings, want the token graded error", id, l.path, li, p, tail(s.Text[:p]), head(s.Text[p:]), len(fs))
					}
				}
			}
			if missed > 3 {
				t.Errorf("%s %s#%d: %d of %d split positions missed", id, l.path, li, missed, len(s.Text)-1)
			}
		}
	}
}

func tail(s string) string { return s[max(0, len(s)-12):] }
func head(s string) string { return s[:min(len(s), 12)] }

// TestSplitInsideEscape: a SAS URL-encoded twice inside another URL (as a
// redirect's parameter) and continued on the next line with a backslash
// at every position, inside its %25XX escapes included, still blocks.
func TestSplitInsideEscape(t *testing.T) {
	e := testEngine(t, nil)
	s := sampleByID(t, "t006")
	enc := url.QueryEscape(url.QueryEscape(s.Text))
	whole := e.Scan("whole.sh", []byte(`export U="https://login.example/cb?state=`+enc+`"`))
	if len(whole) != 1 {
		t.Fatalf("the unsplit URL gives %d findings, want 1", len(whole))
	}
	missed := 0
	for p := 1; p < len(enc); p++ {
		src := "export U=\"https://login.example/cb?state=" + enc[:p] + "\\\n" + enc[p:] + "\"\n"
		fs := e.Scan("split.sh", []byte(src))
		if len(fs) != 1 || fs[0].Fingerprint != whole[0].Fingerprint || fs[0].Severity != SeverityError {
			if missed++; missed <= 8 {
				t.Errorf("split at %d (%q | %q): %d findings, want the token graded error", p, tail(enc[:p]), head(enc[p:]), len(fs))
			}
		}
	}
	if missed > 3 {
		t.Errorf("%d of %d split positions missed", missed, len(enc)-1)
	}
}

// TestSigGluedPath: a path and query glued on after a whole signature
// ("…sig=…%3D/messages?numofmessages=5", as a ticket's curl repro writes
// it) does not hide the token, while a short "sig=" value stays silent.
func TestSigGluedPath(t *testing.T) {
	e := testEngine(t, nil)
	for _, id := range []string{"t006", "t009", "t021", "t012"} {
		s := sampleByID(t, id).Text
		if !strings.HasSuffix(strings.TrimRight(s, "\n"), "=") && !strings.HasSuffix(s, "%3D") {
			continue // the signature is not last
		}
		src := "curl -s \"" + s + "/messages?numofmessages=5&visibilitytimeout=30\"\n"
		if fs := e.Scan("ticket.txt", []byte(src)); len(fs) != 1 || fs[0].Severity != SeverityError {
			t.Errorf("%s: %d findings, want the token graded error", id, len(fs))
		}
	}
	if fs := e.Scan("ticket.txt", []byte("curl \"https://a.queue.core.windows.net/q?sv=2026-04-06&sig=abc/messages?n=5\"\n")); len(fs) != 0 {
		t.Errorf("short sig with a path: %d findings, want none", len(fs))
	}
}

// TestQuotedPrintableBreakAnywhere: an e-mail body in quoted-printable
// (= written =3D) wraps a SAS URL with a soft line break ("=" at a line's
// end) at every position an encoder may put one, "s=\nig=3D…" included;
// the token still blocks, with LF and with CRLF line ends.
func TestQuotedPrintableBreakAnywhere(t *testing.T) {
	e := testEngine(t, nil)
	for _, id := range []string{"t006", "t021", "t015", "t019"} { // SAS URLs, a storage and a Service Bus connection string
		s := sampleByID(t, id)
		whole := e.Scan("whole.txt", []byte(s.Text))
		if len(whole) != 1 {
			t.Fatalf("%s: the unwrapped token gives %d findings, want one", id, len(whole))
		}
		qp := strings.ReplaceAll(strings.TrimRight(s.Text, "\n"), "=", "=3D")
		for _, eol := range []string{"\n", "\r\n"} {
			missed := 0
			for p := 1; p < len(qp); p++ {
				if qp[p-1] == '=' || p >= 2 && qp[p-2] == '=' {
					continue // an encoder never breaks inside =3D
				}
				src := "Content-Transfer-Encoding: quoted-printable" + eol + eol + "Download it:" + eol + qp[:p] + "=" + eol + qp[p:] + eol
				fs := e.Scan("mail.eml", []byte(src))
				if len(fs) != 1 || fs[0].Fingerprint != whole[0].Fingerprint || fs[0].Severity != whole[0].Severity {
					if missed++; missed <= 3 {
						t.Errorf("%s %q: break at %d (%q | %q): %d findings, want the token", id, eol, p, tail(qp[:p]), head(qp[p:]), len(fs))
					}
				}
			}
			if missed > 3 {
				t.Errorf("%s %q: %d break positions missed", id, eol, missed)
			}
		}
	}
}

// TestBuilderChains: a connection string built piece by piece on a string
// builder (Java's StringBuilder.append, C#'s Append, C++ and Ruby's <<) over
// several lines blocks, whatever piece the key is in.
func TestBuilderChains(t *testing.T) {
	e := testEngine(t, nil)
	s := sampleByID(t, "t019")
	parts := strings.SplitAfter(s.Text, ";")                   // Endpoint=…;  SharedAccessKeyName=…;  SharedAccessKey=…
	last := parts[len(parts)-1]                                // SharedAccessKey=…
	parts = append(parts[:len(parts)-1], last[:16], last[16:]) // the key in its own piece
	chain := func(open, sep, close string) string {
		return open + strings.Join(parts, sep) + close
	}
	for _, c := range []struct{ path, src string }{
		{"T.java", chain("String cs = new StringBuilder()\n    .append(\"", "\")\n    .append(\"", "\")\n    .toString();\n")},
		{"T.cs", chain("var cs = new StringBuilder()\n    .Append(\"", "\")\n    .Append(\"", "\")\n    .ToString();\n")},
		{"t.js", chain("const cs = ''.concat('", "').concat('", "');\n")},
		{"t.cpp", chain("std::ostringstream cs;\ncs << \"", "\"\n   << \"", "\";\n")},
		{"t.rb", chain("cs = +\"\"\ncs << \"", "\"\ncs << \"", "\"\n")},
	} {
		fs := e.Scan(c.path, []byte(c.src))
		if len(fs) != 1 || fs[0].Kind != s.Kind || fs[0].Severity != SeverityError {
			t.Errorf("%s: %v, want the %s graded error\n%s", c.path, findingKinds(fs), s.Kind, corpusMask(c.src))
		}
	}
}

// TestBuilderStatements: a token appended field by field, one statement per
// field (C#'s sb.Append("…"); Kotlin's buildString { append("…") }), or
// streamed with its expiry as a number literal (C++'s << 1797897600), blocks
// as the whole token; two whole tokens appended one after the other stay two.
func TestBuilderStatements(t *testing.T) {
	e := testEngine(t, nil)
	fields := func(id string) (head string, rest []string) {
		text := sampleByID(t, id).Text
		i := strings.IndexAny(text, "?&")
		head = text[:i]
		for _, f := range strings.SplitAfter(text[i:], "&") {
			if f != "" {
				rest = append(rest, f)
			}
		}
		return head, rest
	}
	sasHead, sasFields := fields("t006") // https://…/uploads  ?sv=…&  se=…&  …  sig=…
	sbHead, sbFields := fields("t018")   // SharedAccessSignature sr=…  &sig=…&  se=…&  skn=…
	join := func(open, sep, close, head string, rest []string) string {
		return open + head + sep + strings.Join(rest, sep) + close
	}
	// The C++ case: "SharedAccessSignature sr=…" << "&sig=…" << "&se=" << 1797897600 << "&skn=…".
	var sig, se, skn string
	for _, f := range strings.Split(sampleByID(t, "t018").Text[len(sbHead):], "&") {
		switch {
		case strings.HasPrefix(f, "sig="):
			sig = f
		case strings.HasPrefix(f, "se="):
			se = strings.TrimPrefix(f, "se=")
		case strings.HasPrefix(f, "skn="):
			skn = f
		}
	}
	cases := []struct {
		path, src, kind string
	}{
		{"Sas.cs", join("var sb = new StringBuilder(\"", "\");\r\n        sb.Append(\"", "\");\r\n        return sb.ToString();\r\n", sasHead, sasFields), KindServiceSAS},
		{"Sas.kt", join("val url = buildString {\n    append(\"", "\")\n    append(\"", "\")\n}\n", sasHead, sasFields), KindServiceSAS},
		{"Bus.kt", join("val token = buildString {\n    append(\"", "\")\n    append(\"", "\")\n}\n", sbHead, sbFields), KindServiceBusSAS},
		{"bus.cpp", "oss << \"" + sbHead + "\" << \"&" + sig + "\" << \"&se=\" << " + se + " << \"&" + skn + "\";\n", KindServiceBusSAS},
	}
	for _, c := range cases {
		fs := e.Scan(c.path, []byte(c.src))
		if len(fs) != 1 || fs[0].Kind != c.kind || fs[0].Severity != SeverityError {
			t.Errorf("%s: %v, want one %s graded error\n%s", c.path, findingKinds(fs), c.kind, corpusMask(c.src))
		}
	}
	two := "sb.Append(\"" + sampleByID(t, "t006").Text + "\");\nsb.Append(\"" + sampleByID(t, "t018").Text + "\");\n"
	if fs := e.Scan("Two.cs", []byte(two)); len(fs) != 2 {
		t.Errorf("two whole tokens in two statements: %v, want two findings", findingKinds(fs))
	}
}

// TestWrappedInLayouts: a SAS URL wrapped inside a table cell (a
// reStructuredText grid table, psql's wrapped format), a connection string
// in a Scala stripMargin literal, or by curl --trace-ascii's 64-byte lines
// with hex offsets still blocks, wherever the wrap falls; a cell that ends
// a finished value does not join the next row's.
func TestWrappedInLayouts(t *testing.T) {
	e := testEngine(t, nil)
	s := sampleByID(t, "t006")
	q := s.Text[strings.Index(s.Text, "?"):]
	for p := 20; p < len(s.Text)-10; p += 7 {
		a, b := s.Text[:p], s.Text[p:]
		w := len(s.Text) + 2
		rst := fmt.Sprintf("+----+%s+\n| A  | %-*s |\n|    | %-*s |\n+----+%s+\n", strings.Repeat("-", w+2), w, a, w, b, strings.Repeat("-", w+2))
		if fs := e.Scan("t.rst", []byte(rst)); len(fs) != 1 || fs[0].Severity != SeverityError {
			t.Errorf("grid cell wrapped at %d: %d findings", p, len(fs))
		}
	}
	for p := 20; p < len(s.Text)-1; p++ {
		// psql's \pset format wrapped: '.' ends the cut line and starts the next.
		psql := fmt.Sprintf(" id | url\n----+-----\n  1 | %s.\n    |.%s\n(1 row)\n", s.Text[:p], s.Text[p:])
		if fs := e.Scan("psql.txt", []byte(psql)); len(fs) != 1 || fs[0].Severity != SeverityError {
			t.Errorf("psql cell wrapped at %d: %d findings", p, len(fs))
		}
	}
	conn := sampleByID(t, "t015").Text
	for p := 70; p < len(conn)-5; p += 3 {
		// Scala's stripMargin: the literal's lines go on after '|'.
		scala := "val conn =\n  \"\"\"|" + conn[:p] + "\n     |" + conn[p:] + "\"\"\".stripMargin.replaceAll(\"\\n\", \"\")\n"
		if fs := e.Scan("Conf.scala", []byte(scala)); len(fs) != 1 || fs[0].Kind != KindStorageKey {
			t.Errorf("stripMargin literal wrapped at %d: %d findings", p, len(fs))
		}
	}
	req := "GET /c/b.txt" + q + " HTTP/1.1\r\nHost: acct.blob.core.windows.net\r\n"
	var dump strings.Builder
	dump.WriteString("=> Send header, 246 bytes (0xf6)\n")
	for off := 0; off < len(req); off += 64 {
		fmt.Fprintf(&dump, "%04x: %s\n", off, strings.ReplaceAll(req[off:min(len(req), off+64)], "\r\n", ""))
	}
	if fs := e.Scan("trace.txt", []byte(dump.String())); len(fs) != 1 || fs[0].Severity != SeverityError {
		t.Errorf("curl --trace-ascii dump: %d findings\n%s", len(fs), dump.String())
	}
	two := "| a | sv=2024-05-04&sr=c&sp=r&sig=REDACTED |\n|   | sig=" + strings.Repeat("A", 43) + "= |\n"
	if fs := e.Scan("t.rst", []byte(two)); len(fs) != 0 {
		t.Errorf("finished cell joined to the next row: %d findings", len(fs))
	}
}

// TestFoldedLines: iCalendar, vCard and mail headers fold a long line at
// 75 octets, going on after CRLF and one space; a SAS URL folded anywhere
// (inside an escape, the field names or the signature) still blocks.
func TestFoldedLines(t *testing.T) {
	e := testEngine(t, nil)
	s := sampleByID(t, "t006")
	for pre := range 40 {
		line := "DESCRIPTION:" + strings.Repeat("x", pre) + " " + s.Text + "\\n\\nPlease do not forward."
		var b strings.Builder
		b.WriteString("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n")
		for i := 0; i < len(line); i += 75 {
			if i > 0 {
				b.WriteString(" ")
			}
			b.WriteString(line[i:min(len(line), i+75)] + "\r\n")
		}
		b.WriteString("END:VEVENT\r\nEND:VCALENDAR\r\n")
		fs := e.Scan("invite.ics", []byte(b.String()))
		if len(fs) != 1 || fs[0].Kind != s.Kind || fs[0].Severity != SeverityError {
			t.Errorf("folded after %d bytes: %d findings %v", pre, len(fs), findingKinds(fs))
		}
	}
}

// TestConnectionStringSplitInKeyName: a connection string split into two
// literals at every position inside its key's name (AccountKey,
// SharedAccessKey) blocks, in VB (& _ continuations) and JavaScript (+).
func TestConnectionStringSplitInKeyName(t *testing.T) {
	e := testEngine(t, nil)
	for _, id := range []string{"t015", "t019"} {
		s := sampleByID(t, id)
		name := "AccountKey="
		if id == "t019" {
			name = "SharedAccessKey="
		}
		at := strings.Index(s.Text, name)
		for p := at + 1; p < at+len(name); p++ {
			for _, src := range []string{
				"Public ReadOnly C As String = \"" + s.Text[:p] + "\" & _\n    \"" + s.Text[p:] + "\"\n",
				"const c = \"" + s.Text[:p] + "\" +\n  \"" + s.Text[p:] + "\";\n",
			} {
				fs := e.Scan("c.vb", []byte(src))
				if len(fs) != 1 || fs[0].Kind != s.Kind || fs[0].Severity != SeverityError {
					t.Errorf("%s split at %q | %q: %d findings", id, tail(s.Text[:p]), head(s.Text[p:]), len(fs))
				}
			}
		}
	}
}

// TestWrappedCILog: a SAS URL a CI log wrapped onto its next line, which
// starts with the log's timestamp, blocks wherever the wrap falls.
func TestWrappedCILog(t *testing.T) {
	e := testEngine(t, nil)
	s := sampleByID(t, "t006")
	for p := strings.Index(s.Text, "?") + 1; p < len(s.Text)-1; p += 3 {
		log := "2026-11-19T22:10:01.1000000Z INFO: dest " + s.Text[:p] + "\n2026-11-19T22:10:01.1000001Z " + s.Text[p:] + "\n"
		if fs := e.Scan("4_Upload.txt", []byte(log)); len(fs) != 1 || fs[0].Severity != SeverityError {
			t.Errorf("wrapped at %d (%q | %q): %d findings", p, tail(s.Text[:p]), head(s.Text[p:]), len(fs))
		}
	}
}

// TestCmdCaretContinuation: a SAS URL that a batch file continues over
// lines with ^ blocks wherever the line is cut.
func TestCmdCaretContinuation(t *testing.T) {
	e := testEngine(t, nil)
	s := sampleByID(t, "t006")
	for p := 10; p < len(s.Text)-1; p += 4 {
		src := "set BACKUP_SAS=^\n" + s.Text[:p] + "^\n" + s.Text[p:] + "\nazcopy copy \"%BACKUP_SAS%\" C:\\out\n"
		if fs := e.Scan("map.cmd", []byte(src)); len(fs) != 1 || fs[0].Severity != SeverityError {
			t.Errorf("cut at %d (%q | %q): %d findings", p, tail(s.Text[:p]), head(s.Text[p:]), len(fs))
		}
	}
}
