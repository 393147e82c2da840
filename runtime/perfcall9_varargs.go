// This file defines the positional call of a builtin that takes *args first
// (min, max): its arguments become the *args tuple, lent over the caller's
// registers, without the general binder.

package runtime

// varargsFit reports whether n positional arguments bind to m as its *args
// tuple alone: m takes *args first, every parameter after it is optional
// (keyword-only with a default, or **kwargs), and m promises not to keep
// the tuple (MethBorrowArgs), so the tuple may be a header over the
// caller's registers. No argument-count error is possible for such a call.
func varargsFit(m *Method, n int) bool {
	if n < 1 || m.Vec != nil || m.Flags&MethBorrowArgs == 0 ||
		m.Flags&(MethNoArgs|MethO|MethClass|MethStatic) != 0 {
		return false
	}
	s := m.signature()
	if s.varargs != 0 {
		return false
	}
	for i := 1; i < len(s.names); i++ {
		if !s.optional[i] {
			return false
		}
	}
	return true
}

// callVarargsLent calls m (varargsFit) with self and the n arguments at
// regs[first:] as its *args tuple, the other parameters null (omitted), in
// slab registers reserved during the call; done is false when no tuple
// can be lent (a builtin of this frame is already using it) or the slab
// has no room, and the generic call must run.
func callVarargsLent(m *Method, self Value, regs []Value, first, n int) (r Value, err *Exception, done bool) {
	th := curThread
	k := len(m.signature().names)
	top := th.top
	if top+k > len(th.slab) {
		return Value{}, nil, false
	}
	lent, lender := th.lendTuple()
	if lent == nil {
		return Value{}, nil, false
	}
	bound := th.slab[top : top+k : top+k]
	clear(bound[1:])
	lent.items = regs[first : first+n : first+n]
	bound[0] = ValueOf(lent)
	th.top = top + k
	r, err = m.Fn(self, bound)
	th.top = top
	returnTuple(lent, lender)
	clear(bound)
	return r, err, true
}
