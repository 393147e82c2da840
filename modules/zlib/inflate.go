// This file defines the inflate stream, a resumable state machine in the
// shape of zlib 1.2.13's inflate.c: it consumes input only as far as the
// output space allows, keeps its window across calls, can be copied, and
// reports zlib's error codes and messages.
package zlib

import (
	"encoding/binary"
	"hash/crc32"
)

// Inflate modes.
const (
	iHead = iota
	iFlags
	iTime
	iOS
	iExLen
	iExtra
	iName
	iComment
	iHCRC
	iDictID
	iDict
	iType
	iStored
	iCopy
	iTable
	iLenLens
	iCodeLens
	iLen
	iLenExt
	iDist
	iDistExt
	iMatch
	iLit
	iCheck
	iLength
	iDone
	iBad
)

const (
	zNeedDict  = 2
	zDataError = -3
)

var fixedLit, fixedDist huffTable

// buildFixedTables makes the fixed Huffman tables (init14_tables.go).
func buildFixedTables() {
	var lens [320]uint16
	for i := range 288 {
		switch {
		case i < 144:
			lens[i] = 8
		case i < 256:
			lens[i] = 9
		case i < 280:
			lens[i] = 7
		default:
			lens[i] = 8
		}
	}
	fixedLit.build(lens[:288], tableLens)
	for i := range 32 {
		lens[i] = 5
	}
	fixedDist.build(lens[:32], tableDists)
}

// inflateState is one zlib inflate stream.
type inflateState struct {
	in       []byte
	out      []byte
	outStart int // where this call's output starts in out
	availOut int
	msg      string

	mode     int
	last     bool
	wrap     int // bit 1: zlib, 2: gzip, 4: check the trailer
	gzip     bool
	flags    int
	havedict bool
	wbits    int
	check    uint32
	total    uint32
	hold     uint64
	bits     uint
	length   int
	offset   int
	extra    int
	hcrc     uint32

	lencode, distcode *huffTable
	dyn               *[2]huffTable
	ncode, nlen       int
	ndist, have       int
	lens              [320]uint16

	window []byte
	whave  int
	wnext  int
}

// newInflateState is inflateInit2 for an already validated wbits.
func newInflateState(wbits int) *inflateState {
	tablesOnce.Do(buildTables) // init14_tables.go
	s := &inflateState{}
	switch {
	case wbits < 0:
		wbits = -wbits
	default:
		s.wrap = (wbits >> 4) + 5
		if wbits < 48 {
			wbits &= 15
		}
	}
	s.wbits = wbits
	return s
}

// copyState is inflateCopy.
func (s *inflateState) copyState() *inflateState {
	d := *s
	d.in, d.out = nil, nil
	d.window = append([]byte(nil), s.window...)
	if s.dyn != nil {
		d.dyn = new([2]huffTable)
		*d.dyn = *s.dyn
		if s.lencode == &s.dyn[0] {
			d.lencode, d.distcode = &d.dyn[0], &d.dyn[1]
		}
	}
	return &d
}

// setDictionary is inflateSetDictionary; it returns a zlib code.
func (s *inflateState) setDictionary(dict []byte) int {
	if s.wrap != 0 && s.mode != iDict {
		return zStreamError
	}
	if s.mode == iDict && adler32Update(1, dict) != s.check {
		return zDataError
	}
	s.updateWindow(dict)
	s.havedict = true
	return zOK
}

// pull moves one input byte into the bit buffer.
func (s *inflateState) pull() bool {
	if len(s.in) == 0 {
		return false
	}
	s.hold |= uint64(s.in[0]) << s.bits
	s.in = s.in[1:]
	s.bits += 8
	return true
}

// need makes n bits available, or reports false when input ran out.
func (s *inflateState) need(n uint) bool {
	for s.bits < n {
		if !s.pull() {
			return false
		}
	}
	return true
}

func (s *inflateState) take(n uint) int {
	v := int(s.hold & (1<<n - 1))
	s.hold >>= n
	s.bits -= n
	return v
}

func (s *inflateState) initBits() { s.hold, s.bits = 0, 0 }

