// This file defines the backtracking matcher: SRE(match) and SRE(count) of
// CPython's sre_lib.h re-expressed in Go with an explicit stack of frames,
// so that no Go recursion grows with the subject or the backtracking depth.

package sre

import "sync/atomic"

// Jump kinds: where a frame resumes its parent when it returns.
const (
	jNone uint8 = iota
	jMaxUntil1
	jMaxUntil2
	jMaxUntil3
	jMinUntil1
	jMinUntil2
	jMinUntil3
	jRepeat
	jRepeatOne1
	jRepeatOne2
	jMinRepeatOne
	jBranch
	jAssert
	jAssertNot
	jPossRepeat1
	jPossRepeat2
	jAtomicGroup
)

// frame is one match context (SRE(match_context)).
type frame struct {
	ptr                 int
	count               int
	pc                  int32
	rep                 int32
	chr                 uint32
	lastmark, lastindex int32
	toplevel            bool
	jump                uint8
}

// repeat is one REPEAT context (SRE_REPEAT); prev is an index into reps.
type repeat struct {
	count   int
	pc      int // position of the REPEAT's skip word
	prev    int
	lastPtr int
}

// core is the part of the matching state (SRE_STATE) that does not depend
// on the character type.
type core struct {
	code       []uint32
	start, end int // search start and endpos
	pos0       int // the clamped pos the state was made with
	pos        int // state->ptr
	marks      []int
	lastmark   int
	lastindex  int
	repeat     int
	reps       []repeat
	frames     []frame
	data       []int
	matchAll   bool
	mustAdv    bool
	steps      uint32
	interrupt  func() error
	sets       setCache        // the pattern's set maps
	folds      setCache        // the pattern's case-folded set maps
	poss       []atomic.Uint32 // per REPEAT_ONE: can it skip backtracking
	start1     startTest       // the pattern's first-character test
	bytes      []byte          // the subject, when it is held as bytes
	// matchStart and matchEnd are group 0 of the last successful operation.
	matchStart, matchEnd int
}

// machine is the matching state for one subject: bytes and ASCII str use
// machine[byte], other str machine[rune].
type machine[C byte | rune] struct {
	core
	s []C
}

func (m *machine[C]) base() *core { return &m.core }

func (m *machine[C]) reset() {
	m.lastmark, m.lastindex, m.repeat = -1, -1, -1
	m.reps = m.reps[:0]
	m.frames = m.frames[:0]
	m.data = m.data[:0]
}

func (m *machine[C]) markPush(lastmark int32) {
	if lastmark >= 0 {
		m.data = append(m.data, m.marks[:lastmark+1]...)
	}
}

func (m *machine[C]) markPop(lastmark int32, discard bool) {
	if lastmark >= 0 {
		n := len(m.data) - int(lastmark) - 1
		copy(m.marks, m.data[n:])
		if discard {
			m.data = m.data[:n]
		}
	}
}

func (m *machine[C]) markDiscard(lastmark int32) {
	if lastmark >= 0 {
		m.data = m.data[:len(m.data)-int(lastmark)-1]
	}
}

// setMark is MARK; it reports false for a mark beyond the pattern's
// groups, which _sre's code validation would have rejected.
func (m *machine[C]) setMark(i, ptr int) bool {
	if i >= len(m.marks) {
		return false
	}
	if i&1 != 0 {
		m.lastindex = i/2 + 1
	}
	if i > m.lastmark {
		for j := m.lastmark + 1; j < i; j++ {
			m.marks[j] = -1
		}
		m.lastmark = i
	}
	m.marks[i] = ptr
	return true
}

func (m *core) growMarks(n int) {
	for len(m.marks) < n {
		m.marks = append(m.marks, -1)
	}
}

// push saves the current frame's pc and ptr and opens a child frame.
func (m *machine[C]) push(pc, ptr int, jump uint8, toplevel bool) *frame {
	top := &m.frames[len(m.frames)-1]
	top.pc, top.ptr = int32(pc), ptr
	m.frames = append(m.frames, frame{jump: jump, toplevel: toplevel})
	return &m.frames[len(m.frames)-1]
}

// checkSteps polls the interrupt callback every 4096 steps.
func (m *machine[C]) checkSteps() error {
	m.steps++
	if m.steps&0xfff == 0 {
		return m.poll()
	}
	return nil
}

