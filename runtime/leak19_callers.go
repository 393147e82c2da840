// This file extends gc.collect's clearing of dead temporaries (finalizer.go's
// clearDeadTemps, for the frame calling gc.collect) to the frames below it
// on the thread's stack. test.support.gc_collect() calls gc.collect() from
// a helper function, so the test's own frame, where `wr = weakref.ref(C())`
// or `obj = None` left the object in a finished expression's register, was
// never cleared, and the object outlived the collection CPython frees it
// in.
//
// A caller frame's lasti is only kept up to date by the instructions that
// may raise through it, so the frame is cleared only when its instruction
// at lasti is a call whose callable (still in its block during the call) is
// the function of the frame above it: then that call is the one running.

package runtime

import op "krait/compiler"

// clearCallerTemps clears the dead temporaries of the frames below top
// that are executing the call of the frame above them.
func clearCallerTemps(top *frame) {
	for g := top; g != nil && g.back != nil; g = g.back {
		f := g.back
		if g.fn != nil && callingFunction(f, g.fn) {
			clearDeadTemps(f)
		}
	}
}

// callingFunction reports whether f's instruction at lasti is a call of fn
// (directly or as a bound method).
func callingFunction(f *frame, fn *Function) bool {
	if f.code == nil || f.lasti >= len(f.code.instrs) {
		return false
	}
	in := op.Decode(f.code.instrs, f.lasti)
	switch in.Op {
	case op.CALL, op.CALL_KW, op.CALL_METHOD, op.CALL_METHOD_KW:
	default:
		return false
	}
	if int(in.A) >= len(f.regs) {
		return false
	}
	c := f.regs[in.A]
	if c.IsNull() || c.IsSmallInt() || c.IsFloat() {
		return false
	}
	switch c.Type() {
	case FunctionType:
		return ptrOf[Function](c) == fn
	case MethodType:
		m := ptrOf[BoundMethod](c)
		return m.fn.Type() == FunctionType && ptrOf[Function](m.fn) == fn
	}
	return false
}
