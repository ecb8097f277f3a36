package printable

import "testing"

func TestString(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain config.py", "plain config.py"},
		{"tab\tstays, é and 日本 too", "tab\tstays, é and 日本 too"},
		{"\x1b[2Jclear", `\x1b[2Jclear`},
		{"bell\x07", `bell\x07`},
		{"two\nlines\r", `two\nlines\r`},
		{"abc\u202egnp.exe", `abc\u202egnp.exe`},
		{"isolate\u2066x\u2069", `isolate\u2066x\u2069`},
		{"sep\u2028arator\u2029", `sep\u2028arator\u2029`},
		{"zero\u200bwidth\ufeff", `zero\u200bwidth\ufeff`},
		{"c1\u0085\u009b", `c1\u0085\u009b`},
		{"bad\xffbyte", "bad\ufffdbyte"},
		{"del\x7f", `del\x7f`},
	} {
		if got := String(tc.in); got != tc.want {
			t.Errorf("String(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
