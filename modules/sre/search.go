// This file defines AT checks and SRE(search): trying a match at each
// position, with the INFO block's literal-prefix and charset shortcuts.

package sre

import (
	"bytes"
	"errors"
)

// Errors the engine returns; the binding maps them to Python exceptions.
var (
	// ErrIllegal is SRE_ERROR_ILLEGAL: the code is malformed.
	ErrIllegal = errors.New("internal error in regular expression engine")
	// ErrState is SRE_ERROR_STATE: an UNTIL without a REPEAT.
	ErrState = errors.New("internal error in regular expression engine")
	// ErrInterrupted means the interrupt callback asked to stop.
	ErrInterrupted = errors.New("regular expression matching interrupted")
)

// boundary compares the word-ness of the characters either side of ptr,
// reading before ptr even past endpos, as SRE(at) does; uni chooses
// Unicode word characters over ASCII (and C-locale) ones.
func (m *machine[C]) boundary(ptr int, uni bool) bool {
	prev := ptr > 0 && wordChar(uint32(m.s[ptr-1]), uni)
	this := ptr < m.end && wordChar(uint32(m.s[ptr]), uni)
	return prev != this
}

// wordChar is isUniWord (uni) or isWord, with a table below 256.
func wordChar(c uint32, uni bool) bool {
	if c < 256 {
		return wordTable[c]&(1+boolByte(uni)) != 0
	}
	return uni && isUniWord(c)
}

func boolByte(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}

// wordTable has bit 1 set for ASCII word characters, bit 2 for Unicode
// ones, below 256. It reads uniAlnum directly rather than through isUniWord,
// whose bitmap would then be built at every start-up (0.4% of `krait -c pass`).
var wordTable = func() (t [256]uint8) {
	for c := uint32(0); c < 256; c++ {
		if isWord(c) {
			t[c] |= 1
		}
		if c < 128 && isWord(c) || c >= 128 && inRanges(uniAlnum, c) {
			t[c] |= 2
		}
	}
	return
}()

// at is SRE(at); the string's beginning is index 0 whatever pos is.
func (m *machine[C]) at(ptr int, at uint32) bool {
	switch at {
	case AtBeginning, AtBeginningString:
		return ptr == 0
	case AtBeginningLine:
		return ptr == 0 || m.s[ptr-1] == '\n'
	case AtEnd:
		return ptr == m.end || m.end-ptr == 1 && m.s[ptr] == '\n'
	case AtEndLine:
		return ptr == m.end || ptr < len(m.s) && m.s[ptr] == '\n'
	case AtEndString:
		return ptr == m.end
	case AtBoundary, AtLocBoundary:
		return m.end != 0 && m.boundary(ptr, false)
	case AtNonBoundary, AtLocNonBoundary:
		return m.end != 0 && !m.boundary(ptr, false)
	case AtUniBoundary:
		return m.end != 0 && m.boundary(ptr, true)
	case AtUniNonBoundary:
		return m.end != 0 && !m.boundary(ptr, true)
	}
	return false
}

// search is SRE(search): find the first match at or after m.start. On
// success m.start and m.pos delimit the match.
func (m *machine[C]) search() (bool, error) {
	code := m.code
	ptr, end := m.start, m.end
	if ptr > end {
		return false, nil
	}
	pc := 0
	var flags uint32
	prefixLen, prefixSkip, prefix, charset := 0, 0, -1, -1
	if code[0] == OpInfo {
		flags = code[2]
		min := int64(code[3])
		if min != 0 && int64(end-ptr) < min {
			return false, nil
		}
		if min > 1 {
			// Leave at least one character so the literal search works.
			end -= int(min) - 1
			if end <= ptr {
				end = ptr
			}
		}
		if flags&InfoPrefix != 0 {
			prefixLen, prefixSkip, prefix = int(code[5]), int(code[6]), 7
		} else if flags&InfoCharset != 0 {
			charset = 5
		}
		pc = 1 + int(code[1])
	}
	switch {
	case prefixLen == 1:
		return m.searchLiteral(pc, code[prefix], prefixSkip, flags)
	case prefixLen > 1:
		return m.searchPrefix(pc, prefix, prefixLen, prefixSkip, flags)
	case charset >= 0:
		return m.searchCharset(pc, charset)
	}
	if !m.cannotStart(pc, ptr) {
		m.pos = ptr
		ok, err := m.match(pc, true)
		m.mustAdv = false
		if err != nil || ok {
			return ok, err
		}
		ptr = m.skipRun(ptr, end)
	}
	m.mustAdv = false
	if code[pc] == OpAt && (code[pc+1] == AtBeginning || code[pc+1] == AtBeginningString) {
		m.start, m.pos = end, end
		return false, nil
	}
	if code[pc] == OpAt && code[pc+1] == AtBeginningLine {
		return m.searchLines(pc, ptr, end)
	}
	for ptr < end {
		ptr++
		if m.start1.set != nil {
			// Skip the positions where the match would fail at its first
			// character.
			if ptr = m.nextStart(ptr, end); ptr < 0 {
				return false, nil
			}
		}
		if code[pc] == OpAt && !m.at(ptr, code[pc+1]) {
			continue // the match would fail at once
		}
		m.lastmark, m.lastindex = -1, -1
		m.start, m.pos = ptr, ptr
		if ok, err := m.match(pc, false); err != nil || ok {
			return ok, err
		}
		ptr = m.skipRun(ptr, end)
	}
	return false, nil
}

