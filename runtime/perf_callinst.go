// This file defines the in-loop call of a callable instance: `obj(x)` where
// obj's class defines __call__ as a Python function runs that function as
// a frame pushed by the interpreter loop (self in the callable's register,
// as for a bound method) instead of slot_tp_call's nested run() from Go.
// The frame holds one more level of recursion depth, the call slot's, as
// slot_tp_call's enterRecursiveCall does (and CPython's tp_call), and
// popFrame gives it back.

package runtime

// pyCallSlot returns the __call__ function of callee's class when calling
// callee is slot_tp_call calling that function with callee as self, and
// both recursion checks of that path (the slot's and the frame's) would
// pass; ok is false when the generic call must run (it raises what
// CPython raises). Tracing and pending signals take the generic path too.
func (th *Thread) pyCallSlot(callee Value) (Value, bool) {
	if specializeOff || evalBreaker.Load() != 0 || th.depth+2 > th.recursionLimit {
		return Value{}, false
	}
	fv := callee.Type().Lookup(strCall)
	if fv.IsNull() || fv.Type() != FunctionType {
		return Value{}, false
	}
	return fv, true
}
