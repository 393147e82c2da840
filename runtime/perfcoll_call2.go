// This file defines callTwo, the two-argument call Go code makes per
// comparison (a Python class's __lt__ called by sort, min, max, bisect and
// heapq through its rich-compare slot), and the interned names of the
// comparison dunders that slot looks up.

package runtime

// callTwo returns callable(x, y), passing the arguments in slab registers
// reserved during the call (as callOne does) instead of a heap slice.
func callTwo(callable, x, y Value) (Value, *Exception) {
	th := curThread
	top := th.top
	if top+2 > len(th.slab) {
		return Call(callable, []Value{x, y}, nil)
	}
	args := th.slab[top : top+2 : top+2]
	args[0], args[1] = x, y
	th.top = top + 2
	r, err := Call(callable, args, nil)
	th.top = top
	args[0], args[1] = Value{}, Value{}
	return r, err
}

// compareDunderNames are compareDunders interned once, so that a comparison
// does not take the intern table's lock.
var compareDunderNames = func() (names [6]*Str) {
	for i, s := range compareDunders {
		names[i] = Intern(s)
	}
	return names
}()
