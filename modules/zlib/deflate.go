// This file defines the deflate stream state and its entry points
// (deflateInit2, deflateSetDictionary, deflate, deflateCopy) following
// zlib 1.2.13's deflate.c, including its output-space bookkeeping, so that
// a caller driving it like CPython's zlibmodule.c gets zlib's exact bytes.
package zlib

import "hash/crc32"

// zlib return codes and strategies.
const (
	zOK          = 0
	zStreamEnd   = 1
	zStreamError = -2
	zBufError    = -5
	zFiltered    = 1
	zRLE         = 3
	zFixed       = 4
)

// Stream states (deflate.c's status values that matter here).
const (
	stInit = iota
	stGzip
	stBusy
	stFinish
)

// Block states returned by the compression functions.
const (
	needMore = iota
	blockDone
	finishStarted
	finishDone
)

type config struct {
	good, lazy, nice, chain int
}

var configTable = [10]config{
	{0, 0, 0, 0}, {4, 4, 8, 4}, {4, 5, 16, 8}, {4, 6, 32, 32},
	{4, 4, 16, 16}, {8, 16, 32, 32}, {8, 16, 128, 128}, {8, 32, 128, 256},
	{32, 128, 258, 1024}, {32, 258, 258, 4096},
}

const tooFar = 4096

// deflateState is one zlib deflate stream (z_stream plus deflate_state).
type deflateState struct {
	// z_stream fields: input, output space, totals, check value, message.
	nextIn   []byte
	out      []byte
	availOut int
	totalIn  uint64
	adler    uint32
	msg      string
	ended    bool

	status    int
	wrap      int
	lastFlush int
	level     int
	strategy  int

	wBits, wSize, wMask        int
	window                     []byte
	windowSize                 int
	prev, head                 []uint16
	insH, hashSize, hashMask   uint32
	hashBits, hashShift        uint32
	blockStart                 int
	matchLength, prevMatch     int
	matchAvailable             bool
	strstart, matchStart       int
	lookahead, prevLength      int
	maxChainLength, maxLazy    int
	goodMatch, niceMatch       int
	insert                     int
	highWater                  int
	litBufsize, pendingBufSize int

	pending    []byte
	pendingOut int
	symBuf     []byte
	symNext    int
	symEnd     int
	matches    int

	biBuf   uint64
	biValid int

	dynLFreq [heapSize]uint32
	dynLDad  [heapSize]uint16
	dynLTree [heapSize]codeLen
	dynDFreq [2*dCodes + 1]uint32
	dynDDad  [2*dCodes + 1]uint16
	dynDTree [2*dCodes + 1]codeLen
	blFreq   [2*blCodes + 1]uint32
	blDad    [2*blCodes + 1]uint16
	blTree   [2*blCodes + 1]codeLen
	lDesc    treeDesc
	dDesc    treeDesc
	blDesc   treeDesc

	heap      [heapSize]int
	heapLen   int
	heapMax   int
	depth     [heapSize]uint8
	blCount   [maxBits + 1]uint16
	optLen    uint64
	staticLen uint64
}

// newDeflateState is deflateInit2; the parameters are already validated
// (level 0..9 or -1, wbits 9..15 with 8 meaning 9 for zlib only).
func newDeflateState(level, wbits, memLevel, strategy int) *deflateState {
	tablesOnce.Do(buildTables) // init14_tables.go
	s := &deflateState{wrap: 1}
	if level == -1 {
		level = 6
	}
	switch {
	case wbits < 0:
		s.wrap = 0
		wbits = -wbits
	case wbits > 15:
		s.wrap = 2
		wbits -= 16
	}
	if wbits == 8 {
		wbits = 9
	}
	s.wBits, s.wSize = wbits, 1<<wbits
	s.wMask = s.wSize - 1
	s.hashBits = uint32(memLevel + 7)
	s.hashSize = 1 << s.hashBits
	s.hashMask = s.hashSize - 1
	s.hashShift = (s.hashBits + minMatch - 1) / minMatch
	// The slack past 2*wSize lets longestMatch compare eight bytes at once.
	s.window = make([]byte, 2*s.wSize+16)
	s.prev = make([]uint16, s.wSize)
	s.head = make([]uint16, s.hashSize)
	s.litBufsize = 1 << (memLevel + 6)
	s.pendingBufSize = s.litBufsize * 4
	s.pending = make([]byte, 0, s.pendingBufSize)
	s.symBuf = make([]byte, s.litBufsize*3)
	s.symEnd = (s.litBufsize - 1) * 3
	s.level, s.strategy = level, strategy
	s.lDesc = treeDesc{static: staticLTree[:], extra: extraLBits[:], base: literals + 1, elems: lCodes, maxLen: maxBits}
	s.dDesc = treeDesc{static: staticDTree[:], extra: extraDBits[:], base: 0, elems: dCodes, maxLen: maxBits}
	s.blDesc = treeDesc{extra: extraBLBits[:], base: 0, elems: blCodes, maxLen: maxBLBits}
	s.linkTrees()
	s.reset()
	return s
}

