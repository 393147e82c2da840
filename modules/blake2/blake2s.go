// This file defines the BLAKE2s compression (RFC 7693) with the full
// parameter block.
package blake2

import (
	"encoding/binary"
	"hash"
	"math/bits"
)

var ivS = [8]uint32{
	0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
}

// digestS is a BLAKE2s state.
type digestS struct {
	h        [8]uint32
	t        [2]uint32
	buf      [64]byte
	n        int
	size     int
	lastNode bool
}

// newS initializes a BLAKE2s state from params (the 32-byte parameter
// block) and an optional key.
func newS(params *[32]byte, key []byte, lastNode bool) *digestS {
	d := &digestS{size: int(params[0]), lastNode: lastNode}
	for i := range d.h {
		d.h[i] = ivS[i] ^ binary.LittleEndian.Uint32(params[4*i:])
	}
	if len(key) > 0 {
		copy(d.buf[:], key)
		d.n = 64
	}
	return d
}

func (d *digestS) Size() int      { return d.size }
func (d *digestS) BlockSize() int { return 64 }
func (d *digestS) Reset()         {}

// Write buffers input, always keeping the last block for the final call.
func (d *digestS) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		if d.n == 64 {
			d.compress(false)
			d.n = 0
		}
		c := copy(d.buf[d.n:], p)
		d.n += c
		p = p[c:]
	}
	return n, nil
}

func (d *digestS) compress(final bool) {
	d.t[0] += uint32(d.n)
	if d.t[0] < uint32(d.n) {
		d.t[1]++
	}
	var m [16]uint32
	for i := range m {
		m[i] = binary.LittleEndian.Uint32(d.buf[4*i:])
	}
	var v [16]uint32
	copy(v[:8], d.h[:])
	copy(v[8:], ivS[:])
	v[12] ^= d.t[0]
	v[13] ^= d.t[1]
	if final {
		v[14] = ^v[14]
		if d.lastNode {
			v[15] = ^v[15]
		}
	}
	g := func(a, b, c, e int, x, y uint32) {
		v[a] += v[b] + x
		v[e] = bits.RotateLeft32(v[e]^v[a], -16)
		v[c] += v[e]
		v[b] = bits.RotateLeft32(v[b]^v[c], -12)
		v[a] += v[b] + y
		v[e] = bits.RotateLeft32(v[e]^v[a], -8)
		v[c] += v[e]
		v[b] = bits.RotateLeft32(v[b]^v[c], -7)
	}
	for r := 0; r < 10; r++ {
		s := &sigma[r]
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
func (d *digestS) Sum(b []byte) []byte {
	c := *d
	clear(c.buf[c.n:])
	c.compress(true)
	var out [32]byte
	for i, w := range c.h {
		binary.LittleEndian.PutUint32(out[4*i:], w)
	}
	return append(b, out[:d.size]...)
}

// Clone copies the state.
func (d *digestS) Clone() (hash.Cloner, error) {
	c := *d
	return &c, nil
}
