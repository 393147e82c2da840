// This file defines how LIST_EXTEND starts the list behind a starred display
// (`[*a, x]`, `(*rest, first)`, `f(*a, b)`): the first extend from an exact
// list or tuple allocates room for the LIST_APPENDs to the same list that
// follow it at once, so that they do not reallocate. Over-allocating as
// CPython's list_resize does measured slower (`[*a]` 1.6x): with Go's
// allocator, bytes allocated cost more than a rare second allocation.

package runtime

import op "krait/compiler"

// displayExtend is LIST_EXTEND R[a] R[b]: l.extend(v) for the list under
// construction; pc is the instruction after it.
func displayExtend(l *List, v Value, instrs []uint32, pc, a int) *Exception {
	if cap(l.items) == 0 {
		var src []Value
		switch v.Type() {
		case ListType:
			src = ptrOf[List](v).items
		case TupleType:
			src = ptrOf[Tuple](v).items
		}
		if n := len(src); n > 0 {
			extra := 0
			for p := pc; p < len(instrs) && extra < 8; p++ {
				if w := instrs[p]; op.Opcode(w) != op.LIST_APPEND || int(w>>8)&0xff != a {
					break
				}
				extra++
			}
			l.items = append(make([]Value, 0, n+extra), src...)
			return nil
		}
	}
	return listExtend(l, v)
}

// listToTuple is LIST_TO_TUPLE. Its list is the compiler's temporary of a
// starred tuple display or call, dead afterwards, so an exactly filled
// array (what displayExtend makes) becomes the tuple's without a copy.
func listToTuple(l *List) Value {
	items := l.items
	if len(items) != cap(items) {
		return buildTuple(items)
	}
	l.items = nil
	return ValueOf(NewTuple(items))
}
