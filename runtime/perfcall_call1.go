// This file defines callOne, the one-argument call Go code makes per
// element (the key functions of min, max and sorted, filter's predicate):
// the argument vector lives in the register slab above every frame instead
// of a heap slice per call.

package runtime

// callOne returns callable(x). The argument vector is a slab register
// reserved during the call, as the loop's CALL passes its registers: no
// callee keeps its argument slice after returning.
func callOne(callable, x Value) (Value, *Exception) {
	if fn := plainCallee(callable, 1); fn != nil {
		return callPlain1(fn, x) // call17_reentry.go
	}
	th := curThread
	top := th.top
	if top+1 > len(th.slab) {
		return Call(callable, []Value{x}, nil)
	}
	args := th.slab[top : top+1 : top+1]
	args[0] = x
	th.top = top + 1
	r, err := Call(callable, args, nil)
	th.top = top
	args[0] = Value{}
	return r, err
}
