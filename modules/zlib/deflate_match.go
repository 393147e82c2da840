// This file defines deflate's match finding and its five compression
// loops (stored, fast, slow/lazy, run-length, Huffman-only), following
// zlib 1.2.13's deflate.c decision by decision.
package zlib

import (
	"encoding/binary"
	"math/bits"
)

const minLookahead = maxMatch + minMatch + 1

func (s *deflateState) maxDist() int { return s.wSize - minLookahead }

// updateHash rolls byte c into the running hash h.
func (s *deflateState) updateHash(h uint32, c byte) uint32 {
	return ((h << s.hashShift) ^ uint32(c)) & s.hashMask
}

// insertString adds the string at str to the hash chains and returns the
// previous head of its chain.
func (s *deflateState) insertString(str int) int {
	s.insH = ((s.insH << s.hashShift) ^ uint32(s.window[str+minMatch-1])) & s.hashMask
	h := s.head[s.insH]
	s.prev[str&s.wMask] = h
	s.head[s.insH] = uint16(str)
	return int(h)
}

// slideHash rebases the hash chains when the window slides down.
func (s *deflateState) slideHash() {
	w := uint16(s.wSize)
	// m - min(m, w) is m-w, or 0 (NIL) for positions that slid out.
	for i, m := range s.head {
		s.head[i] = m - min(m, w)
	}
	for i, m := range s.prev {
		s.prev[i] = m - min(m, w)
	}
}

// fillWindow reads input into the window, sliding it when full.
func (s *deflateState) fillWindow() {
	wsize := s.wSize
	for {
		more := s.windowSize - s.lookahead - s.strstart
		if s.strstart >= wsize+s.maxDist() {
			copy(s.window[:wsize-more], s.window[wsize:2*wsize-more])
			s.matchStart -= wsize
			s.strstart -= wsize
			s.blockStart -= wsize
			if s.insert > s.strstart {
				s.insert = s.strstart
			}
			s.slideHash()
			more += wsize
		}
		if len(s.nextIn) == 0 {
			break
		}
		n := s.readBuf(s.window[s.strstart+s.lookahead:], more)
		s.lookahead += n
		if s.lookahead+s.insert >= minMatch {
			str := s.strstart - s.insert
			s.insH = uint32(s.window[str])
			s.insH = s.updateHash(s.insH, s.window[str+1])
			for s.insert != 0 {
				s.insH = s.updateHash(s.insH, s.window[str+minMatch-1])
				s.prev[str&s.wMask] = s.head[s.insH]
				s.head[s.insH] = uint16(str)
				str++
				s.insert--
				if s.lookahead+s.insert < minMatch {
					break
				}
			}
		}
		if s.lookahead >= minLookahead || len(s.nextIn) == 0 {
			break
		}
	}
	// zlib zeroes up to maxMatch bytes past the data the first time they
	// become readable by the match loops; old window bytes stay.
	if s.highWater < s.windowSize {
		curr := s.strstart + s.lookahead
		if s.highWater < curr {
			init := min(s.windowSize-curr, maxMatch)
			clear(s.window[curr : curr+init])
			s.highWater = curr + init
		} else if s.highWater < curr+maxMatch {
			init := min(curr+maxMatch-s.highWater, s.windowSize-s.highWater)
			clear(s.window[s.highWater : s.highWater+init])
			s.highWater += init
		}
	}
}

// matchLen returns how many bytes from index 3 on match, capped at 258
// (the first three are known or checked to match).
func matchLen(win []byte, scan, match int) int {
	a := win[scan : scan+maxMatch+8]
	b := win[match : match+maxMatch+8]
	for i := 3; i < maxMatch; i += 8 {
		x := binary.LittleEndian.Uint64(a[i:]) ^ binary.LittleEndian.Uint64(b[i:])
		if x != 0 {
			return min(i+bits.TrailingZeros64(x)>>3, maxMatch)
		}
	}
	return maxMatch
}

