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

// lookupFold is lookup for a set tested on fold(c) (IN_IGNORE,
// IN_UNI_IGNORE); the cache holds only that set's folded maps.
func (sc setCache) lookupFold(code []uint32, pc int, fold func(uint32) uint32) *bitset {
	if b := sc[pc].Load(); b != nil {
		return b
	}
	b := new(bitset)
	for c := uint32(0); c < 256; c++ {
		if inSet(code, pc, fold(c)) {
			b[c>>5] |= 1 << (c & 31)
		}
	}
	sc[pc].Store(b)
	return b
}

// memberFold is inSet(fold(ch)) with the folded-set cache.
func (c *core) memberFold(pc int, ch uint32, fold func(uint32) uint32) bool {
	if ch < 256 {
		return c.folds.lookupFold(c.code, pc, fold).has(ch)
	}
	return inSet(c.code, pc, fold(ch))
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
	kind uint32  // an opcode: OpLiteral, OpIn, OpLiteralUniIgnore, ...
	arg  uint32  // the literal, or the set's code position
	set  *bitset // the test's result for the characters below 256
	// runs is set when the code starts with a greedy unbounded repeat of
	// the tested item that never backtracks on a bytes-held subject
	// (see possessive): if a match fails at a position in a run of such
	// characters, it fails at the rest of the run too, since each later
	// start reaches the same tail at the same place.
	runs bool
}

// firstTest finds the first-character constraint of the code at pc: a
// leading single-character item, possibly repeated at least once, after
// any zero-width marks and assertions (AT).
func firstTest(code []uint32, pc int) (t startTest) {
	defer func() {
		if recover() != nil {
			t = startTest{}
		}
	}()
	first := pc
	for code[pc] == OpMark || code[pc] == OpAt {
		pc += 2
	}
	runs := false
	switch code[pc] {
	case OpRepeatOne, OpMinRepeatOne, OpPossessiveRepeatOne:
		if code[pc+2] == 0 {
			return startTest{}
		}
		runs = pc == first && code[pc] != OpMinRepeatOne && code[pc+3] == MaxRepeat &&
			(code[pc] == OpPossessiveRepeatOne || possessiveTail(code, pc+1))
		pc += 4
	}
	switch op := code[pc]; op {
	case OpLiteral, OpLiteralIgnore, OpLiteralUniIgnore, OpCategory:
		return startTest{kind: op, arg: code[pc+1], runs: runs}
	case OpIn, OpInIgnore, OpInUniIgnore:
		return startTest{kind: op, arg: uint32(pc + 2), runs: runs}
	}
	return startTest{}
}

// withSet fills in t.set from the test itself; malformed set code gives
// no test at all.
func (t startTest) withSet(code []uint32, sets setCache) (r startTest) {
	if t.kind == 0 {
		return t
	}
	defer func() {
		if recover() != nil {
			r = startTest{}
		}
	}()
	c := &core{code: code, sets: sets, start1: t}
	b := new(bitset)
	for ch := uint32(0); ch < 256; ch++ {
		if c.canStart(ch) {
			b[ch>>5] |= 1 << (ch & 31)
		}
	}
	t.set = b
	return t
}

// canStart reports whether ch passes the first-character test.
func (c *core) canStart(ch uint32) bool {
	t := c.start1
	if ch < 256 && t.set != nil {
		return t.set.has(ch)
	}
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

// itemAccepts reports whether the single-character item at pc accepts c,
// and false for known if pc holds no such item (or a locale-dependent one).
func itemAccepts(code []uint32, pc int, c uint32) (ok, known bool) {
	switch arg := code[pc+1]; code[pc] {
	case OpLiteral:
		return c == arg, true
	case OpNotLiteral:
		return c != arg, true
	case OpLiteralIgnore:
		return lowerASCII(c) == arg, true
	case OpNotLiteralIgnore:
		return lowerASCII(c) != arg, true
	case OpLiteralUniIgnore:
		return lowerUnicode(c) == arg, true
	case OpNotLiteralUniIgnore:
		return lowerUnicode(c) != arg, true
	case OpCategory:
		return category(arg, c), true
	case OpAny:
		return c != '\n', true
	case OpAnyAll:
		return true, true
	case OpIn:
		return inSet(code, pc+2, c), true
	case OpInIgnore:
		return inSet(code, pc+2, lowerASCII(c)), true
	case OpInUniIgnore:
		return inSet(code, pc+2, lowerUnicode(c)), true
	}
	return false, false
}

// Values of the possessive cache.
const (
	possUnknown uint32 = iota
	possNo
	possYes
)

// possessive reports whether the REPEAT_ONE whose skip word is at pc can
// keep its greedy count without backtracking when every character is
// below 256 (a bytes-held subject): no shorter count can let the tail
// match because the tail's first item rejects every character the
// repeated item accepts (or, for a \b tail, the repeated item only takes
// word characters and at least one). The answer is cached per pc.
func (c *core) possessive(pc int) bool {
	switch c.poss[pc].Load() {
	case possYes:
		return true
	case possNo:
		return false
	}
	r := possNo
	if possessiveTail(c.code, pc) {
		r = possYes
	}
	c.poss[pc].Store(r)
	return r == possYes
}

func possessiveTail(code []uint32, pc int) (yes bool) {
	defer func() {
		if recover() != nil {
			yes = false
		}
	}()
	item, tail := pc+3, pc+int(code[pc])
	for code[tail] == OpMark {
		tail += 2
	}
	switch code[tail] {
	case OpSuccess:
		return true
	case OpAt:
		var isW func(uint32) bool
		switch code[tail+1] {
		case AtBoundary:
			isW = isWord
		case AtUniBoundary:
			isW = isUniWord
		default:
			return false
		}
		if code[pc+1] == 0 {
			return false
		}
		for ch := uint32(0); ch < 256; ch++ {
			if ok, known := itemAccepts(code, item, ch); !known || ok && !isW(ch) {
				return false
			}
		}
		return true
	case OpRepeatOne, OpMinRepeatOne, OpPossessiveRepeatOne:
		if code[tail+2] == 0 {
			return false
		}
		tail += 4
	}
	for ch := uint32(0); ch < 256; ch++ {
		a, known1 := itemAccepts(code, item, ch)
		b, known2 := itemAccepts(code, tail, ch)
		if !known1 || !known2 || a && b {
			return false
		}
	}
	return true
}
