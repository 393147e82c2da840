// This file defines speed-ups that keep _sre's semantics: a per-pattern
// cache of 256-bit membership maps for set code, and the first-character
// test that lets search skip positions where a match cannot start.

package sre

import "sync/atomic"

// bitset holds membership of the code points below 256.
type bitset [8]uint32

func (b *bitset) has(c uint32) bool { return b[c>>5]&(1<<(c&31)) != 0 }

// setCache holds, per code position of a set's first item, the set's
// membership map for c < 256, built on first use.
type setCache []atomic.Pointer[bitset]

func (sc setCache) lookup(code []uint32, pc int) *bitset {
	if b := sc[pc].Load(); b != nil {
		return b
	}
	b := new(bitset)
	for c := uint32(0); c < 256; c++ {
		if inSet(code, pc, c) {
			b[c>>5] |= 1 << (c & 31)
		}
	}
	sc[pc].Store(b)
	return b
}

// member is inSet with the cache for small code points.
func (c *core) member(pc int, ch uint32) bool {
	if ch < 256 {
		return c.sets.lookup(c.code, pc).has(ch)
	}
	return inSet(c.code, pc, ch)
}

// startTest describes what the first character of a match must satisfy,
// derived from the code after INFO; kind 0 means no constraint is known.
type startTest struct {
	kind uint32 // an opcode: OpLiteral, OpIn, OpLiteralUniIgnore, ...
	arg  uint32 // the literal, or the set's code position
}

// firstTest finds the first-character constraint of the code at pc: a
// leading single-character item, possibly repeated at least once.
func firstTest(code []uint32, pc int) (t startTest) {
	defer func() {
		if recover() != nil {
			t = startTest{}
		}
	}()
	for code[pc] == OpMark {
		pc += 2
	}
	switch code[pc] {
	case OpRepeatOne, OpMinRepeatOne, OpPossessiveRepeatOne:
		if code[pc+2] == 0 {
			return startTest{}
		}
		pc += 4
	}
	switch op := code[pc]; op {
	case OpLiteral, OpLiteralIgnore, OpLiteralUniIgnore, OpCategory:
		return startTest{kind: op, arg: code[pc+1]}
	case OpIn, OpInIgnore, OpInUniIgnore:
		return startTest{kind: op, arg: uint32(pc + 2)}
	}
	return startTest{}
}

// canStart reports whether ch passes the first-character test.
func (c *core) canStart(ch uint32) bool {
	t := c.start1
	switch t.kind {
	case OpLiteral:
		return ch == t.arg
	case OpLiteralIgnore:
		return lowerASCII(ch) == t.arg
	case OpLiteralUniIgnore:
		return lowerUnicode(ch) == t.arg
	case OpCategory:
		return category(t.arg, ch)
	case OpIn:
		return c.member(int(t.arg), ch)
	case OpInIgnore:
		return c.member(int(t.arg), lowerASCII(ch))
	case OpInUniIgnore:
		return c.member(int(t.arg), lowerUnicode(ch))
	}
	return true
}
