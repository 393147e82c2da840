// This file defines the block buffering and final padding that the
// Merkle-Damgard hashes written here (RIPEMD-160 and SM3) share.

package hashlib

import "encoding/binary"

// mdBuffer holds the bytes of an unfinished 64-byte block and the count
// of bytes written.
type mdBuffer struct {
	buf [64]byte
	nb  int    // bytes in buf
	len uint64 // bytes written
}

// write feeds p to block one whole 64-byte block at a time, keeping the
// rest for the next call.
func (m *mdBuffer) write(p []byte, block func([]byte)) {
	m.len += uint64(len(p))
	if m.nb > 0 {
		k := copy(m.buf[m.nb:], p)
		m.nb += k
		p = p[k:]
		if m.nb < 64 {
			return
		}
		block(m.buf[:])
		m.nb = 0
	}
	for len(p) >= 64 {
		block(p[:64])
		p = p[64:]
	}
	m.nb = copy(m.buf[:], p)
}

// padding returns the final padding for what was written: 0x80, zeros,
// and the length in bits in the hash's byte order.
func (m *mdBuffer) padding(order binary.ByteOrder) []byte {
	var pad [72]byte
	pad[0] = 0x80
	padLen := 56 - int(m.len%64)
	if padLen <= 0 {
		padLen += 64
	}
	order.PutUint64(pad[padLen:], m.len*8)
	return pad[:padLen+8]
}
