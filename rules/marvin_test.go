package rules

import "testing"

// The vectors microsoft/security-utilities checks its ports against
// (src/security_utilities_rust/src/marvin_tests.rs): SymCrypt's own two, and
// the cross-check cases from github.com/skeeto/marvin32.
func TestMarvinVectors(t *testing.T) {
	const (
		seed0 = 0x004fb61a001bdbcc
		seed1 = 0x804fb61a001bdbcc
		seed2 = 0x804fb61a801bdbcc
	)
	cases := []struct {
		seed uint64
		want uint64
		data []byte
	}{
		{0xd53cd9cecd0893b7, 0x22c74339492769bf, []byte("abc")},
		{0xddddeeeeffff000, 0xa128eb7e7260aca2, []byte("abcdefghijklmnopqrstuvwxyz")},

		{seed0, 0x30ed35c100cd3c7d, []byte{}},
		{seed0, 0x48e73fc77d75ddc1, []byte{175}},
		{seed0, 0xb5f6e1fc485dbff8, []byte{231, 15}},
		{seed0, 0xf0b07c789b8cf7e8, []byte{55, 244, 149}},
		{seed0, 0x7008f2e87e9cf556, []byte{134, 66, 220, 89}},
		{seed0, 0xe6c08c6da2afa997, []byte{21, 63, 183, 152, 38}},
		{seed0, 0x6f04bf1a5ea24060, []byte{9, 50, 230, 36, 108, 71}},
		{seed0, 0xe11847e4f0678c41, []byte{171, 66, 126, 168, 209, 15, 199}},

		{seed1, 0x10a9d5d3996fd65d, []byte{}},
		{seed1, 0x68201f91960ebf91, []byte{175}},
		{seed1, 0x64b581631f6ab378, []byte{231, 15}},
		{seed1, 0xe1f2dfa6e5131408, []byte{55, 244, 149}},
		{seed1, 0x36289d9654fb49f6, []byte{134, 66, 220, 89}},
		{seed1, 0x0a06114b13464dbd, []byte{21, 63, 183, 152, 38}},
		{seed1, 0xd6dd5e40ad1bc2ed, []byte{9, 50, 230, 36, 108, 71}},
		{seed1, 0xe203987dba252fb3, []byte{171, 66, 126, 168, 209, 15, 199}},

		{seed2, 0xa37fb0da2ecae06c, []byte{0}},
		{seed2, 0xfecef370701ae054, []byte{255}},
		{seed2, 0xa638e75700048880, []byte{0, 255}},
		{seed2, 0xbdfb46d969730e2a, []byte{255, 0}},
		{seed2, 0x9d8577c0fe0d30bf, []byte{255, 0, 255}},
		{seed2, 0x4f9fbdde15099497, []byte{0, 255, 0}},
		{seed2, 0x24eaa279d9a529ca, []byte{0, 255, 0, 255}},
		{seed2, 0xd3bec7726b057943, []byte{255, 0, 255, 0}},
		{seed2, 0x920b62bbca3e0b72, []byte{255, 0, 255, 0, 255}},
		{seed2, 0x1d7ddf9dfdf3c1bf, []byte{0, 255, 0, 255, 0}},
		{seed2, 0xec21276a17e821a5, []byte{0, 255, 0, 255, 0, 255}},
		{seed2, 0x6911a53ca8c12254, []byte{255, 0, 255, 0, 255, 0}},
		{seed2, 0xfdfd187b1d3ce784, []byte{255, 0, 255, 0, 255, 0, 255}},
		{seed2, 0x71876f2efb1b0ee8, []byte{0, 255, 0, 255, 0, 255, 0}},
	}
	for _, c := range cases {
		if got := marvin64(c.data, c.seed); got != c.want {
			t.Errorf("marvin64(%v, %#x) = %#x, want %#x", c.data, c.seed, got, c.want)
		}
		if got, want := marvin32(c.data, c.seed), uint32(c.want>>32)^uint32(c.want); got != want {
			t.Errorf("marvin32(%v, %#x) = %#x, want %#x", c.data, c.seed, got, want)
		}
		// Hashing a slice of a longer buffer (the ports' offset cases) must
		// not read past it.
		buf := append(append(make([]byte, 5), c.data...), 0xEE)
		if got := marvin64(buf[5:5+len(c.data)], c.seed); got != c.want {
			t.Errorf("marvin64 of a sub-slice %v = %#x, want %#x", c.data, got, c.want)
		}
	}
}

// FuzzMarvin checks that the 32-bit fold is the 64-bit hash's halves xored
// and that the hash never panics.
func FuzzMarvin(f *testing.F) {
	f.Add([]byte("abc"), uint64(0xd53cd9cecd0893b7))
	f.Fuzz(func(t *testing.T, data []byte, seed uint64) {
		h := marvin64(data, seed)
		if marvin32(data, seed) != uint32(h>>32)^uint32(h) {
			t.Fatal("marvin32 is not the fold of marvin64")
		}
	})
}
