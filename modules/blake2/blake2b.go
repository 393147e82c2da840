// This file defines the BLAKE2b compression (RFC 7693) with the full
// parameter block (salt, personalization and tree parameters), which
// golang.org/x/crypto/blake2b does not expose.
package blake2

import (
	"encoding/binary"
	"hash"
	"math/bits"
)

var ivB = [8]uint64{
	0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
	0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
}

// sigma is the message word schedule shared by BLAKE2b and BLAKE2s.
var sigma = [10][16]byte{
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
	{14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
	{11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
	{7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
	{9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
	{2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
	{12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
	{13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
	{6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
	{10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
}

// digestB is a BLAKE2b state.
type digestB struct {
	h        [8]uint64
	t        [2]uint64
	buf      [128]byte
	n        int
	size     int
	lastNode bool
}

// newB initializes a BLAKE2b state from params (the 64-byte parameter
// block) and an optional key.
func newB(params *[64]byte, key []byte, lastNode bool) *digestB {
	d := &digestB{size: int(params[0]), lastNode: lastNode}
	for i := range d.h {
		d.h[i] = ivB[i] ^ binary.LittleEndian.Uint64(params[8*i:])
	}
	if len(key) > 0 {
		copy(d.buf[:], key)
		d.n = 128
	}
	return d
}

func (d *digestB) Size() int      { return d.size }
func (d *digestB) BlockSize() int { return 128 }
func (d *digestB) Reset()         {}

// Write buffers input, always keeping the last block for the final call.
func (d *digestB) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		if d.n == 128 {
			d.compress(false)
			d.n = 0
		}
		c := copy(d.buf[d.n:], p)
		d.n += c
		p = p[c:]
	}
	return n, nil
}

func (d *digestB) compress(final bool) {
	d.t[0] += uint64(d.n)
	if d.t[0] < uint64(d.n) {
		d.t[1]++
	}
	var m [16]uint64
	for i := range m {
		m[i] = binary.LittleEndian.Uint64(d.buf[8*i:])
	}
	var v [16]uint64
	copy(v[:8], d.h[:])
	copy(v[8:], ivB[:])
	v[12] ^= d.t[0]
	v[13] ^= d.t[1]
	if final {
		v[14] = ^v[14]
		if d.lastNode {
			v[15] = ^v[15]
		}
	}
	g := func(a, b, c, e int, x, y uint64) {
		v[a] += v[b] + x
		v[e] = bits.RotateLeft64(v[e]^v[a], -32)
		v[c] += v[e]
		v[b] = bits.RotateLeft64(v[b]^v[c], -24)
		v[a] += v[b] + y
		v[e] = bits.RotateLeft64(v[e]^v[a], -16)
		v[c] += v[e]
		v[b] = bits.RotateLeft64(v[b]^v[c], -63)
	}
	for r := 0; r < 12; r++ {
		s := &sigma[r%10]
		g(0, 4, 8, 12, m[s[0]], m[s[1]])
		g(1, 5, 9, 13, m[s[2]], m[s[3]])
		g(2, 6, 10, 14, m[s[4]], m[s[5]])
		g(3, 7, 11, 15, m[s[6]], m[s[7]])
		g(0, 5, 10, 15, m[s[8]], m[s[9]])
		g(1, 6, 11, 12, m[s[10]], m[s[11]])
		g(2, 7, 8, 13, m[s[12]], m[s[13]])
		g(3, 4, 9, 14, m[s[14]], m[s[15]])
	}
	for i := range d.h {
		d.h[i] ^= v[i] ^ v[i+8]
	}
}

// Sum finishes a copy of the state and appends the digest to b.
func (d *digestB) Sum(b []byte) []byte {
	c := *d
	clear(c.buf[c.n:])
	c.compress(true)
	var out [64]byte
	for i, w := range c.h {
		binary.LittleEndian.PutUint64(out[8*i:], w)
	}
	return append(b, out[:d.size]...)
}

// Clone copies the state.
func (d *digestB) Clone() (hash.Cloner, error) {
	c := *d
	return &c, nil
}
