// This file defines how Go code calls obj.name(args...) (CallMethod, the
// entry point of about 140 native call sites, and callMethodByName inside
// the runtime): as LOAD_METHOD and CALL do, the method is looked up on
// obj's type and called with obj prepended, so that no bound method object
// is allocated for the one call. Instance attributes, other descriptors,
// __getattribute__ overrides and __getattr__ go through GetAttr as before
// (loadMethod decides).

package runtime

// callMethodName calls obj.name(args...) with name interned.
func callMethodName(obj Value, name *Str, args []Value) (Value, *Exception) {
	fn, self, err := loadMethod(obj, name)
	if err != nil {
		return Value{}, err
	}
	if self.IsNull() {
		return Call(fn, args, nil)
	}
	return callWithSelf(fn, self, args, nil)
}

// callWithSelf calls fn(self, *args) for the pair loadMethod returned: a
// Python function binds self straight into its frame, a builtin method of
// self's type binds its arguments in the thread's scratch area.
func callWithSelf(fn, self Value, args []Value, kwnames []*Str) (Value, *Exception) {
	switch fn.Type() {
	case FunctionType:
		return callFunctionSelf(ptrOf[Function](fn), self, args, kwnames)
	case MethodDescriptorType:
		// A descriptor of another type stored in the class (class C:
		// m = list.append) raises its TypeError through the generic call.
		d := ptrOf[MethodDescr](fn)
		if self.Type() == d.owner || IsInstance(self, d.owner) {
			return callMethodScratch(d.m, self, args, kwnames, d.qualName)
		}
	}
	return Call(fn, prepend(self, args), kwnames)
}

// callMethodCopied is callMethodName for a variadic Go call site: the
// arguments are copied onto the thread's register slab above its top, as
// the interpreter passes a call's arguments, so that args itself does not
// escape and the caller's argument array stays on its Go stack instead of
// being allocated for each call.
func callMethodCopied(obj Value, name *Str, args []Value) (Value, *Exception) {
	th := curThread
	top, n := th.top, len(args)
	if n == 0 {
		return callMethodName(obj, name, nil)
	}
	if top+n > len(th.slab) {
		return callMethodName(obj, name, append([]Value(nil), args...))
	}
	buf := th.slab[top : top+n : top+n]
	copy(buf, args)
	th.top = top + n
	r, err := callMethodName(obj, name, buf)
	th.top = top
	clear(buf) // the slab must not keep the arguments alive
	return r, err
}
