// This file defines LZMA's range coder: the decoder reads from a byte slice
// and can be rolled back to the start of a symbol when the input runs out
// in the middle of it (so the decoder can wait for more input), and the
// encoder appends to a byte slice.
package lzma

// Probabilities are 11-bit; a new one is 1/2.
const (
	probBits  = 11
	probInit  = 1 << (probBits - 1)
	moveBits  = 5
	topValue  = 1 << 24
	maxSymbol = 20 // the most input bytes one LZMA symbol can take
)

type prob uint16

// undoEntry records a probability's value before an update.
type undoEntry struct {
	p   *prob
	old prob
}

// rangeDecoder decodes bits from in[pos:].
type rangeDecoder struct {
	rng, code uint32
	in        []byte
	pos       int
	short     bool // ran out of input during the current symbol
	logging   bool // record probability updates in undo
	undo      []undoEntry
}

// init starts decoding: five bytes, the first of which must be zero.
func (d *rangeDecoder) init(b []byte) bool {
	d.rng = 0xFFFFFFFF
	d.code = uint32(b[1])<<24 | uint32(b[2])<<16 | uint32(b[3])<<8 | uint32(b[4])
	return b[0] == 0
}

func (d *rangeDecoder) next() uint32 {
	if d.pos >= len(d.in) {
		d.short = true
		return 0
	}
	c := d.in[d.pos]
	d.pos++
	return uint32(c)
}

func (d *rangeDecoder) normalize() {
	if d.rng < topValue {
		d.rng <<= 8
		d.code = d.code<<8 | d.next()
	}
}

// bit decodes one bit with probability p.
func (d *rangeDecoder) bit(p *prob) uint32 {
	d.normalize()
	bound := (d.rng >> probBits) * uint32(*p)
	if d.logging {
		d.undo = append(d.undo, undoEntry{p, *p})
	}
	if d.code < bound {
		d.rng = bound
		*p += (1<<probBits - *p) >> moveBits
		return 0
	}
	d.rng -= bound
	d.code -= bound
	*p -= *p >> moveBits
	return 1
}

// direct decodes n bits of probability 1/2.
func (d *rangeDecoder) direct(n uint) uint32 {
	var r uint32
	for ; n > 0; n-- {
		d.normalize()
		d.rng >>= 1
		var b uint32
		if d.code >= d.rng {
			d.code -= d.rng
			b = 1
		}
		r = r<<1 | b
	}
	return r
}

// tree decodes an n-bit symbol, most significant bit first.
func (d *rangeDecoder) tree(probs []prob, n uint) uint32 {
	m := uint32(1)
	for i := uint(0); i < n; i++ {
		m = m<<1 | d.bit(&probs[m])
	}
	return m - 1<<n
}

// reverseTree decodes an n-bit symbol, least significant bit first.
// The probabilities are probs[off+m] for the tree index m (1-based), as
// the distance model's are laid out.
func (d *rangeDecoder) reverseTree(probs []prob, off int, n uint) uint32 {
	m, r := uint32(1), uint32(0)
	for i := uint(0); i < n; i++ {
		b := d.bit(&probs[off+int(m)])
		m = m<<1 | b
		r |= b << i
	}
	return r
}

// rangeEncoder encodes bits, appending bytes to out.
type rangeEncoder struct {
	low       uint64
	rng       uint32
	cache     byte
	cacheSize int64
	out       []byte
}

func (e *rangeEncoder) reset() {
	e.low, e.rng, e.cache, e.cacheSize = 0, 0xFFFFFFFF, 0, 1
}

func (e *rangeEncoder) shiftLow() {
	if uint32(e.low) < 0xFF000000 || e.low>>32 != 0 {
		carry := byte(e.low >> 32)
		temp := e.cache
		for {
			e.out = append(e.out, temp+carry)
			temp = 0xFF
			e.cacheSize--
			if e.cacheSize == 0 {
				break
			}
		}
		e.cache = byte(e.low >> 24)
	}
	e.cacheSize++
	e.low = (e.low & 0x00FFFFFF) << 8
}

// pending is how many bytes flush would still write.
func (e *rangeEncoder) pending() int { return int(e.cacheSize) + 4 }

func (e *rangeEncoder) flush() {
	for i := 0; i < 5; i++ {
		e.shiftLow()
	}
}

func (e *rangeEncoder) bit(p *prob, b uint32) {
	bound := (e.rng >> probBits) * uint32(*p)
	if b == 0 {
		e.rng = bound
		*p += (1<<probBits - *p) >> moveBits
	} else {
		e.low += uint64(bound)
		e.rng -= bound
		*p -= *p >> moveBits
	}
	for e.rng < topValue {
		e.rng <<= 8
		e.shiftLow()
	}
}

func (e *rangeEncoder) direct(v uint32, n uint) {
	for n > 0 {
		n--
		e.rng >>= 1
		if v>>n&1 != 0 {
			e.low += uint64(e.rng)
		}
		for e.rng < topValue {
			e.rng <<= 8
			e.shiftLow()
		}
	}
}

func (e *rangeEncoder) tree(probs []prob, n uint, v uint32) {
	m := uint32(1)
	for n > 0 {
		n--
		b := v >> n & 1
		e.bit(&probs[m], b)
		m = m<<1 | b
	}
}

func (e *rangeEncoder) reverseTree(probs []prob, off int, n uint, v uint32) {
	m := uint32(1)
	for i := uint(0); i < n; i++ {
		b := v & 1
		v >>= 1
		e.bit(&probs[off+int(m)], b)
		m = m<<1 | b
	}
}
