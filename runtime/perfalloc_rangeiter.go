// This file defines the direct range iterator of `for i in range(...)`:
// the compiler emits CALL rA (range) then GET_ITER rA rA, so the range
// object lives only in that temporary until GET_ITER replaces it by its
// iterator. CALL_BUILTIN_TYPE makes the iterator at once (iter() of a
// range iterator is the iterator itself): one allocation instead of two.
// When the instruction after GET_ITER is FOR_ITER over rA, only that
// register refers to the iterator (as for fresh list iterators,
// perfobj_listiter.go), so the loop gives it back to a free list when it
// exhausts it, and the next loop takes it from there.

package runtime

import op "krait/compiler"

// rangeIterFreeMax bounds the free list (one per loop nesting level that
// finishes at once suffices).
const rangeIterFreeMax = 32

// rangeIterFree holds exhausted fresh range iterators; touched only by the
// thread holding the GIL.
var rangeIterFree []*rangeIter

// rangeIterDirect returns iter(range(*args)) for the call into register a
// (of the frame's registers regs) whose next instruction (at pc) is
// GET_ITER a a; ok is false for any other shape or for arguments that
// rangeDirect does not take.
func rangeIterDirect(regs, args []Value, instrs []uint32, pc, a int) (Value, bool) {
	if pc+1 >= len(instrs) {
		return Value{}, false
	}
	gi, ok := shortInstr(instrs[pc])
	if !ok || gi.op != op.GET_ITER || int(gi.a) != a || int(gi.b) != a {
		return Value{}, false
	}
	r, ok := rangeSmallArgs(args)
	if !ok || rangeIterOverflows(&r) {
		return Value{}, false
	}
	next, ok := shortInstr(instrs[pc+1])
	fresh := ok && (next.op == op.FOR_ITER && int(next.b) == a || compCallOf(next, regs, a))
	var it *rangeIter
	if n := len(rangeIterFree); fresh && n > 0 {
		it = rangeIterFree[n-1]
		rangeIterFree[n-1] = nil
		rangeIterFree = rangeIterFree[:n-1]
	} else {
		it = &rangeIter{Header: Header{RangeIterType}}
	}
	it.next, it.step, it.n, it.length, it.fresh = r.start, r.step, r.n, r.n, fresh
	return ValueOf(it), true
}

// recycleRangeIter takes back the fresh iterator it, which its loop has
// just exhausted; the caller clears the loop's register.
func recycleRangeIter(it *rangeIter) {
	it.fresh = false
	if len(rangeIterFree) < rangeIterFreeMax {
		rangeIterFree = append(rangeIterFree, it)
	}
}
