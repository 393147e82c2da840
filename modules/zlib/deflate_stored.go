// This file defines level 0 compression: zlib 1.2.13's deflate_stored,
// which copies input to the output space as stored blocks whose sizes
// depend on the output space the caller offers.
package zlib

const maxStored = 65535

// deflateStored copies as much input as possible as stored blocks.
func (s *deflateState) deflateStored(flush int) int {
	minBlock := min(s.pendingBufSize-5, s.wSize)
	last := 0
	orig := s.nextIn
	used := len(s.nextIn)
	for last == 0 {
		length := maxStored
		have := (s.biValid + 42) >> 3
		if s.availOut < have {
			break
		}
		have = s.availOut - have
		left := s.strstart - s.blockStart
		if length > left+len(s.nextIn) {
			length = left + len(s.nextIn)
		}
		if length > have {
			length = have
		}
		if length < minBlock && ((length == 0 && flush != zFinish) || flush == zNoFlush ||
			length != left+len(s.nextIn)) {
			break
		}
		if flush == zFinish && length == left+len(s.nextIn) {
			last = 1
		}
		s.storedBlock(nil, last)
		p := s.pending[len(s.pending)-4:]
		p[0], p[1], p[2], p[3] = byte(length), byte(length>>8), ^byte(length), ^byte(length>>8)
		s.flushPending()
		if left != 0 {
			left = min(left, length)
			s.out = append(s.out, s.window[s.blockStart:s.blockStart+left]...)
			s.availOut -= left
			s.blockStart += left
			length -= left
		}
		if length != 0 {
			start := len(s.out)
			s.out = append(s.out, make([]byte, length)...)
			s.readBuf(s.out[start:], length)
			s.availOut -= length
		}
	}
	used -= len(s.nextIn)
	if used != 0 {
		s.storedKeepWindow(orig[:used])
	}
	s.highWater = max(s.highWater, s.strstart)
	if last != 0 {
		return finishDone
	}
	if flush != zNoFlush && flush != zFinish && len(s.nextIn) == 0 && s.strstart == s.blockStart {
		return blockDone
	}
	s.storedFillWindow()
	return s.storedToPending(flush)
}

// storedKeepWindow updates the window with the input bytes that were
// copied directly to the output.
func (s *deflateState) storedKeepWindow(copied []byte) {
	used := len(copied)
	if used >= s.wSize {
		s.matches = 2
		copy(s.window, copied[used-s.wSize:])
		s.strstart = s.wSize
		s.insert = s.strstart
	} else {
		if s.windowSize-s.strstart <= used {
			s.strstart -= s.wSize
			copy(s.window, s.window[s.wSize:s.wSize+s.strstart])
			if s.matches < 2 {
				s.matches++
			}
			s.insert = min(s.insert, s.strstart)
		}
		copy(s.window[s.strstart:], copied)
		s.strstart += used
		s.insert += min(used, s.wSize-s.insert)
	}
	s.blockStart = s.strstart
}

// storedFillWindow moves remaining input into the window.
func (s *deflateState) storedFillWindow() {
	have := s.windowSize - s.strstart
	if len(s.nextIn) > have && s.blockStart >= s.wSize {
		s.blockStart -= s.wSize
		s.strstart -= s.wSize
		copy(s.window, s.window[s.wSize:s.wSize+s.strstart])
		if s.matches < 2 {
			s.matches++
		}
		have += s.wSize
		s.insert = min(s.insert, s.strstart)
	}
	have = min(have, len(s.nextIn))
	if have != 0 {
		s.readBuf(s.window[s.strstart:], have)
		s.strstart += have
		s.insert += min(have, s.wSize-s.insert)
	}
	s.highWater = max(s.highWater, s.strstart)
}

// storedToPending writes a stored block into pending when there is a
// worthy amount of input, or when flushing and it all fits.
func (s *deflateState) storedToPending(flush int) int {
	have := (s.biValid + 42) >> 3
	have = min(s.pendingBufSize-have, maxStored)
	minBlock := min(have, s.wSize)
	left := s.strstart - s.blockStart
	last := 0
	if left >= minBlock || ((left != 0 || flush == zFinish) && flush != zNoFlush &&
		len(s.nextIn) == 0 && left <= have) {
		length := min(left, have)
		if flush == zFinish && len(s.nextIn) == 0 && length == left {
			last = 1
		}
		s.storedBlock(s.window[s.blockStart:s.blockStart+length], last)
		s.blockStart += length
		s.flushPending()
	}
	if last != 0 {
		return finishStarted
	}
	return needMore
}
