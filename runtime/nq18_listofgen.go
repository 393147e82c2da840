// This file defines list(generator): the items are collected on the stack
// and, when at most 16, the list is made in one allocation with its items
// inline (list_alloc.go), instead of growing a heap array 1, 2, 4, 8 items
// and allocating the header apart (`list(x for x in range(5))`: five
// allocations -> one).

package runtime

// listOfGenMax is the most items collected on the stack.
const listOfGenMax = 16

// listOfIter is list(it) for an iterator it. The capacity is CPython's,
// which sys.getsizeof shows: list_extend starts from a length hint of 8
// (shrunk to 4 for one item, to none for no item) and grows by
// list_resize's steps (16, 24, 32, 40, 52, ...).
func listOfIter(it Value) (Value, *Exception) {
	var buf [listOfGenMax]Value
	var x Value
	n := 0
	for {
		var err *Exception
		if x, err = Next(it); err != nil {
			return Value{}, err
		}
		if x.IsNull() {
			return listOfFew(buf[:n]), nil
		}
		if n == listOfGenMax {
			break // x is the 17th item
		}
		buf[n] = x
		n++
	}
	out := make([]Value, n, listResizeAlloc(n+1, n))
	copy(out, buf[:]) // a copy: buf must not escape
	for !x.IsNull() {
		if n := len(out); n == cap(out) {
			grown := make([]Value, n, listResizeAlloc(n+1, n)) // as list_resize grows it
			copy(grown, out)
			out = grown
		}
		out = append(out, x)
		var err *Exception
		if x, err = Next(it); err != nil {
			return Value{}, err
		}
	}
	return NewList(out), nil
}

// listOfFew is a new list of a copy of items (at most listOfGenMax), with
// its items inline.
func listOfFew(items []Value) Value {
	n := len(items)
	c := 8 // list_extend's default length hint, kept unless less than half is used
	switch {
	case n == 0:
		return NewList(nil)
	case n == 1:
		c = 4
	case n > 8:
		c = 16
	}
	l := listInlineMakers[c](c)
	l.items = l.items[:n]
	copy(l.items, items)
	return ValueOf(l)
}