func (s *inflateState) bad(msg string) {
	s.msg = msg
	s.mode = iBad
}

// decodeSym decodes a symbol, pulling input as needed; ok is false when
// input ran out, bad when the bits are no code.
func (s *inflateState) decodeSym(h *huffTable) (sym int, ok, bad bool) {
	for {
		v, n, st := h.decode(s.hold, s.bits)
		switch st {
		case decodeOK:
			s.hold >>= uint(n)
			s.bits -= uint(n)
			return v, true, false
		case decodeBad:
			return 0, true, true
		}
		if !s.pull() {
			return 0, false, false
		}
	}
}

// updateWindow keeps the last window-size bytes of output.
func (s *inflateState) updateWindow(p []byte) {
	wsize := 1 << s.wbits
	if s.window == nil {
		s.window = make([]byte, wsize)
	}
	if len(p) >= wsize {
		copy(s.window, p[len(p)-wsize:])
		s.wnext, s.whave = 0, wsize
		return
	}
	n := copy(s.window[s.wnext:], p)
	if n < len(p) {
		copy(s.window, p[n:])
		s.wnext = len(p) - n
		s.whave = wsize
		return
	}
	s.wnext += n
	if s.wnext == wsize {
		s.wnext = 0
	}
	if s.whave < wsize {
		s.whave += n
	}
}

// updateCheck runs the check value over this call's output from start.
func (s *inflateState) updateCheck(start int) {
	if s.wrap&4 == 0 || start >= len(s.out) {
		return
	}
	if s.gzip {
		s.check = crc32.Update(s.check, crc32.IEEETable, s.out[start:])
	} else {
		s.check = adler32Update(s.check, s.out[start:])
	}
}

// inflate is zlib's inflate(): it decodes s.in into at most availOut
// bytes appended to s.out and returns a zlib code.
func (s *inflateState) inflate(flush int) int {
	inLen := len(s.in)
	s.outStart = len(s.out)
	checked := s.outStart
	ret := s.run(&checked)
	// Leave: keep the window, update the check value.
	produced := s.out[s.outStart:]
	if s.window != nil || (len(produced) != 0 && s.mode < iBad && (s.mode < iCheck || flush != zFinish)) {
		s.updateWindow(produced)
	}
	s.total += uint32(len(s.out) - checked)
	s.updateCheck(checked)
	if ((inLen == len(s.in) && len(produced) == 0) || flush == zFinish) && ret == zOK {
		ret = zBufError
	}
	return ret
}

