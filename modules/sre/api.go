// Package sre is the regular-expression engine behind Krait's _sre module:
// it executes the code lists that CPython 3.11's re._compiler produces,
// with _sre's exact semantics, over str (code points) or bytes subjects.
//
// The Python-facing objects (Pattern, Match, Scanner) live in the binding;
// this package offers Pattern (code + group count), Subject (the text) and
// State (one matching state over one subject, like SRE_STATE).
package sre

import (
	"encoding/binary"
	"fmt"
	"sync"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"
)

// Pattern is compiled _sre code: the list re._compiler.compile passes to
// _sre.compile, and the number of capturing groups (its groups argument).
type Pattern struct {
	Code   []uint32
	Groups int

	sets, folds  setCache
	poss         []atomic.Uint32
	start1       startTest
	poolB, poolR sync.Pool // released states
}

// NewPattern checks the code's outer structure and returns a Pattern.
// Code is executed defensively: malformed code gives ErrIllegal, never a
// Go panic.
func NewPattern(code []uint32, groups int) (*Pattern, error) {
	if len(code) == 0 || groups < 0 || groups > MaxGroups {
		return nil, fmt.Errorf("invalid SRE code")
	}
	p := &Pattern{Code: code, Groups: groups, sets: make(setCache, len(code)), folds: make(setCache, len(code)),
		poss: make([]atomic.Uint32, len(code))}
	pc := 0
	if code[0] == OpInfo && len(code) > 1 {
		pc = int(code[1]) + 1
	}
	if pc < len(code) {
		p.start1 = firstTest(code, pc).withSet(code, p.sets)
	}
	return p, nil
}

// Subject is the text a pattern runs over: bytes, or a str held either as
// one byte per code point (when all are below 256, like CPython's 1-byte
// strings; an ASCII str is aliased, not copied) or as runes.
type Subject struct {
	b       []byte
	r       []rune
	isBytes bool
	latin1  bool // b holds code points 128-255 as single bytes
}

// BytesSubject wraps a bytes-like subject.
func BytesSubject(b []byte) Subject { return Subject{b: b, isBytes: true} }

// RunesSubject wraps a str given as code points.
func RunesSubject(r []rune) Subject { return Subject{r: r} }

// ASCIISubject wraps a str the caller knows to be all ASCII.
// The bytes alias the string, which the engine never writes.
func ASCIISubject(s string) Subject { return Subject{b: stringBytes(s)} }

func stringBytes(s string) []byte { return unsafe.Slice(unsafe.StringData(s), len(s)) }

// StrSubject wraps a str given as WTF-8 (UTF-8 in which lone surrogates
// are encoded as three-byte sequences, as Krait stores str).
func StrSubject(s string) Subject {
	if isASCII(s) {
		return Subject{b: stringBytes(s)}
	}
	if b, ok := decodeLatin1(s); ok {
		return Subject{b: b, latin1: true}
	}
	return Subject{r: decodeWTF8(s)}
}

// decodeLatin1 decodes s into one byte per code point if every code point
// is below 256 (as CPython's 1-byte strings), so the byte engine serves it.
func decodeLatin1(s string) ([]byte, bool) {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			out = append(out, c)
			i++
		case c&0xe0 == 0xc0 && c <= 0xc3 && i+1 < len(s) && s[i+1]&0xc0 == 0x80:
			out = append(out, c<<6|s[i+1]&0x3f)
			i += 2
		default:
			return nil, false
		}
	}
	return out, true
}

