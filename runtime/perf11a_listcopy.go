// This file defines list(x) of an exact list or tuple as one allocation:
// the List header with its items inline (list_alloc.go's blocks) instead of
// a header plus a separate array, keeping the capacity CPython 3.11's
// list_preallocate_exact gives (the length rounded up to even), which
// sys.getsizeof reports.

package runtime

// newListCopy returns a new list holding a copy of items.
func newListCopy(items []Value) Value {
	n := len(items)
	c := (n + 1) &^ 1
	if n == 0 || c > listInlineMax {
		return NewList(listCopyExact(items))
	}
	l := listInlineMakers[c](c)
	l.items = l.items[:n]
	copyFew(l.items, items)
	return ValueOf(l)
}