// poll calls the interrupt callback, if any.
//
//go:noinline
func (m *core) poll() error {
	if m.interrupt != nil {
		return m.interrupt()
	}
	return nil
}

// charAt is the code point at i, for the char-class predicates.
func (m *machine[C]) charAt(i int) uint32 { return uint32(m.s[i]) }

// groupref matches the text of group g at ptr with fold applied to both
// sides; it returns the new ptr or -1.
func (m *machine[C]) groupref(g, ptr int, fold func(uint32) uint32) int {
	g *= 2
	if g >= m.lastmark {
		return -1
	}
	p, e := m.marks[g], m.marks[g+1]
	if p < 0 || e < 0 || e < p {
		return -1
	}
	if fold == nil {
		for ; p < e; p, ptr = p+1, ptr+1 {
			if ptr >= m.end || m.s[ptr] != m.s[p] {
				return -1
			}
		}
		return ptr
	}
	for ; p < e; p, ptr = p+1, ptr+1 {
		if ptr >= m.end || fold(uint32(m.s[ptr])) != fold(uint32(m.s[p])) {
			return -1
		}
	}
	return ptr
}

// count is SRE(count): how many times the single-width item at pc matches
// from m.pos, at most maxcount times.
func (m *machine[C]) count(pc int, maxcount uint32) (int, error) {
	code, s := m.code, m.s
	ptr, end := m.pos, m.end
	if int64(maxcount) < int64(end-ptr) && maxcount != MaxRepeat {
		end = ptr + int(maxcount)
	}
	start := ptr
	switch code[pc] {
	case OpIn:
		bs := m.sets.lookup(code, pc+2)
		for ; ptr < end; ptr++ {
			if c := uint32(s[ptr]); c < 256 {
				if !bs.has(c) {
					break
				}
			} else if !inSet(code, pc+2, c) {
				break
			}
		}
	case OpInIgnore, OpInUniIgnore:
		fold := lowerASCII
		if code[pc] == OpInUniIgnore {
			fold = lowerUnicode
		}
		bs := m.folds.lookupFold(code, pc+2, fold)
		for ; ptr < end; ptr++ {
			if c := uint32(s[ptr]); c < 256 {
				if !bs.has(c) {
					break
				}
			} else if !inSet(code, pc+2, fold(c)) {
				break
			}
		}
	case OpCategory:
		cat := code[pc+1]
		for ptr < end && category(cat, uint32(s[ptr])) {
			ptr++
		}
	case OpAny:
		for ptr < end && s[ptr] != '\n' {
			ptr++
		}
	case OpAnyAll:
		if ptr < end {
			ptr = end
		}
	case OpLiteral:
		c := code[pc+1]
		for ptr < end && uint32(s[ptr]) == c {
			ptr++
		}
	case OpLiteralIgnore:
		c := code[pc+1]
		for ptr < end && lowerASCII(uint32(s[ptr])) == c {
			ptr++
		}
	case OpLiteralUniIgnore:
		c := code[pc+1]
		for ptr < end && lowerUnicode(uint32(s[ptr])) == c {
			ptr++
		}
	case OpLiteralLocIgnore:
		c := code[pc+1]
		for ptr < end && charLocIgnore(c, uint32(s[ptr])) {
			ptr++
		}
	case OpNotLiteral:
		c := code[pc+1]
		for ptr < end && uint32(s[ptr]) != c {
			ptr++
		}
	case OpNotLiteralIgnore:
		c := code[pc+1]
		for ptr < end && lowerASCII(uint32(s[ptr])) != c {
			ptr++
		}
	case OpNotLiteralUniIgnore:
		c := code[pc+1]
		for ptr < end && lowerUnicode(uint32(s[ptr])) != c {
			ptr++
		}
	case OpNotLiteralLocIgnore:
		c := code[pc+1]
		for ptr < end && !charLocIgnore(c, uint32(s[ptr])) {
			ptr++
		}
	default:
		for m.pos < end {
			before := m.pos
			ok, err := m.match(pc, false)
			if err != nil {
				return 0, err
			}
			if !ok || m.pos <= before {
				break // valid code's items are one character wide
			}
		}
		return m.pos - start, nil
	}
	return ptr - start, nil
}