// cannotStart reports whether a match at ptr would fail at once: at its
// leading AT or at its first character.
func (m *machine[C]) cannotStart(pc, ptr int) bool {
	if m.start1.set != nil && (ptr >= m.end || !m.canStart(uint32(m.s[ptr]))) {
		return true
	}
	return m.code[pc] == OpAt && !m.at(ptr, m.code[pc+1])
}

// skipRun returns the last position of the run of first characters that
// starts at ptr (at most end), when a failed match at ptr implies failure
// at the rest of the run (startTest.runs); else ptr.
func (m *machine[C]) skipRun(ptr, end int) int {
	if !m.start1.runs || m.bytes == nil {
		return ptr
	}
	s, bs := m.bytes, m.start1.set
	last := min(end, len(s)-1)
	if ptr > last || !bs.has(uint32(s[ptr])) {
		return ptr
	}
	for ptr < last && bs.has(uint32(s[ptr+1])) {
		ptr++
	}
	return ptr
}

// searchLines tries the positions after each newline from ptr on, the
// only ones where a pattern starting with a multiline ^ can match.
func (m *machine[C]) searchLines(pc, ptr, end int) (bool, error) {
	for ptr < end {
		nl := m.indexOf(ptr, end, '\n')
		if nl < 0 {
			return false, nil
		}
		ptr = nl + 1
		m.lastmark, m.lastindex = -1, -1
		m.start, m.pos = ptr, ptr
		if ok, err := m.match(pc, false); err != nil || ok {
			return ok, err
		}
	}
	return false, nil
}

// nextStart returns the first position from ptr up to end (inclusive)
// whose character passes the first-character test, or -1.
func (m *machine[C]) nextStart(ptr, end int) int {
	s, bs := m.s, m.start1.set
	end = min(end, len(s)-1)
	for ; ptr <= end; ptr++ {
		if c := uint32(s[ptr]); c < 256 {
			if bs.has(c) {
				return ptr
			}
		} else if m.canStart(c) {
			return ptr
		}
	}
	return -1
}

func (m *machine[C]) searchLiteral(pc int, c uint32, skip int, flags uint32) (bool, error) {
	ptr, end := m.start, m.end
	m.mustAdv = false
	for ptr < end {
		ptr = m.indexOf(ptr, end, c)
		if ptr < 0 {
			return false, nil
		}
		m.start, m.pos = ptr, ptr+skip
		if flags&InfoLiteral != 0 {
			return true, nil
		}
		if ok, err := m.match(pc+2*skip, false); err != nil || ok {
			return ok, err
		}
		ptr++
		m.lastmark, m.lastindex = -1, -1
	}
	return false, nil
}

// indexOf finds c in s[from:end] and returns its index or -1.
func (m *machine[C]) indexOf(from, end int, c uint32) int {
	if m.bytes != nil {
		if c > 255 {
			return -1
		}
		b, cb := m.bytes, byte(c)
		// A plain loop wins for frequent characters, IndexByte for rare ones.
		near := min(end, from+16)
		for i := from; i < near; i++ {
			if b[i] == cb {
				return i
			}
		}
		if near == end {
			return -1
		}
		if i := bytes.IndexByte(b[near:end], cb); i >= 0 {
			return near + i
		}
		return -1
	}
	s := m.s
	for i := from; i < end; i++ {
		if uint32(s[i]) == c {
			return i
		}
	}
	return -1
}

// searchPrefix scans with the INFO overlap table (Knuth-Morris-Pratt).
func (m *machine[C]) searchPrefix(pc, prefix, plen, skip int, flags uint32) (bool, error) {
	code, s := m.code, m.s
	ptr, end := m.start, m.end
	if plen > end-ptr {
		return false, nil
	}
	overlap := prefix + plen - 1
	first := code[prefix]
	for ptr < end {
		ptr = m.indexOf(ptr, end, first)
		if ptr < 0 {
			return false, nil
		}
		ptr++
		if ptr >= end {
			return false, nil
		}
		i := 1
		m.mustAdv = false
		for {
			if uint32(s[ptr]) == code[prefix+i] {
				i++
				if i != plen {
					ptr++
					if ptr >= end {
						return false, nil
					}
					continue
				}
				m.start = ptr - (plen - 1)
				m.pos = ptr - (plen - skip - 1)
				if flags&InfoLiteral != 0 {
					return true, nil
				}
				if ok, err := m.match(pc+2*skip, false); err != nil || ok {
					return ok, err
				}
				ptr++
				if ptr >= end {
					return false, nil
				}
				m.lastmark, m.lastindex = -1, -1
			}
			if err := m.checkSteps(); err != nil {
				return false, err
			}
			i = int(code[overlap+i])
			if i == 0 {
				break
			}
		}
	}
	return false, nil
}

func (m *machine[C]) searchCharset(pc, set int) (bool, error) {
	s := m.s
	ptr, end := m.start, m.end
	m.mustAdv = false
	for {
		bs := m.sets.lookup(m.code, set)
		for ; ptr < end; ptr++ {
			if c := uint32(s[ptr]); c < 256 {
				if bs.has(c) {
					break
				}
			} else if inSet(m.code, set, c) {
				break
			}
		}
		if ptr >= end {
			return false, nil
		}
		m.start, m.pos = ptr, ptr
		if ok, err := m.match(pc, false); err != nil || ok {
			return ok, err
		}
		ptr++
		m.lastmark, m.lastindex = -1, -1
	}
}
