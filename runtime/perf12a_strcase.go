// This file maps the case of ASCII text eight bytes at a time for
// str.upper() and str.lower() of an ASCII str (strbuild upper()s every word
// of a text in a loop; a byte at a time, the compare-and-flip loop was most
// of the method's cost).

package runtime

import (
	"encoding/binary"
	"unsafe"
)

const onesBytes = 0x0101010101010101

// asciiCaseFlip maps the ASCII text src into dst (same length): with upper,
// 'a'..'z' become 'A'..'Z'; otherwise 'A'..'Z' become 'a'..'z'. Every byte
// of src must be below 0x80.
func asciiCaseFlip(dst []byte, src string, upper bool) {
	lo, hi := byte('a'), byte('z')
	if !upper {
		lo, hi = 'A', 'Z'
	}
	// For a byte c < 0x80, c + (0x80-lo) has bit 7 set iff c >= lo, and
	// c + (0x80-hi-1) iff c > hi; neither sum carries into the next byte.
	// The bytes with the first bit and not the second are the letters to
	// flip, and bit 7 shifted right twice is the case bit 0x20.
	addLo, addHi := uint64(0x80-lo)*onesBytes, uint64(0x80-hi-1)*onesBytes
	sb := unsafe.Slice(unsafe.StringData(src), len(src))
	i := 0
	for ; i+8 <= len(sb); i += 8 {
		w := binary.LittleEndian.Uint64(sb[i:])
		m := (w + addLo) &^ (w + addHi) & (0x80 * onesBytes)
		binary.LittleEndian.PutUint64(dst[i:], w^(m>>2))
	}
	for ; i < len(sb); i++ {
		c := sb[i]
		if c >= lo && c <= hi {
			c ^= 0x20
		}
		dst[i] = c
	}
}