// linkTrees points the tree descriptors at this state's arrays.
func (s *deflateState) linkTrees() {
	s.lDesc.freq, s.lDesc.dad, s.lDesc.codes = s.dynLFreq[:], s.dynLDad[:], s.dynLTree[:]
	s.dDesc.freq, s.dDesc.dad, s.dDesc.codes = s.dynDFreq[:], s.dynDDad[:], s.dynDTree[:]
	s.blDesc.freq, s.blDesc.dad, s.blDesc.codes = s.blFreq[:], s.blDad[:], s.blTree[:]
}

// reset is deflateReset: deflateResetKeep, _tr_init and lm_init.
func (s *deflateState) reset() {
	s.pending = s.pending[:0]
	s.pendingOut = 0
	s.status = stInit
	s.adler = 1
	if s.wrap == 2 {
		s.status = stGzip
		s.adler = 0
	}
	s.lastFlush = -2
	s.biBuf, s.biValid = 0, 0
	s.initBlock()
	s.windowSize = 2 * s.wSize
	clear(s.head)
	c := configTable[s.level]
	s.maxLazy, s.goodMatch, s.niceMatch, s.maxChainLength = c.lazy, c.good, c.nice, c.chain
	s.strstart, s.blockStart, s.lookahead, s.insert = 0, 0, 0, 0
	s.matchLength, s.prevLength = minMatch-1, minMatch-1
	s.matchAvailable = false
	s.insH = 0
}

// copyState is deflateCopy.
func (s *deflateState) copyState() *deflateState {
	d := *s
	d.nextIn, d.out = nil, nil
	d.window = append([]byte(nil), s.window...)
	d.prev = append([]uint16(nil), s.prev...)
	d.head = append([]uint16(nil), s.head...)
	d.pending = append(make([]byte, 0, s.pendingBufSize), s.pending...)
	d.symBuf = append([]byte(nil), s.symBuf...)
	d.linkTrees()
	return &d
}

// setDictionary is deflateSetDictionary; it reports false for
// Z_STREAM_ERROR.
func (s *deflateState) setDictionary(dict []byte) bool {
	wrap := s.wrap
	if wrap == 2 || (wrap == 1 && s.status != stInit) || s.lookahead != 0 {
		return false
	}
	if wrap == 1 {
		s.adler = adler32Update(s.adler, dict)
	}
	s.wrap = 0
	if len(dict) >= s.wSize {
		if wrap == 0 {
			clear(s.head)
			s.strstart, s.blockStart, s.insert = 0, 0, 0
		}
		dict = dict[len(dict)-s.wSize:]
	}
	saved := s.nextIn
	s.nextIn = dict
	s.fillWindow()
	for s.lookahead >= minMatch {
		str := s.strstart
		n := s.lookahead - (minMatch - 1)
		for ; n > 0; n-- {
			s.insH = ((s.insH << s.hashShift) ^ uint32(s.window[str+minMatch-1])) & s.hashMask
			s.prev[str&s.wMask] = s.head[s.insH]
			s.head[s.insH] = uint16(str)
			str++
		}
		s.strstart = str
		s.lookahead = minMatch - 1
		s.fillWindow()
	}
	s.strstart += s.lookahead
	s.blockStart = s.strstart
	s.insert = s.lookahead
	s.lookahead = 0
	s.matchLength, s.prevLength = minMatch-1, minMatch-1
	s.matchAvailable = false
	s.nextIn = saved
	s.wrap = wrap
	return true
}

// readBuf moves up to size input bytes into buf, updating the check value.
func (s *deflateState) readBuf(buf []byte, size int) int {
	n := min(len(s.nextIn), size)
	if n == 0 {
		return 0
	}
	copy(buf, s.nextIn[:n])
	switch s.wrap {
	case 1:
		s.adler = adler32Update(s.adler, s.nextIn[:n])
	case 2:
		s.adler = crc32.Update(s.adler, crc32.IEEETable, s.nextIn[:n])
	}
	s.nextIn = s.nextIn[n:]
	s.totalIn += uint64(n)
	return n
}

// flushPending copies pending output into the caller's output space.
func (s *deflateState) flushPending() {
	s.biFlush()
	n := min(len(s.pending)-s.pendingOut, s.availOut)
	if n == 0 {
		return
	}
	s.out = append(s.out, s.pending[s.pendingOut:s.pendingOut+n]...)
	s.pendingOut += n
	s.availOut -= n
	if s.pendingOut == len(s.pending) {
		s.pending = s.pending[:0]
		s.pendingOut = 0
	}
}

