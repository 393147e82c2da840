// This file defines the delta filter and the branch-call-jump (BCJ)
// filters, which turn relative branch targets in machine code into
// absolute ones (encoding) and back (decoding) so LZMA finds more repeats.
package lzma

import "encoding/binary"

// Filter IDs.
const (
	filterLZMA1    = 0x4000000000000001
	filterLZMA2    = 0x21
	filterDelta    = 0x03
	filterX86      = 0x04
	filterPowerPC  = 0x05
	filterIA64     = 0x06
	filterARM      = 0x07
	filterARMThumb = 0x08
	filterSPARC    = 0x09
)

// converter is a non-last filter of a chain. code converts buf in place
// and returns how many leading bytes are final; the rest waits for more
// input (or, at the end, passes through unconverted).
type converter interface {
	code(buf []byte, encode bool) int
}

// stage runs a converter over a stream.
type stage struct {
	conv   converter
	encode bool
	hold   []byte
}

// push converts more data, returning the bytes now final.
func (s *stage) push(data []byte, final bool) []byte {
	s.hold = append(s.hold, data...)
	n := s.conv.code(s.hold, s.encode)
	if final {
		n = len(s.hold)
	}
	out := append([]byte(nil), s.hold[:n]...)
	s.hold = append(s.hold[:0], s.hold[n:]...)
	return out
}

// delta is the delta filter: each byte is stored as its difference from
// the byte dist before it.
type delta struct {
	dist    int
	history [256]byte
	pos     byte
}

func (d *delta) code(buf []byte, encode bool) int {
	for i, b := range buf {
		old := d.history[byte(d.dist)+d.pos]
		if encode {
			d.history[d.pos] = b
			buf[i] = b - old
		} else {
			buf[i] = b + old
			d.history[d.pos] = buf[i]
		}
		d.pos--
	}
	return len(buf)
}

// simple is the position bookkeeping shared by the BCJ filters.
type simple struct {
	pos uint32 // stream position of the next unconverted byte, plus start_offset
	fn  func(buf []byte, pos uint32, encode bool) int
}

func (s *simple) code(buf []byte, encode bool) int {
	n := s.fn(buf, s.pos, encode)
	s.pos += uint32(n)
	return n
}

func branchTarget(encode bool, src, at uint32) uint32 {
	if encode {
		return at + src
	}
	return src - at
}

func armCode(buf []byte, pos uint32, encode bool) int {
	i := 0
	for ; i+4 <= len(buf); i += 4 {
		if buf[i+3] == 0xEB {
			src := (uint32(buf[i+2])<<16 | uint32(buf[i+1])<<8 | uint32(buf[i])) << 2
			dest := branchTarget(encode, src, pos+uint32(i)+8) >> 2
			buf[i+2], buf[i+1], buf[i] = byte(dest>>16), byte(dest>>8), byte(dest)
		}
	}
	return i
}

func armThumbCode(buf []byte, pos uint32, encode bool) int {
	i := 0
	for ; i+4 <= len(buf); i += 2 {
		if buf[i+1]&0xF8 == 0xF0 && buf[i+3]&0xF8 == 0xF8 {
			src := (uint32(buf[i+1]&7)<<19 | uint32(buf[i])<<11 | uint32(buf[i+3]&7)<<8 | uint32(buf[i+2])) << 1
			dest := branchTarget(encode, src, pos+uint32(i)+4) >> 1
			buf[i+1] = 0xF0 | byte(dest>>19&7)
			buf[i] = byte(dest >> 11)
			buf[i+3] = 0xF8 | byte(dest>>8&7)
			buf[i+2] = byte(dest)
			i += 2
		}
	}
	return i
}

func powerPCCode(buf []byte, pos uint32, encode bool) int {
	i := 0
	for ; i+4 <= len(buf); i += 4 {
		if buf[i]>>2 == 0x12 && buf[i+3]&3 == 1 {
			src := uint32(buf[i]&3)<<24 | uint32(buf[i+1])<<16 | uint32(buf[i+2])<<8 | uint32(buf[i+3]&^3)
			dest := branchTarget(encode, src, pos+uint32(i))
			buf[i] = 0x48 | byte(dest>>24&3)
			buf[i+1], buf[i+2] = byte(dest>>16), byte(dest>>8)
			buf[i+3] = buf[i+3]&3 | byte(dest)&^3
		}
	}
	return i
}

func sparcCode(buf []byte, pos uint32, encode bool) int {
	i := 0
	for ; i+4 <= len(buf); i += 4 {
		if buf[i] == 0x40 && buf[i+1]&0xC0 == 0 || buf[i] == 0x7F && buf[i+1]&0xC0 == 0xC0 {
			src := binary.BigEndian.Uint32(buf[i:]) << 2
			dest := branchTarget(encode, src, pos+uint32(i)) >> 2
			dest = (0-(dest>>22&1))<<22&0x3FFFFFFF | dest&0x3FFFFF | 0x40000000
			binary.BigEndian.PutUint32(buf[i:], dest)
		}
	}
	return i
}