// run is the state machine; it returns when it needs input or output
// space (zOK), or at the end or an error.
func (s *inflateState) run(checked *int) int {
	for {
		switch s.mode {
		case iHead:
			if s.wrap == 0 {
				s.mode = iType
				continue
			}
			if !s.need(16) {
				return zOK
			}
			if s.wrap&2 != 0 && s.hold&0xffff == 0x8b1f {
				if s.wbits == 0 {
					s.wbits = 15
				}
				s.gzip = true
				s.hcrc = crc32.Update(0, crc32.IEEETable, []byte{0x1f, 0x8b})
				s.initBits()
				s.mode = iFlags
				continue
			}
			h := s.hold & 0xffff
			if s.wrap&1 == 0 || ((h&0xff)<<8+h>>8)%31 != 0 {
				s.bad("incorrect header check")
				continue
			}
			if h&0xf != deflated {
				s.bad("unknown compression method")
				continue
			}
			n := int(h>>4&0xf) + 8
			if s.wbits == 0 {
				s.wbits = n
			}
			if n > 15 || n > s.wbits {
				s.bad("invalid window size")
				continue
			}
			s.check = 1
			s.mode = iType
			if h&0x2000 != 0 {
				s.mode = iDictID
			}
			s.initBits()
		case iFlags, iTime, iOS, iExLen, iExtra, iName, iComment, iHCRC:
			s.gzipHeader()
			if s.mode >= iFlags && s.mode <= iHCRC {
				return zOK
			}
		case iDictID:
			if !s.need(32) {
				return zOK
			}
			s.check = binary.BigEndian.Uint32(binary.LittleEndian.AppendUint32(nil, uint32(s.hold)))
			s.initBits()
			s.mode = iDict
		case iDict:
			if !s.havedict {
				return zNeedDict
			}
			s.check = 1
			s.mode = iType
		case iType:
			if s.last {
				s.take(s.bits & 7)
				s.mode = iCheck
				continue
			}
			if !s.need(3) {
				return zOK
			}
			s.last = s.take(1) == 1
			switch s.take(2) {
			case 0:
				s.mode = iStored
			case 1:
				s.lencode, s.distcode = &fixedLit, &fixedDist
				s.mode = iLen
			case 2:
				s.mode = iTable
			default:
				s.bad("invalid block type")
			}
		case iStored:
			s.take(s.bits & 7)
			if !s.need(32) {
				return zOK
			}
			if s.hold&0xffff != (s.hold>>16&0xffff)^0xffff {
				s.bad("invalid stored block lengths")
				continue
			}
			s.length = int(s.hold & 0xffff)
			s.initBits()
			s.mode = iCopy
		case iCopy:
			if s.length == 0 {
				s.mode = iType
				continue
			}
			n := min(s.length, len(s.in), s.availOut)
			if n == 0 {
				return zOK
			}
			s.out = append(s.out, s.in[:n]...)
			s.in = s.in[n:]
			s.availOut -= n
			s.length -= n
		case iTable:
			if !s.need(14) {
				return zOK
			}
			s.nlen = s.take(5) + 257
			s.ndist = s.take(5) + 1
			s.ncode = s.take(4) + 4
			if s.nlen > 286 || s.ndist > 30 {
				s.bad("too many length or distance symbols")
				continue
			}
			s.have = 0
			s.mode = iLenLens
		case iLenLens:
			for s.have < s.ncode {
				if !s.need(3) {
					return zOK
				}
				s.lens[blOrder[s.have]] = uint16(s.take(3))
				s.have++
			}
			for ; s.have < 19; s.have++ {
				s.lens[blOrder[s.have]] = 0
			}
			if s.dyn == nil {
				s.dyn = new([2]huffTable)
			}
			if !s.dyn[0].build(s.lens[:19], tableCodes) {
				s.bad("invalid code lengths set")
				continue
			}
			s.have = 0
			s.mode = iCodeLens
		case iCodeLens:
			if st, done := s.codeLens(); !done {
				return st
			}
		case iLen:
			if len(s.in) >= 6 && s.availOut >= 258 {
				s.inflateFast()
				if s.mode != iLen {
					continue
				}
			}
			sym, ok, bad := s.decodeSym(s.lencode)
			if !ok {
				return zOK
			}
			if bad || sym > 285 {
				s.bad("invalid literal/length code")
				continue
			}
			if sym < 256 {
				s.length = sym
				s.mode = iLit
				continue
			}
			if sym == endBlock {
				s.mode = iType
				continue
			}
			code := sym - 257
			s.length = int(baseLength[code]) + minMatch
			if sym == 285 {
				s.length = maxMatch // deflate's tables leave its base at 0
			}
			s.extra = int(extraLBits[code])
			s.mode = iLenExt
		case iLit:
			if s.availOut == 0 {
				return zOK
			}
			s.out = append(s.out, byte(s.length))
			s.availOut--
			s.mode = iLen
		case iLenExt:
			if s.extra != 0 {
				if !s.need(uint(s.extra)) {
					return zOK
				}
				s.length += s.take(uint(s.extra))
			}
			s.mode = iDist
		case iDist:
			sym, ok, bad := s.decodeSym(s.distcode)
			if !ok {
				return zOK
			}
			if bad || sym > 29 {
				s.bad("invalid distance code")
				continue
			}
			s.offset = int(baseDist[sym]) + 1
			s.extra = int(extraDBits[sym])
			s.mode = iDistExt
		case iDistExt:
			if s.extra != 0 {
				if !s.need(uint(s.extra)) {
					return zOK
				}
				s.offset += s.take(uint(s.extra))
			}
			s.mode = iMatch
		case iMatch:
			if s.availOut == 0 {
				return zOK
			}
			if !s.match() {
				continue
			}
		case iCheck:
			if s.wrap != 0 {
				if !s.need(32) {
					return zOK
				}
				s.total += uint32(len(s.out) - *checked)
				s.updateCheck(*checked)
				*checked = len(s.out)
				want := uint32(s.hold)
				if !s.gzip {
					want = binary.BigEndian.Uint32(binary.LittleEndian.AppendUint32(nil, want))
				}
				if s.wrap&4 != 0 && want != s.check {
					s.bad("incorrect data check")
					continue
				}
				s.initBits()
			}
			s.mode = iLength
		case iLength:
			if s.wrap != 0 && s.gzip {
				if !s.need(32) {
					return zOK
				}
				if s.wrap&4 != 0 && uint32(s.hold) != s.total {
					s.bad("incorrect length check")
					continue
				}
				s.initBits()
			}
			s.mode = iDone
		case iDone:
			return zStreamEnd
		default:
			return zDataError
		}
	}
}

