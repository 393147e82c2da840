// This file defines the CRC-32 bzip2 uses: the polynomial 0x04c11db7
// processed most significant bit first (hash/crc32 is the reflected form).
package bz2

var crcTable = func() (t [256]uint32) {
	for i := range t {
		c := uint32(i) << 24
		for k := 0; k < 8; k++ {
			if c&0x80000000 != 0 {
				c = c<<1 ^ 0x04c11db7
			} else {
				c <<= 1
			}
		}
		t[i] = c
	}
	return
}()

// crcUpdate adds b to the running (uninverted) CRC c.
func crcUpdate(c uint32, b byte) uint32 { return c<<8 ^ crcTable[byte(c>>24)^b] }

// crcRun adds n copies of b to c.
func crcRun(c uint32, b byte, n int) uint32 {
	for ; n > 0; n-- {
		c = c<<8 ^ crcTable[byte(c>>24)^b]
	}
	return c
}