// x86 is the x86 BCJ filter, which converts E8/E9 (call/jmp) operands and
// remembers recent candidate bytes across calls.
type x86 struct {
	pos      uint32
	prevMask uint32
	prevPos  uint32
}

func newX86(start uint32) *x86 { return &x86{pos: start, prevPos: start - 5} }

func test86(b byte) bool { return b == 0 || b == 0xFF }

var (
	x86Allowed = [8]bool{true, true, true, false, true, false, false, false}
	x86BitNum  = [8]uint32{0, 1, 2, 2, 3, 3, 3, 3}
)

func (x *x86) code(buf []byte, encode bool) int {
	if len(buf) < 5 {
		return 0
	}
	now := x.pos
	if now-x.prevPos > 5 {
		x.prevPos = now - 5
	}
	limit := len(buf) - 5
	i := 0
	for i <= limit {
		b := buf[i]
		if b != 0xE8 && b != 0xE9 {
			i++
			continue
		}
		offset := now + uint32(i) - x.prevPos
		x.prevPos = now + uint32(i)
		if offset > 5 {
			x.prevMask = 0
		} else {
			for k := uint32(0); k < offset; k++ {
				x.prevMask &= 0x77
				x.prevMask <<= 1
			}
		}
		b = buf[i+4]
		if test86(b) && x86Allowed[x.prevMask>>1&7] && x.prevMask>>1 < 0x10 {
			src := binary.LittleEndian.Uint32(buf[i+1:])
			var dest uint32
			for {
				dest = branchTarget(encode, src, now+uint32(i)+5)
				if x.prevMask == 0 {
					break
				}
				k := x86BitNum[x.prevMask>>1]
				b = byte(dest >> (24 - k*8))
				if !test86(b) {
					break
				}
				src = dest ^ (1<<(32-k*8) - 1)
			}
			hi := byte(0)
			if dest>>24&1 != 0 {
				hi = 0xFF
			}
			buf[i+1], buf[i+2], buf[i+3], buf[i+4] = byte(dest), byte(dest>>8), byte(dest>>16), hi
			i += 5
			x.prevMask = 0
		} else {
			i++
			x.prevMask |= 1
			if test86(b) {
				x.prevMask |= 0x10
			}
		}
	}
	x.pos += uint32(i)
	return i
}

// newConverter makes the converter of a non-last filter.
func newConverter(f *filterSpec) converter {
	switch f.id {
	case filterDelta:
		return &delta{dist: f.dist}
	case filterX86:
		return newX86(f.startOffset)
	case filterARM:
		return &simple{pos: f.startOffset, fn: armCode}
	case filterARMThumb:
		return &simple{pos: f.startOffset, fn: armThumbCode}
	case filterPowerPC:
		return &simple{pos: f.startOffset, fn: powerPCCode}
	case filterSPARC:
		return &simple{pos: f.startOffset, fn: sparcCode}
	case filterIA64:
		return &simple{pos: f.startOffset, fn: ia64Code}
	}
	return nil
}

// ia64Branch says which of a bundle's three slots may hold a branch, by
// the bundle's template.
var ia64Branch = [32]uint32{
	0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0,
	4, 4, 6, 6, 0, 0, 7, 7,
	4, 4, 0, 0, 4, 4, 0, 0,
}

// ia64Code converts the IP-relative branches of 16-byte IA-64 bundles.
func ia64Code(buf []byte, pos uint32, encode bool) int {
	i := 0
	for ; i+16 <= len(buf); i += 16 {
		mask := ia64Branch[buf[i]&0x1F]
		bitPos := uint32(5)
		for slot := uint32(0); slot < 3; slot, bitPos = slot+1, bitPos+41 {
			if mask>>slot&1 == 0 {
				continue
			}
			bytePos := int(bitPos >> 3)
			bitRes := bitPos & 7
			var instr uint64
			for j := 0; j < 6; j++ {
				instr |= uint64(buf[i+j+bytePos]) << (8 * j)
			}
			norm := instr >> bitRes
			if norm>>37&0xF != 0x5 || norm>>9&7 != 0 {
				continue
			}
			src := uint32(norm>>13&0xFFFFF) | uint32(norm>>36&1)<<20
			dest := branchTarget(encode, src<<4, pos+uint32(i)) >> 4
			norm &^= uint64(0x8FFFFF) << 13
			norm |= uint64(dest&0xFFFFF) << 13
			norm |= uint64(dest&0x100000) << (36 - 20)
			instr &= 1<<bitRes - 1
			instr |= norm << bitRes
			for j := 0; j < 6; j++ {
				buf[i+j+bytePos] = byte(instr >> (8 * j))
			}
		}
	}
	return i
}
