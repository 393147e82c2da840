// This file defines the LZMA encoder: a hash-chain match finder over a
// window of recent input and a greedy parse (the longest repeated or new
// match, else a literal), written through the range encoder. Its output
// differs from liblzma's (whose optimal parser finds shorter encodings)
// but any LZMA decoder reads it.
package lzma

import "math/bits"

// encoder encodes a stream of bytes as LZMA symbols.
type encoder struct {
	model
	rc rangeEncoder
	// buf holds the input from absolute position base on; pos is the next
	// position to encode.
	buf  []byte
	base int64
	pos  int64
	// head maps a hash of 3 bytes to the last position p there, and the
	// ring prev maps p to the previous one; both store uint32(p+1), from
	// which a position less than 2**32 back is recovered (0 is empty).
	head      []uint32
	prev      []uint32
	ringMax   int
	inserted  int64 // positions below this are in the hash chains
	hashShift uint32
	dictSize  int
	niceLen   int
	depth     int
}

func newEncoder(p props, dictSize, niceLen, depth int) *encoder {
	e := &encoder{dictSize: dictSize, niceLen: min(max(niceLen, matchMinLen), matchMaxLen), depth: max(depth, 1)}
	e.model.reset(p)
	e.rc.reset()
	hashBits := uint32(16)
	switch {
	case dictSize >= 1<<22:
		hashBits = 20
	case dictSize >= 1<<20:
		hashBits = 18
	}
	e.hashShift = 32 - hashBits
	e.head = make([]uint32, 1<<hashBits)
	e.ringMax = 1 << bits.Len(uint(dictSize))
	e.prev = make([]uint32, min(e.ringMax, 1<<16))
	return e
}

// write adds input to the window.
func (e *encoder) write(p []byte) {
	if keep := e.pos - int64(e.dictSize) - 1; keep-e.base > int64(e.dictSize)+1<<20 {
		drop := keep - e.base
		e.buf = append(e.buf[:0], e.buf[drop:]...)
		e.base = keep
	}
	e.buf = append(e.buf, p...)
}

func (e *encoder) end() int64        { return e.base + int64(len(e.buf)) }
func (e *encoder) at(abs int64) byte { return e.buf[abs-e.base] }
func (e *encoder) hash(abs int64) uint32 {
	i := abs - e.base
	b := e.buf[i : i+3]
	return (uint32(b[0])<<16 | uint32(b[1])<<8 | uint32(b[2])) * 2654435761 >> e.hashShift
}

// insert adds positions up to (not including) upto to the hash chains.
func (e *encoder) insert(upto int64) {
	for ; e.inserted < upto && e.inserted+3 <= e.end(); e.inserted++ {
		p := e.inserted
		for p >= int64(len(e.prev)) && len(e.prev) < e.ringMax {
			e.prev = append(e.prev, make([]uint32, len(e.prev))...)
		}
		h := e.hash(p)
		e.prev[p&int64(len(e.prev)-1)] = e.head[h]
		e.head[h] = uint32(p + 1)
	}
}

// back recovers the position stored as s in a hash table entry read at
// position from (-1 for an empty entry).
func back(from int64, s uint32) int64 {
	if s == 0 {
		return -1
	}
	return from - int64(uint32(from+1)-s)
}

// matchLen is the length of the match at pos with the bytes dist+1 back.
func (e *encoder) matchLen(pos int64, dist int64, limit int) int {
	a := e.buf[pos-e.base:]
	b := e.buf[pos-dist-1-e.base:]
	n := 0
	for n < limit && a[n] == b[n] {
		n++
	}
	return n
}

// findMatch returns the longest match at pos among the hash chain.
func (e *encoder) findMatch(pos int64, limit int) (length int, dist int64) {
	if limit < 3 {
		return 0, 0
	}
	mask := int64(len(e.prev) - 1)
	cand := back(pos, e.head[e.hash(pos)])
	for d := e.depth; d > 0 && cand >= 0 && cand < pos; d-- {
		dd := pos - cand - 1
		if dd >= int64(e.dictSize) || cand < e.base {
			break
		}
		if length > 0 && e.buf[cand+int64(length)-e.base] != e.buf[pos+int64(length)-e.base] {
			// cannot beat the best match
		} else if n := e.matchLen(pos, dd, limit); n > length {
			length, dist = n, dd
			if n >= e.niceLen || n == limit {
				break
			}
		}
		if pos-cand >= int64(len(e.prev)) {
			break
		}
		next := back(cand, e.prev[cand&mask])
		if next >= cand {
			break
		}
		cand = next
	}
	return length, dist
}

// encodeUpTo encodes positions while pos < upto, stopping early when the
// chunk limit says so (LZMA2 chunks).
func (e *encoder) encodeUpTo(upto int64, stop func() bool) {
	for e.pos < upto && !stop() {
		e.insert(e.pos)
		limit := int(min(int64(matchMaxLen), e.end()-e.pos))
		repLen, rep := 0, 0
		for i := 0; i < 4; i++ {
			d := int64(e.reps[i])
			if e.pos-d-1 < e.base || e.pos-d-1 < 0 {
				continue
			}
			if n := e.matchLen(e.pos, d, limit); n > repLen {
				repLen, rep = n, i
			}
		}
		mainLen, dist := e.findMatch(e.pos, limit)
		if mainLen == 3 && dist >= 1<<14 {
			mainLen = 0
		}
		switch {
		case repLen >= 2 && (repLen+1 >= mainLen || repLen >= e.niceLen):
			e.encodeRep(rep, repLen)
			e.advance(repLen)
		case mainLen >= 3 && e.betterNext(mainLen):
			// A longer match starts at the next byte: take a literal now.
			e.encodeLiteral()
			e.advance(1)
		case mainLen >= 3:
			e.encodeMatch(uint32(dist), mainLen)
			e.advance(mainLen)
		case e.state >= 7 && e.pos-int64(e.reps[0])-1 >= e.base && e.at(e.pos) == e.at(e.pos-int64(e.reps[0])-1):
			e.encodeShortRep()
			e.advance(1)
		default:
			e.encodeLiteral()
			e.advance(1)
		}
	}
}

