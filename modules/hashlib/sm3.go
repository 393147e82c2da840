// This file defines SM3 (GB/T 32905-2016), the Chinese national hash that
// OpenSSL offers, from the algorithm's published description.
package hashlib

import (
	"encoding/binary"
	"math/bits"

	"krait/modules/hashbase"
)

// sm3 is an SM3 state.
type sm3 struct {
	h [8]uint32
	mdBuffer
}

func newSM3() hashbase.State {
	return &sm3{h: [8]uint32{0x7380166F, 0x4914B2B9, 0x172442D7, 0xDA8A0600,
		0xA96F30BC, 0x163138AA, 0xE38DEE4D, 0xB0FB0E4E}}
}

func (d *sm3) Size() int             { return 32 }
func (d *sm3) BlockSize() int        { return 64 }
func (d *sm3) Clone() hashbase.State { c := *d; return &c }

func (d *sm3) Write(p []byte) (int, error) {
	d.write(p, d.block)
	return len(p), nil
}

// Sum pads a copy of the state (as SHA-256 does) and returns its digest.
func (d *sm3) Sum(int) []byte {
	c := *d
	c.Write(c.padding(binary.BigEndian))
	out := make([]byte, 32)
	for i, v := range c.h {
		binary.BigEndian.PutUint32(out[4*i:], v)
	}
	return out
}

func sm3P0(x uint32) uint32 { return x ^ bits.RotateLeft32(x, 9) ^ bits.RotateLeft32(x, 17) }
func sm3P1(x uint32) uint32 { return x ^ bits.RotateLeft32(x, 15) ^ bits.RotateLeft32(x, 23) }

// block compresses one 64-byte block into the state.
func (d *sm3) block(p []byte) {
	var w [68]uint32
	for i := 0; i < 16; i++ {
		w[i] = binary.BigEndian.Uint32(p[4*i:])
	}
	for j := 16; j < 68; j++ {
		w[j] = sm3P1(w[j-16]^w[j-9]^bits.RotateLeft32(w[j-3], 15)) ^ bits.RotateLeft32(w[j-13], 7) ^ w[j-6]
	}
	a, b, c, dd, e, f, g, h := d.h[0], d.h[1], d.h[2], d.h[3], d.h[4], d.h[5], d.h[6], d.h[7]
	for j := 0; j < 64; j++ {
		t, ff, gg := uint32(0x7A879D8A), a&b|a&c|b&c, e&f|^e&g
		if j < 16 {
			t, ff, gg = 0x79CC4519, a^b^c, e^f^g
		}
		ss1 := bits.RotateLeft32(bits.RotateLeft32(a, 12)+e+bits.RotateLeft32(t, j%32), 7)
		ss2 := ss1 ^ bits.RotateLeft32(a, 12)
		tt1 := ff + dd + ss2 + (w[j] ^ w[j+4])
		tt2 := gg + h + ss1 + w[j]
		dd, c, b, a = c, bits.RotateLeft32(b, 9), a, tt1
		h, g, f, e = g, bits.RotateLeft32(f, 19), e, sm3P0(tt2)
	}
	for i, v := range [8]uint32{a, b, c, dd, e, f, g, h} {
		d.h[i] ^= v
	}
}
