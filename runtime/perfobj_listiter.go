// This file defines the reuse of list iterators made for a for loop over
// a list: `for x in items` makes one per loop run, which CPython frees by
// reference counting when the loop ends. When GET_ITER r makes the
// iterator and the next instruction is FOR_ITER over r, only that
// register refers to it (the loop's temporary, absent from f_locals), so
// when the loop exhausts it, it goes to a free list for the next loop.

package runtime

import op "krait/compiler"

// listIterFreeMax bounds the free list (one entry per loop nesting level
// finishing at once suffices).
const listIterFreeMax = 32

// listIterFree holds exhausted fresh list iterators; touched only by the
// thread holding the GIL.
var listIterFree []*listIter

// freshListIter returns an iterator over l for the GET_ITER into register
// a whose next instruction (at pc) is a FOR_ITER over a; ok is false for
// any other instruction, which gets an ordinary iterator.
func freshListIter(l *List, instrs []uint32, pc, a int) (Value, bool) {
	if pc >= len(instrs) {
		return Value{}, false
	}
	next, ok := shortInstr(instrs[pc])
	if !ok || next.op != op.FOR_ITER || int(next.b) != a {
		return Value{}, false
	}
	var it *listIter
	if n := len(listIterFree); n > 0 {
		it = listIterFree[n-1]
		listIterFree[n-1] = nil
		listIterFree = listIterFree[:n-1]
	} else {
		it = &listIter{Header: Header{ListIterType}}
	}
	it.l, it.i, it.fresh = l, 0, true
	return ValueOf(it), true
}

// recycleListIter takes back the fresh iterator it, which its loop has
// just exhausted; the caller clears the loop's register.
func recycleListIter(it *listIter) {
	it.fresh = false
	if len(listIterFree) < listIterFreeMax {
		listIterFree = append(listIterFree, it)
	}
}
