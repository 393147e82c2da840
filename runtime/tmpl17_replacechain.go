// This file defines LOAD_METHOD_REPLACE, the specialized form of a
// LOAD_METHOD that starts a run of str.replace calls with constant str
// arguments, each on the result of the one before:
//
//	s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
//
// (html.escape, xml.sax.saxutils.escape and most hand-written escapers).
// The compiler emits four words per call (LOAD_METHOD, two LOAD_CONSTs,
// CALL_METHOD); on an exact str the specialized word runs every replace of
// the run in Go and jumps past the last CALL_METHOD, one dispatch instead of
// four per call (bench/programs/template.py's escape: 16 to 1).
//
// Only the first word is rewritten: the words after it are unchanged, so a
// jump into the middle of the run (a conditional expression's join) runs
// them as before. The skipped words can have no effect but their results:
// str.replace on an exact str with str arguments has no side effects and
// the run is straight-line code, so running it in one step is the same
// computation. Anything unusual (a receiver that is not an exact str, a
// tracing or profiling function, which must see each call and line) falls
// back to the generic LOAD_METHOD.

package runtime

import (
	"unsafe"

	op "krait/compiler"
)

// replaceChain is the run that a LOAD_METHOD_REPLACE word starts, kept in
// its cache entry's aux pointer.
type replaceChain struct {
	olds, news []*Str // the constant arguments of each call, in order
	dst        int    // the register of the last call's result
	end        int    // the pc after the last CALL_METHOD
	// firsts has bit c set for the first byte c of each old string: a
	// string with none of those bytes matches no call, each call then
	// returning it unchanged.
	firsts [4]uint64
}

// maxFirstsScan is the longest string that run scans for the chain's first
// bytes before replacing (longer ones go straight to the calls, whose
// searches are vectorized).
const maxFirstsScan = 64

// maxReplaceLinks bounds the calls one chain runs (a longer run is split:
// the call after the limit starts a chain of its own).
const maxReplaceLinks = 16

// specializeLoadMethodAt is specializeLoadMethod for the LOAD_METHOD at pc
// of co (start is where its EXT prefixes begin): a run of str.replace calls
// on an exact str becomes LOAD_METHOD_REPLACE, anything else is what
// specializeLoadMethod makes of it.
func specializeLoadMethodAt(co *Code, pc, start int, obj Value, name *Str, ce *cacheEntry) op.Opcode {
	if start == pc && obj.Type() == StrType && name.S == "replace" && evalBreaker.Load()&breakTrace == 0 {
		if ch := parseReplaceChain(co, pc); ch != nil {
			ce.aux = unsafe.Pointer(ch)
			ce.v1 = uint64(StrType.Version)
			return op.LOAD_METHOD_REPLACE
		}
	}
	return specializeLoadMethod(obj, name, ce)
}

// parseReplaceChain reads the run of replace calls starting at the
// LOAD_METHOD word at pc, or returns nil when the words there are not one
// (arguments that are not constant strs, an empty old string, EXT
// prefixes, instrumented words).
func parseReplaceChain(co *Code, pc int) *replaceChain {
	ins := co.instrs
	ch := &replaceChain{dst: -1}
	prev := uint32(0)
	for p := pc; p+3 < len(ins) && len(ch.olds) < maxReplaceLinks; p += 4 {
		lm, k1, k2, cm := ins[p], ins[p+1], ins[p+2], ins[p+3]
		if !isGenericAt(lm, op.LOAD_METHOD) || !isGenericAt(cm, op.CALL_METHOD) ||
			op.Opcode(k1) != op.LOAD_CONST || op.Opcode(k2) != op.LOAD_CONST {
			break
		}
		a, b, c := lm>>8&0xff, lm>>16&0xff, lm>>24
		if int(c) >= len(co.names) || co.names[c].S != "replace" || (p > pc && b != prev) {
			break
		}
		// The arguments are the two registers after the method and self,
		// and the call passes exactly those two.
		if k1>>8&0xff != a+2 || k2>>8&0xff != a+3 || cm>>8&0xff != a || cm>>16&0xff != 2 {
			break
		}
		old, new, ok := constStrPair(co, k1>>16, k2>>16)
		if !ok {
			break
		}
		ch.olds, ch.news = append(ch.olds, old), append(ch.news, new)
		c0 := old.S[0]
		ch.firsts[c0>>6] |= 1 << (c0 & 63)
		ch.dst, ch.end, prev = int(a), p+4, a
	}
	if len(ch.olds) == 0 {
		return nil
	}
	return ch
}

// isGenericAt reports whether the instruction word w is g or a specialized
// form of it (an instrumented word is neither).
func isGenericAt(w uint32, g op.Opcode) bool {
	o := op.Opcode(w)
	return o != opTrace && o != op.EXT && int(o) < op.NumOpcodes && op.Generic(o) == g
}

// constStrPair returns the constants i and j of co when both are exact strs
// and the first (the string replaced) is not empty.
func constStrPair(co *Code, i, j uint32) (*Str, *Str, bool) {
	if int(i) >= len(co.consts) || int(j) >= len(co.consts) {
		return nil, nil, false
	}
	x, y := co.consts[i], co.consts[j]
	if x.Type() != StrType || y.Type() != StrType || x.AsStr().S == "" {
		return nil, nil, false
	}
	return x.AsStr(), y.AsStr(), true
}

// run returns the result of the chain's calls on x, or false when x is not
// an exact str or a string is too long for strReplaceValue (the generic
// instructions then run the calls, raising what they raise).
func (ch *replaceChain) run(x Value) (Value, bool) {
	if x.Type() != StrType || evalBreaker.Load()&breakTrace != 0 {
		return Value{}, false
	}
	if s := x.AsStr().S; len(ch.olds) > 1 && len(s) <= maxFirstsScan && !ch.hasFirst(s) {
		return x, true
	}
	for i, old := range ch.olds {
		if len(x.AsStr().S) > 1<<31-1 {
			return Value{}, false
		}
		x = strReplaceValue(x, old, ch.news[i], -1)
	}
	return x, true
}

// hasFirst reports whether s has a byte that begins one of the chain's old
// strings.
func (ch *replaceChain) hasFirst(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; ch.firsts[c>>6]&(1<<(c&63)) != 0 {
			return true
		}
	}
	return false
}