// longestMatch walks the hash chain from curMatch for the longest match
// at strstart, with zlib's chain, good and nice limits.
func (s *deflateState) longestMatch(curMatch int) int {
	chainLength := s.maxChainLength
	win := s.window
	scan := s.strstart
	bestLen := s.prevLength
	niceMatch := s.niceMatch
	limit := 0
	if s.strstart > s.maxDist() {
		limit = s.strstart - s.maxDist()
	}
	prev, wmask := s.prev, s.wMask
	// The quick rejections compare the same bytes as zlib's (the two at
	// the current best length's end, then the first two) two at a time.
	scanEnd := binary.LittleEndian.Uint16(win[scan+bestLen-1:])
	if s.prevLength >= s.goodMatch {
		chainLength >>= 2
	}
	if niceMatch > s.lookahead {
		niceMatch = s.lookahead
	}
	scanStart := binary.LittleEndian.Uint16(win[scan:])
	for {
		m := curMatch
		if binary.LittleEndian.Uint16(win[m+bestLen-1:]) == scanEnd && binary.LittleEndian.Uint16(win[m:]) == scanStart {
			l := matchLen(win, scan, m)
			if l > bestLen {
				s.matchStart = curMatch
				bestLen = l
				if l >= niceMatch {
					break
				}
				scanEnd = binary.LittleEndian.Uint16(win[scan+bestLen-1:])
			}
		}
		curMatch = int(prev[curMatch&wmask])
		if curMatch <= limit {
			break
		}
		chainLength--
		if chainLength == 0 {
			break
		}
	}
	if bestLen <= s.lookahead {
		return bestLen
	}
	return s.lookahead
}

// flushBlockOnly is FLUSH_BLOCK_ONLY: end the block at strstart.
func (s *deflateState) flushBlockOnly(last int) {
	var buf []byte
	if s.blockStart >= 0 {
		buf = s.window[s.blockStart:s.strstart]
	}
	s.flushBlock(buf, uint64(s.strstart-s.blockStart), last)
	s.blockStart = s.strstart
	s.flushPending()
}

// endLoop finishes a compression loop once input has run out while
// flushing: the tail of deflate_fast, deflate_slow, deflate_rle and
// deflate_huff.
func (s *deflateState) endLoop(flush int) int {
	if flush == zFinish {
		s.flushBlockOnly(1)
		if s.availOut == 0 {
			return finishStarted
		}
		return finishDone
	}
	if s.symNext != 0 {
		s.flushBlockOnly(0)
		if s.availOut == 0 {
			return needMore
		}
	}
	return blockDone
}

func (s *deflateState) deflateFast(flush int) int {
	for {
		if s.lookahead < minLookahead {
			s.fillWindow()
			if s.lookahead < minLookahead && flush == zNoFlush {
				return needMore
			}
			if s.lookahead == 0 {
				break
			}
		}
		hashHead := 0
		if s.lookahead >= minMatch {
			hashHead = s.insertString(s.strstart)
		}
		if hashHead != 0 && s.strstart-hashHead <= s.maxDist() {
			s.matchLength = s.longestMatch(hashHead)
		}
		var bflush bool
		if s.matchLength >= minMatch {
			bflush = s.tallyDist(uint32(s.strstart-s.matchStart), s.matchLength-minMatch)
			s.lookahead -= s.matchLength
			if s.matchLength <= s.maxLazy && s.lookahead >= minMatch {
				s.matchLength--
				for {
					s.strstart++
					s.insertString(s.strstart)
					s.matchLength--
					if s.matchLength == 0 {
						break
					}
				}
				s.strstart++
			} else {
				s.strstart += s.matchLength
				s.matchLength = 0
				s.insH = uint32(s.window[s.strstart])
				s.insH = s.updateHash(s.insH, s.window[s.strstart+1])
			}
		} else {
			bflush = s.tallyLit(s.window[s.strstart])
			s.lookahead--
			s.strstart++
		}
		if bflush {
			s.flushBlockOnly(0)
			if s.availOut == 0 {
				return needMore
			}
		}
	}
	s.insert = min(s.strstart, minMatch-1)
	return s.endLoop(flush)
}