// betterNext reports whether the match at the next position is clearly
// longer than one of length n here (a one-step lazy parse).
func (e *encoder) betterNext(n int) bool {
	next := e.pos + 1
	if n >= e.niceLen || next+3 > e.end() {
		return false
	}
	e.insert(next)
	l, _ := e.findMatch(next, int(min(int64(matchMaxLen), e.end()-next)))
	return l > n+1
}

func (e *encoder) advance(n int) {
	e.pos += int64(n)
	e.insert(e.pos)
}

func (e *encoder) posState() uint32 { return uint32(e.pos) & (1<<e.pb - 1) }

func (e *encoder) encodeLiteral() {
	s, ps := e.state, e.posState()
	e.rc.bit(&e.isMatch[s][ps], 0)
	var prevByte byte
	if e.pos > 0 {
		prevByte = e.at(e.pos - 1)
	}
	probs := e.literalProbs(uint64(e.pos), prevByte)
	b := uint32(e.at(e.pos))
	sym := uint32(1)
	if s >= 7 {
		match := uint32(e.at(e.pos - int64(e.reps[0]) - 1))
		matched := true
		for i := 7; i >= 0; i-- {
			bit := b >> uint(i) & 1
			if matched {
				mb := match >> 7 & 1
				match <<= 1
				e.rc.bit(&probs[0x100+mb<<8+sym], bit)
				matched = bit == mb
			} else {
				e.rc.bit(&probs[sym], bit)
			}
			sym = sym<<1 | bit
		}
	} else {
		e.rc.tree(probs, 8, b)
	}
	e.state = stateLiteral(s)
}

func (e *encoder) encodeLen(l *lenProbs, n uint32, ps uint32) {
	n -= matchMinLen
	switch {
	case n < lenLowSymbols:
		e.rc.bit(&l.choice, 0)
		e.rc.tree(l.low[ps][:], 3, n)
	case n < lenLowSymbols+lenMidSymbols:
		e.rc.bit(&l.choice, 1)
		e.rc.bit(&l.choice2, 0)
		e.rc.tree(l.mid[ps][:], 3, n-lenLowSymbols)
	default:
		e.rc.bit(&l.choice, 1)
		e.rc.bit(&l.choice2, 1)
		e.rc.tree(l.high[:], 8, n-lenLowSymbols-lenMidSymbols)
	}
}

func distSlot(dist uint32) uint32 {
	if dist < 4 {
		return dist
	}
	n := uint32(bits.Len32(dist)) - 1
	return 2*n + dist>>(n-1)&1
}

func (e *encoder) encodeMatch(dist uint32, n int) {
	s, ps := e.state, e.posState()
	e.rc.bit(&e.isMatch[s][ps], 1)
	e.rc.bit(&e.isRep[s], 0)
	e.encodeLen(&e.lenCoder, uint32(n), ps)
	slot := distSlot(dist)
	e.rc.tree(e.posSlot[min(uint32(n)-matchMinLen, 3)][:], 6, slot)
	if slot >= 4 {
		footer := uint(slot>>1) - 1
		base := (2 | slot&1) << footer
		reduced := dist - base
		if slot < endPosModel {
			e.rc.reverseTree(e.posSpecial[:], int(base-slot)-1, footer, reduced)
		} else {
			e.rc.direct(reduced>>alignBits, footer-alignBits)
			e.rc.reverseTree(e.align[:], 0, alignBits, reduced&(1<<alignBits-1))
		}
	}
	e.reps[3], e.reps[2], e.reps[1], e.reps[0] = e.reps[2], e.reps[1], e.reps[0], dist
	e.state = stateMatch(s)
}

func (e *encoder) encodeRep(rep, n int) {
	s, ps := e.state, e.posState()
	e.rc.bit(&e.isMatch[s][ps], 1)
	e.rc.bit(&e.isRep[s], 1)
	if rep == 0 {
		e.rc.bit(&e.isRepG0[s], 0)
		e.rc.bit(&e.isRep0Long[s][ps], 1)
	} else {
		e.rc.bit(&e.isRepG0[s], 1)
		if rep == 1 {
			e.rc.bit(&e.isRepG1[s], 0)
		} else {
			e.rc.bit(&e.isRepG1[s], 1)
			e.rc.bit(&e.isRepG2[s], uint32(rep-2))
		}
		r := e.reps[rep]
		copy(e.reps[1:rep+1], e.reps[:rep])
		e.reps[0] = r
	}
	e.encodeLen(&e.repLen, uint32(n), ps)
	e.state = stateRep(s)
}

func (e *encoder) encodeShortRep() {
	s, ps := e.state, e.posState()
	e.rc.bit(&e.isMatch[s][ps], 1)
	e.rc.bit(&e.isRep[s], 1)
	e.rc.bit(&e.isRepG0[s], 0)
	e.rc.bit(&e.isRep0Long[s][ps], 0)
	e.state = stateShort(s)
}

// encodeEOS writes the end-of-payload marker (a match of distance 2**32-1).
func (e *encoder) encodeEOS() {
	e.encodeMatch(0xFFFFFFFF, matchMinLen)
}
