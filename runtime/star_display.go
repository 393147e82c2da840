// This file defines how LIST_EXTEND starts the list behind a starred display
// (`[*a, x]`, `(*rest, first)`, `f(*a, b)`): the first extend from an exact
// list or tuple allocates with CPython's list_resize over-allocation, so the
// appends that usually follow do not reallocate.

package runtime

// displayExtend is LIST_EXTEND: l.extend(v) for the list under construction.
func displayExtend(l *List, v Value) *Exception {
	if cap(l.items) == 0 {
		var src []Value
		switch v.Type() {
		case ListType:
			src = ptrOf[List](v).items
		case TupleType:
			src = ptrOf[Tuple](v).items
		}
		if n := len(src); n > 0 {
			l.items = append(make([]Value, 0, (n+n>>3+6)&^3), src...)
			return nil
		}
	}
	return listExtend(l, v)
}
