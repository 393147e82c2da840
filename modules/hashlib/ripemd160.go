// This file defines RIPEMD-160 (which OpenSSL offers and Go's standard
// library does not), from the algorithm's published description.
package hashlib

import (
	"encoding/binary"
	"math/bits"

	"krait/modules/hashbase"
)

// ripemd160 is a RIPEMD-160 state.
type ripemd160 struct {
	h [5]uint32
	mdBuffer
}

func newRIPEMD160() hashbase.State {
	return &ripemd160{h: [5]uint32{0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0}}
}

func (d *ripemd160) Size() int             { return 20 }
func (d *ripemd160) BlockSize() int        { return 64 }
func (d *ripemd160) Clone() hashbase.State { c := *d; return &c }

func (d *ripemd160) Write(p []byte) (int, error) {
	d.write(p, d.block)
	return len(p), nil
}

// Sum pads a copy of the state and returns its digest.
func (d *ripemd160) Sum(int) []byte {
	c := *d
	c.Write(c.padding(binary.LittleEndian))
	out := make([]byte, 20)
	for i, v := range c.h {
		binary.LittleEndian.PutUint32(out[4*i:], v)
	}
	return out
}

var (
	rmdRL = [80]uint8{
		0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
		7, 4, 13, 1, 10, 6, 15, 3, 12, 0, 9, 5, 2, 14, 11, 8,
		3, 10, 14, 4, 9, 15, 8, 1, 2, 7, 0, 6, 13, 11, 5, 12,
		1, 9, 11, 10, 0, 8, 12, 4, 13, 3, 7, 15, 14, 5, 6, 2,
		4, 0, 5, 9, 7, 12, 2, 10, 14, 1, 3, 8, 11, 6, 15, 13}
	rmdRR = [80]uint8{
		5, 14, 7, 0, 9, 2, 11, 4, 13, 6, 15, 8, 1, 10, 3, 12,
		6, 11, 3, 7, 0, 13, 5, 10, 14, 15, 8, 12, 4, 9, 1, 2,
		15, 5, 1, 3, 7, 14, 6, 9, 11, 8, 12, 2, 10, 0, 4, 13,
		8, 6, 4, 1, 3, 11, 15, 0, 5, 12, 2, 13, 9, 7, 10, 14,
		12, 15, 10, 4, 1, 5, 8, 7, 6, 2, 13, 14, 0, 3, 9, 11}
	rmdSL = [80]uint8{
		11, 14, 15, 12, 5, 8, 7, 9, 11, 13, 14, 15, 6, 7, 9, 8,
		7, 6, 8, 13, 11, 9, 7, 15, 7, 12, 15, 9, 11, 7, 13, 12,
		11, 13, 6, 7, 14, 9, 13, 15, 14, 8, 13, 6, 5, 12, 7, 5,
		11, 12, 14, 15, 14, 15, 9, 8, 9, 14, 5, 6, 8, 6, 5, 12,
		9, 15, 5, 11, 6, 8, 13, 12, 5, 12, 13, 14, 11, 8, 5, 6}
	rmdSR = [80]uint8{
		8, 9, 9, 11, 13, 15, 15, 5, 7, 7, 8, 11, 14, 14, 12, 6,
		9, 13, 15, 7, 12, 8, 9, 11, 7, 7, 12, 7, 6, 15, 13, 11,
		9, 7, 15, 11, 8, 6, 6, 14, 12, 13, 5, 14, 13, 13, 7, 5,
		15, 5, 8, 11, 14, 14, 6, 14, 6, 9, 12, 9, 12, 5, 15, 8,
		8, 5, 12, 9, 12, 5, 14, 6, 8, 13, 6, 5, 15, 13, 11, 11}
	rmdKL = [5]uint32{0, 0x5A827999, 0x6ED9EBA1, 0x8F1BBCDC, 0xA953FD4E}
	rmdKR = [5]uint32{0x50A28BE6, 0x5C4DD124, 0x6D703EF3, 0x7A6D76E9, 0}
)

// rmdF is the boolean function of round r (0-4).
func rmdF(r int, x, y, z uint32) uint32 {
	switch r {
	case 0:
		return x ^ y ^ z
	case 1:
		return x&y | ^x&z
	case 2:
		return (x | ^y) ^ z
	case 3:
		return x&z | y&^z
	}
	return x ^ (y | ^z)
}

// block compresses one 64-byte block into the state.
func (d *ripemd160) block(p []byte) {
	var x [16]uint32
	for i := range x {
		x[i] = binary.LittleEndian.Uint32(p[4*i:])
	}
	al, bl, cl, dl, el := d.h[0], d.h[1], d.h[2], d.h[3], d.h[4]
	ar, br, cr, dr, er := al, bl, cl, dl, el
	for j := 0; j < 80; j++ {
		r := j / 16
		t := bits.RotateLeft32(al+rmdF(r, bl, cl, dl)+x[rmdRL[j]]+rmdKL[r], int(rmdSL[j])) + el
		al, el, dl, cl, bl = el, dl, bits.RotateLeft32(cl, 10), bl, t
		t = bits.RotateLeft32(ar+rmdF(4-r, br, cr, dr)+x[rmdRR[j]]+rmdKR[r], int(rmdSR[j])) + er
		ar, er, dr, cr, br = er, dr, bits.RotateLeft32(cr, 10), br, t
	}
	t := d.h[1] + cl + dr
	d.h[1] = d.h[2] + dl + er
	d.h[2] = d.h[3] + el + ar
	d.h[3] = d.h[4] + al + br
	d.h[4] = d.h[0] + bl + cr
	d.h[0] = t
}