// isASCII tests eight bytes at a time.
func isASCII(s string) bool {
	b := stringBytes(s)
	i := 0
	for ; i+8 <= len(b); i += 8 {
		if binary.LittleEndian.Uint64(b[i:])&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(b); i++ {
		if b[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// decodeWTF8 decodes s to code points, keeping surrogates.
func decodeWTF8(s string) []rune {
	out := make([]rune, 0, utf8.RuneCountInString(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			out = append(out, rune(c))
			i++
			continue
		}
		if c == 0xed && i+2 < len(s) && s[i+1] >= 0xa0 && s[i+1] <= 0xbf && s[i+2]&0xc0 == 0x80 {
			out = append(out, rune(c&0x0f)<<12|rune(s[i+1]&0x3f)<<6|rune(s[i+2]&0x3f))
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		out = append(out, r)
		i += n
	}
	return out
}

// AppendSlice appends characters [i, j) of the subject to dst: the bytes
// themselves for a bytes subject, WTF-8 for a str (lone surrogates as
// three-byte sequences), so the binding can build group strings.
func (s Subject) AppendSlice(dst []byte, i, j int) []byte {
	switch {
	case s.r != nil:
		for _, c := range s.r[i:j] {
			if c >= 0xd800 && c <= 0xdfff {
				dst = append(dst, 0xe0|byte(c>>12), 0x80|byte(c>>6)&0x3f, 0x80|byte(c)&0x3f)
			} else {
				dst = utf8.AppendRune(dst, c)
			}
		}
		return dst
	case s.latin1:
		for _, c := range s.b[i:j] {
			dst = utf8.AppendRune(dst, rune(c))
		}
		return dst
	}
	return append(dst, s.b[i:j]...)
}

// IsBytes reports whether the subject is bytes rather than str.
func (s Subject) IsBytes() bool { return s.isBytes }

// Len is the subject's length in characters (code points or bytes).
func (s Subject) Len() int {
	if s.r != nil {
		return len(s.r)
	}
	return len(s.b)
}

// runner is a machine over one kind of subject.
type runner interface {
	match(pc int, toplevel bool) (bool, error)
	search() (bool, error)
	reset()
	base() *core
}

// State is one matching state over a subject between pos and endpos, as
// CPython's SRE_STATE: Match, FullMatch and Search run once from the
// start; Next runs the scanner/findall/sub/split loop.
type State struct {
	pat       *Pattern
	run       runner
	mb        *core
	exhausted bool
	pb        *machineB // the allocation holding this state
	pr        *machineR
}

// NewState prepares matching p over subj from pos to endpos, both clamped
// to [0, len] as _sre does (pass math.MaxInt as endpos for "to the end").
func (p *Pattern) NewState(subj Subject, pos, endpos int) (st *State) {
	n := subj.Len()
	pos = clamp(pos, n)
	endpos = clamp(endpos, n)
	var mb *core
	if subj.r != nil {
		m, _ := p.poolR.Get().(*machineR)
		if m == nil {
			m = &machineR{}
			m.m.frames, m.m.marks = m.frames[:0], m.marks[:0]
			m.st.run, m.st.mb, m.st.pr = &m.m, &m.m.core, m
		}
		m.m.s = subj.r
		st, mb = &m.st, &m.m.core
	} else {
		m, _ := p.poolB.Get().(*machineB)
		if m == nil {
			m = &machineB{}
			m.m.frames, m.m.marks = m.frames[:0], m.marks[:0]
			m.st.run, m.st.mb, m.st.pb = &m.m, &m.m.core, m
		}
		m.m.s, m.m.bytes = subj.b, subj.b
		st, mb = &m.st, &m.m.core
	}
	st.pat, st.exhausted = p, false
	mb.sets, mb.folds, mb.poss, mb.start1 = p.sets, p.folds, p.poss, p.start1
	mb.code = p.Code
	mb.start, mb.end, mb.pos0 = pos, endpos, pos
	mb.matchStart, mb.matchEnd = -1, -1
	mb.interrupt, mb.steps = nil, 0
	mb.mustAdv, mb.matchAll = false, false
	mb.marks = mb.marks[:0]
	mb.growMarks(2 * p.Groups)
	st.run.reset()
	return st
}

// Release hands the state back to its pattern for reuse by a later
// NewState; the state must not be used afterwards. Calling it is optional.
func (st *State) Release() {
	p := st.pat
	if st.pb != nil {
		st.pb.m.s, st.pb.m.bytes, st.pb.m.interrupt = nil, nil, nil
		p.poolB.Put(st.pb)
	} else {
		st.pr.m.s, st.pr.m.interrupt = nil, nil
		p.poolR.Put(st.pr)
	}
}

// machineB and machineR put a State, its machine and small initial stacks
// in one allocation.
type machineB struct {
	st     State
	m      machine[byte]
	frames [4]frame
	marks  [8]int
}

type machineR struct {
	st     State
	m      machine[rune]
	frames [4]frame
	marks  [8]int
}

func clamp(i, n int) int {
	if i < 0 {
		return 0
	}
	if i > n {
		return n
	}
	return i
}

// SetInterrupt installs f, called every few thousand steps; when it
// returns true the running operation stops with ErrInterrupted.
func (st *State) SetInterrupt(f func() bool) {
	st.mb.interrupt = func() error {
		if f() {
			return ErrInterrupted
		}
		return nil
	}
}

// SetInterruptErr installs f, called every few thousand steps; when it
// returns an error the running operation stops with that error. A
// function that captures nothing costs no allocation per state.
func (st *State) SetInterruptErr(f func() error) { st.mb.interrupt = f }

// Match tries the pattern anchored at pos (Pattern.match).
func (st *State) Match() (bool, error) { return st.once(false, false) }

// FullMatch tries the pattern anchored at pos and ending at endpos.
func (st *State) FullMatch() (bool, error) { return st.once(false, true) }

// Search finds the first match at or after pos (Pattern.search).
func (st *State) Search() (bool, error) { return st.once(true, false) }

func (st *State) once(search, all bool) (ok bool, err error) {
	st.run.reset()
	mb := st.mb
	mb.matchAll = all
	mb.mustAdv = false
	mb.start = mb.pos0
	mb.pos = mb.start
	return st.exec(search)
}

// exec runs the engine, turning any Go panic caused by malformed code
// into ErrIllegal.
func (st *State) exec(search bool) (ok bool, err error) {
	defer func() {
		if recover() != nil {
			ok, err = false, ErrIllegal
		}
	}()
	if search {
		ok, err = st.run.search()
	} else {
		ok, err = st.run.match(0, true)
	}
	if ok && err == nil {
		st.mb.matchStart, st.mb.matchEnd = st.mb.start, st.mb.pos
	}
	return ok, err
}

// Next continues the iteration of finditer, findall, sub, split and the
// scanner: it searches (or, if search is false, matches) from the end of
// the previous result, allowing an empty match right after a non-empty one
// but never at the position where the previous empty match was. It
// reports false, for good, once nothing more matches.
func (st *State) Next(search bool) (bool, error) {
	if st.exhausted {
		return false, nil
	}
	st.run.reset()
	mb := st.mb
	mb.matchAll = false
	mb.pos = mb.start
	ok, err := st.exec(search)
	if err != nil || !ok {
		st.exhausted = true
		return false, err
	}
	mb.mustAdv = mb.pos == mb.start
	mb.start = mb.pos
	return true, nil
}

// Span returns the span of group g (0 is the whole match) after a
// successful operation, or (-1, -1) if the group did not participate.
// After Next, group 0 is the match just found.
func (st *State) Span(g int) (int, int) {
	mb := st.mb
	if g == 0 {
		return mb.matchStart, mb.matchEnd
	}
	j := 2 * (g - 1)
	marks := mb.marks
	if j+1 <= mb.lastmark && j+1 < len(marks) && marks[j] >= 0 && marks[j+1] >= 0 {
		return marks[j], marks[j+1]
	}
	return -1, -1
}

// Spans appends the start and end of groups 0..Groups to dst.
func (st *State) Spans(dst []int) []int {
	for g := 0; g <= st.pat.Groups; g++ {
		a, b := st.Span(g)
		dst = append(dst, a, b)
	}
	return dst
}

// LastIndex is the match's lastindex (the last closed group), -1 if none.
func (st *State) LastIndex() int { return st.mb.lastindex }

// Pos and Endpos are the clamped bounds given to NewState.
func (st *State) Pos() int    { return st.mb.pos0 }
func (st *State) Endpos() int { return st.mb.end }
