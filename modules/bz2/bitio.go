// This file defines the bit-level writer and reader of bzip2 streams, which
// pack bits most significant first.
package bz2

// bitWriter accumulates a bzip2 stream's bits.
type bitWriter struct {
	out  []byte
	acc  uint64
	nacc uint
}

// put appends the low n bits of v (n <= 32).
func (w *bitWriter) put(n uint, v uint32) {
	w.acc = w.acc<<n | uint64(v)&(1<<n-1)
	w.nacc += n
	for w.nacc >= 8 {
		w.nacc -= 8
		w.out = append(w.out, byte(w.acc>>w.nacc))
	}
}

// pad completes the last byte with zero bits.
func (w *bitWriter) pad() {
	if w.nacc > 0 {
		w.put(8-w.nacc, 0)
	}
}

// take returns the whole bytes written so far and forgets them.
func (w *bitWriter) take() []byte {
	b := w.out
	w.out = nil
	return b
}

// bitReader reads bits from buf starting at bit pos; running past the
// end sets short instead of failing, so a caller can rewind and wait for
// more input.
type bitReader struct {
	buf   []byte
	pos   int // in bits
	short bool
}

func (r *bitReader) avail() int { return len(r.buf)*8 - r.pos }

// bits reads n bits (n <= 32).
func (r *bitReader) bits(n int) uint32 {
	if r.avail() < n {
		r.short = true
		r.pos = len(r.buf) * 8
		return 0
	}
	var v uint32
	for n > 0 {
		i := r.pos >> 3
		off := r.pos & 7
		take := 8 - off
		if take > n {
			take = n
		}
		b := uint32(r.buf[i]) >> (8 - off - take) & (1<<take - 1)
		v = v<<take | b
		n -= take
		r.pos += take
	}
	return v
}

// bit reads one bit.
func (r *bitReader) bit() uint32 {
	if r.pos >= len(r.buf)*8 {
		r.short = true
		return 0
	}
	b := uint32(r.buf[r.pos>>3]>>(7-r.pos&7)) & 1
	r.pos++
	return b
}