// match copies (part of) the current match; it reports false after a
// distance error.
func (s *inflateState) match() bool {
	produced := len(s.out) - s.outStart
	n := 0
	if s.offset > produced {
		back := s.offset - produced
		if back > s.whave {
			s.bad("invalid distance too far back")
			return false
		}
		var from int
		if back > s.wnext {
			back -= s.wnext
			from = len(s.window) - back
		} else {
			from = s.wnext - back
		}
		n = min(back, s.length, s.availOut)
		s.out = append(s.out, s.window[from:from+n]...)
	} else {
		n = min(s.length, s.availOut)
		from := len(s.out) - s.offset
		if s.offset >= n {
			s.out = append(s.out, s.out[from:from+n]...)
		} else {
			for i := range n {
				s.out = append(s.out, s.out[from+i])
			}
		}
	}
	s.availOut -= n
	s.length -= n
	if s.length == 0 {
		s.mode = iLen
	}
	return true
}

// codeLens reads the literal/length and distance code lengths and builds
// their tables; done is false when it must return st.
func (s *inflateState) codeLens() (st int, done bool) {
	codes := &s.dyn[0]
	for s.have < s.nlen+s.ndist {
		sym, n, st := codes.decode(s.hold, s.bits)
		if st == decodeShort {
			if !s.pull() {
				return zOK, false
			}
			continue
		}
		if st == decodeBad {
			// zlib's table for an empty code-length code yields zeros.
			sym = 0
		}
		if sym < 16 {
			s.take(uint(n))
			s.lens[s.have] = uint16(sym)
			s.have++
			continue
		}
		var extra uint
		var base, val int
		switch sym {
		case 16:
			extra, base = 2, 3
		case 17:
			extra, base = 3, 3
		default:
			extra, base = 7, 11
		}
		// The code stays in the bit buffer until its extra bits are in.
		if !s.need(uint(n) + extra) {
			return zOK, false
		}
		s.take(uint(n))
		if sym == 16 {
			if s.have == 0 {
				s.bad("invalid bit length repeat")
				return 0, true
			}
			val = int(s.lens[s.have-1])
		}
		count := base + s.take(extra)
		if s.have+count > s.nlen+s.ndist {
			s.bad("invalid bit length repeat")
			return 0, true
		}
		for ; count > 0; count-- {
			s.lens[s.have] = uint16(val)
			s.have++
		}
	}
	if s.lens[256] == 0 {
		s.bad("invalid code -- missing end-of-block")
		return 0, true
	}
	if !s.dyn[0].build(s.lens[:s.nlen], tableLens) {
		s.bad("invalid literal/lengths set")
		return 0, true
	}
	if !s.dyn[1].build(s.lens[s.nlen:s.nlen+s.ndist], tableDists) {
		s.bad("invalid distances set")
		return 0, true
	}
	// The code-length table is no longer needed; reuse slot 0.
	s.lencode, s.distcode = &s.dyn[0], &s.dyn[1]
	s.mode = iLen
	return 0, true
}
