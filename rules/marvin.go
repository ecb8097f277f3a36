package rules

import (
	"encoding/binary"
	"math/bits"
)

// Marvin32 is the keyed checksum Microsoft's identifiable keys carry (see
// identifiable.go). This is a port of the reference in microsoft/SymCrypt
// (lib/marvin32.c) as microsoft/security-utilities ports it
// (marvin.rs, Marvin.cs); marvin_test.go checks the published vectors.

// marvin64 is the 64-bit Marvin hash of data under seed.
func marvin64(data []byte, seed uint64) uint64 {
	p0, p1 := uint32(seed), uint32(seed>>32)
	for len(data) >= 4 {
		p0 += binary.LittleEndian.Uint32(data)
		p0, p1 = marvinBlock(p0, p1)
		data = data[4:]
	}
	// The tail, then a 0x80 byte as padding.
	var last uint32 = 0x80
	for i := len(data) - 1; i >= 0; i-- {
		last = last<<8 | uint32(data[i])
	}
	p0 += last
	p0, p1 = marvinBlock(p0, p1)
	p0, p1 = marvinBlock(p0, p1)
	return uint64(p1)<<32 | uint64(p0)
}

// marvin32 folds marvin64 into the 32 bits an identifiable key stores.
func marvin32(data []byte, seed uint64) uint32 {
	h := marvin64(data, seed)
	return uint32(h>>32) ^ uint32(h)
}

func marvinBlock(p0, p1 uint32) (uint32, uint32) {
	p1 ^= p0
	p0 = bits.RotateLeft32(p0, 20)
	p0 += p1
	p1 = bits.RotateLeft32(p1, 9)
	p1 ^= p0
	p0 = bits.RotateLeft32(p0, 27)
	p0 += p1
	p1 = bits.RotateLeft32(p1, 19)
	return p0, p1
}
