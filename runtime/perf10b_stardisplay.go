// This file defines the fused form of a starred tuple display such as
// `(*rest, first)`. The compiler emits it as BUILD_LIST R[a] 0; LIST_EXTEND
// R[a] R[b]; LIST_APPEND R[a] R[x] (zero or more); LIST_TO_TUPLE R[d] R[a],
// as CPython 3.11 does: three allocations (the list, its array, the tuple).
// When R[b] is an exact tuple or list, nothing in that sequence can raise or
// run Python code, so BUILD_LIST does it all at once, making only the tuple
// (with its items inline when short).

package runtime

import op "krait/compiler"

// fuseStarTuple runs the sequence above for BUILD_LIST R[a] 0, whose next
// instruction is at pc, when it matches (operands in single words, R[b] an
// exact tuple or list). It returns how many instructions after BUILD_LIST it
// did, or 0 when the caller must run them one by one.
func fuseStarTuple(instrs []uint32, regs []Value, pc, a int) int {
	if pc >= len(instrs) || !isOpOn(instrs[pc], op.LIST_EXTEND, a) {
		return 0
	}
	var src []Value
	switch v := regs[int(instrs[pc]>>16)&0xff]; v.Type() {
	case TupleType:
		src = ptrOf[Tuple](v).items
	case ListType:
		src = ptrOf[List](v).items
	default:
		return 0
	}
	first, p := pc+1, pc+1
	for p < len(instrs) && isOpOn(instrs[p], op.LIST_APPEND, a) {
		p++
	}
	if p >= len(instrs) || op.Opcode(instrs[p]) != op.LIST_TO_TUPLE || int(instrs[p]>>16)&0xff != a {
		return 0
	}
	items := newTupleItems(len(src) + p - first)
	n := copy(items.items, src)
	for q := first; q < p; q++ {
		items.items[n] = regs[int(instrs[q]>>16)&0xff]
		n++
	}
	regs[a] = None // the list the unfused sequence leaves in its dead temporary
	regs[int(instrs[p]>>8)&0xff] = ValueOf(items)
	return p + 1 - pc
}

// isOpOn reports whether the instruction word w is opcode o with register
// operand a (and no EXT prefix widening it).
func isOpOn(w uint32, o op.Opcode, a int) bool {
	return op.Opcode(w) == o && int(w>>8)&0xff == a
}

// newTupleItems returns a new tuple of n zero items for the caller to fill
// before publishing it, in one allocation when n is at most 4.
func newTupleItems(n int) *Tuple {
	var t *Tuple
	switch n {
	case 0:
		return emptyTuple
	case 1:
		o := &tuple1{}
		o.items, t = o.arr[:], &o.Tuple
	case 2:
		o := &tuple2{}
		o.items, t = o.arr[:], &o.Tuple
	case 3:
		o := &tuple3{}
		o.items, t = o.arr[:], &o.Tuple
	case 4:
		o := &tuple4{}
		o.items, t = o.arr[:], &o.Tuple
	default:
		return NewTuple(make([]Value, n))
	}
	t.typ = TupleType
	return t
}