func (s *deflateState) pendingLen() int { return len(s.pending) - s.pendingOut }

func (s *deflateState) putShortMSB(b uint32) {
	s.pending = append(s.pending, byte(b>>8), byte(b))
}

func flushRank(f int) int {
	r := f * 2
	if f > 4 {
		r -= 9
	}
	return r
}

// deflate is zlib's deflate(): it compresses nextIn into the output space
// (availOut bytes appended to out) and returns a zlib code.
func (s *deflateState) deflate(flush int) int {
	if s.ended || flush > zBlock || flush < 0 {
		return zStreamError
	}
	if s.status == stFinish && flush != zFinish {
		s.msg = "stream error"
		return zStreamError
	}
	if s.availOut == 0 {
		s.msg = "buffer error"
		return zBufError
	}
	oldFlush := s.lastFlush
	s.lastFlush = flush
	if s.pendingLen() != 0 {
		s.flushPending()
		if s.availOut == 0 {
			s.lastFlush = -1
			return zOK
		}
	} else if len(s.nextIn) == 0 && flushRank(flush) <= flushRank(oldFlush) && flush != zFinish {
		s.msg = "buffer error"
		return zBufError
	}
	if s.status == stFinish && len(s.nextIn) != 0 {
		s.msg = "buffer error"
		return zBufError
	}
	if s.status == stInit && s.wrap == 0 {
		s.status = stBusy
	}
	if s.status == stInit || s.status == stGzip {
		s.writeHeader()
		s.flushPending()
		if s.pendingLen() != 0 {
			s.lastFlush = -1
			return zOK
		}
	}
	if len(s.nextIn) != 0 || s.lookahead != 0 || (flush != zNoFlush && s.status != stFinish) {
		var bstate int
		switch {
		case s.level == 0:
			bstate = s.deflateStored(flush)
		case s.strategy == zHuffmanOnly:
			bstate = s.deflateHuff(flush)
		case s.strategy == zRLE:
			bstate = s.deflateRLE(flush)
		case s.level <= 3:
			bstate = s.deflateFast(flush)
		default:
			bstate = s.deflateSlow(flush)
		}
		if bstate == finishStarted || bstate == finishDone {
			s.status = stFinish
		}
		if bstate == needMore || bstate == finishStarted {
			if s.availOut == 0 {
				s.lastFlush = -1
			}
			return zOK
		}
		if bstate == blockDone {
			if flush == zPartialFlush {
				s.align()
			} else if flush != zBlock {
				s.storedBlock(nil, 0)
				if flush == zFullFlush {
					clear(s.head)
					if s.lookahead == 0 {
						s.strstart, s.blockStart, s.insert = 0, 0, 0
					}
				}
			}
			s.flushPending()
			if s.availOut == 0 {
				s.lastFlush = -1
				return zOK
			}
		}
	}
	if flush != zFinish {
		return zOK
	}
	if s.wrap <= 0 {
		return zStreamEnd
	}
	if s.wrap == 2 {
		a, t := s.adler, uint32(s.totalIn)
		s.pending = append(s.pending, byte(a), byte(a>>8), byte(a>>16), byte(a>>24),
			byte(t), byte(t>>8), byte(t>>16), byte(t>>24))
	} else {
		s.putShortMSB(s.adler >> 16)
		s.putShortMSB(s.adler & 0xffff)
	}
	s.flushPending()
	s.wrap = -s.wrap
	if s.pendingLen() != 0 {
		return zOK
	}
	return zStreamEnd
}

// writeHeader puts the zlib or gzip header into pending.
func (s *deflateState) writeHeader() {
	if s.status == stGzip {
		s.adler = 0
		xfl := byte(0)
		if s.level == 9 {
			xfl = 2
		} else if s.strategy >= zHuffmanOnly || s.level < 2 {
			xfl = 4
		}
		s.pending = append(s.pending, 31, 139, 8, 0, 0, 0, 0, 0, xfl, 3)
		s.status = stBusy
		return
	}
	header := uint32(deflated+((s.wBits-8)<<4)) << 8
	var levelFlags uint32
	switch {
	case s.strategy >= zHuffmanOnly || s.level < 2:
		levelFlags = 0
	case s.level < 6:
		levelFlags = 1
	case s.level == 6:
		levelFlags = 2
	default:
		levelFlags = 3
	}
	header |= levelFlags << 6
	if s.strstart != 0 {
		header |= 0x20
	}
	header += 31 - header%31
	s.putShortMSB(header)
	if s.strstart != 0 {
		s.putShortMSB(s.adler >> 16)
		s.putShortMSB(s.adler & 0xffff)
	}
	s.adler = 1
	s.status = stBusy
}
