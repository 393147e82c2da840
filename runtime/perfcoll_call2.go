// This file defines callTwo, the two-argument call Go code makes per
// comparison (a Python class's __lt__ called by sort, min, max, bisect and
// heapq through its rich-compare slot), and the interned names of the
// comparison dunders that slot looks up.

package runtime

// callTwo returns callable(x, y), passing the arguments in slab registers
// reserved during the call (as callOne does) instead of a heap slice.
func callTwo(callable, x, y Value) (Value, *Exception) {
	if fn := plainCallee(callable, 2); fn != nil {
		return callPlain2(fn, x, y) // call17_reentry.go
	}
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

// callModuleBuiltin calls a builtin function found as a module attribute
// (`heapq.heappush(h, x)`: LOAD_METHOD leaves no receiver, so CALL_METHOD
// does not specialize) with its positional arguments in registers, as
// CALL_BUILTIN does; done is false when the generic call must run.
func callModuleBuiltin(callee Value, regs []Value, first, n int, kwnames []*Str) (Value, *Exception, bool) {
	if kwnames != nil || callee.Type() != BuiltinFunctionType {
		return Value{}, nil, false
	}
	bf := ptrOf[BuiltinFunction](callee)
	return callBuiltinFast(bf.m, bf.self, regs, first, n)
}

// callKey returns key(x) for sort: a builtin key function (len, str.lower
// as a function, abs) is called with its argument in a slab register,
// without the generic binder; anything else goes through callOne.
func callKey(key, x Value) (Value, *Exception) {
	if fn := plainCallee(key, 1); fn != nil {
		return callPlain1(fn, x) // call17_reentry.go: a lambda or def key
	}
	if key.Type() != BuiltinFunctionType {
		return callOne(key, x)
	}
	bf := ptrOf[BuiltinFunction](key)
	np, ok := fastArgsFit(bf.m, 1)
	th := curThread
	top := th.top
	if !ok || top+np > len(th.slab) {
		return callOne(key, x)
	}
	args := th.slab[top : top+np : top+np]
	args[0] = x
	clear(args[1:])
	th.top = top + np
	r, err := bf.m.Fn(bf.self, args)
	th.top = top
	clear(args)
	return r, err
}