func (s *deflateState) deflateSlow(flush int) int {
	for {
		if s.lookahead < minLookahead {
			s.fillWindow()
			if s.lookahead < minLookahead && flush == zNoFlush {
				return needMore
			}
			if s.lookahead == 0 {
				break
			}
		}
		hashHead := 0
		if s.lookahead >= minMatch {
			hashHead = s.insertString(s.strstart)
		}
		s.prevLength, s.prevMatch = s.matchLength, s.matchStart
		s.matchLength = minMatch - 1
		if hashHead != 0 && s.prevLength < s.maxLazy && s.strstart-hashHead <= s.maxDist() {
			s.matchLength = s.longestMatch(hashHead)
			if s.matchLength <= 5 && (s.strategy == zFiltered ||
				(s.matchLength == minMatch && s.strstart-s.matchStart > tooFar)) {
				s.matchLength = minMatch - 1
			}
		}
		if s.prevLength >= minMatch && s.matchLength <= s.prevLength {
			maxInsert := s.strstart + s.lookahead - minMatch
			bflush := s.tallyDist(uint32(s.strstart-1-s.prevMatch), s.prevLength-minMatch)
			s.lookahead -= s.prevLength - 1
			s.prevLength -= 2
			for {
				s.strstart++
				if s.strstart <= maxInsert {
					s.insertString(s.strstart)
				}
				s.prevLength--
				if s.prevLength == 0 {
					break
				}
			}
			s.matchAvailable = false
			s.matchLength = minMatch - 1
			s.strstart++
			if bflush {
				s.flushBlockOnly(0)
				if s.availOut == 0 {
					return needMore
				}
			}
		} else if s.matchAvailable {
			if s.tallyLit(s.window[s.strstart-1]) {
				s.flushBlockOnly(0)
			}
			s.strstart++
			s.lookahead--
			if s.availOut == 0 {
				return needMore
			}
		} else {
			s.matchAvailable = true
			s.strstart++
			s.lookahead--
		}
	}
	if s.matchAvailable {
		s.tallyLit(s.window[s.strstart-1])
		s.matchAvailable = false
	}
	s.insert = min(s.strstart, minMatch-1)
	return s.endLoop(flush)
}

func (s *deflateState) deflateRLE(flush int) int {
	for {
		if s.lookahead <= maxMatch {
			s.fillWindow()
			if s.lookahead <= maxMatch && flush == zNoFlush {
				return needMore
			}
			if s.lookahead == 0 {
				break
			}
		}
		s.matchLength = 0
		if s.lookahead >= minMatch && s.strstart > 0 {
			win := s.window
			scan := s.strstart - 1
			prev := win[scan]
			if prev == win[scan+1] && prev == win[scan+2] && prev == win[scan+3] {
				n := 3
				for n < maxMatch && win[s.strstart+n] == prev {
					n++
				}
				s.matchLength = min(n, s.lookahead)
			}
		}
		var bflush bool
		if s.matchLength >= minMatch {
			bflush = s.tallyDist(1, s.matchLength-minMatch)
			s.lookahead -= s.matchLength
			s.strstart += s.matchLength
			s.matchLength = 0
		} else {
			bflush = s.tallyLit(s.window[s.strstart])
			s.lookahead--
			s.strstart++
		}
		if bflush {
			s.flushBlockOnly(0)
			if s.availOut == 0 {
				return needMore
			}
		}
	}
	s.insert = 0
	return s.endLoop(flush)
}

func (s *deflateState) deflateHuff(flush int) int {
	for {
		if s.lookahead == 0 {
			s.fillWindow()
			if s.lookahead == 0 {
				if flush == zNoFlush {
					return needMore
				}
				break
			}
		}
		s.matchLength = 0
		bflush := s.tallyLit(s.window[s.strstart])
		s.lookahead--
		s.strstart++
		if bflush {
			s.flushBlockOnly(0)
			if s.availOut == 0 {
				return needMore
			}
		}
	}
	s.insert = 0
	return s.endLoop(flush)
}
