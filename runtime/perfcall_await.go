// This file defines GET_AWAITABLE's fast path for `await obj` where obj's
// class defines __await__ as a Python generator function (a hand-written
// Future): the generator is made here instead of through callSpecial and a
// Go call of the function, and when the next instructions are the
// awaiting LOAD_NONE, SEND pair it is marked freshAwait, so that an
// __await__ that returns without yielding (a future already done) gives
// its object back to the free list as `await f()` does
// (perfobj_corecycle.go).

package runtime

import op "krait/compiler"

// awaitGenerator returns the generator obj.__await__() makes when that
// method is a Python generator function of obj's class (ok false
// otherwise: getAwaitable then does the general protocol). a is the
// GET_AWAITABLE's target register and pc the instruction after it in f.
func awaitGenerator(f *frame, obj Value, a, pc int) (Value, bool, *Exception) {
	t := obj.Type()
	if t.Flags&FlagHeapType == 0 {
		return Value{}, false, nil
	}
	m := t.Lookup(strAwaitName)
	if m.IsNull() || m.Type() != FunctionType {
		return Value{}, false, nil
	}
	fn := ptrOf[Function](m)
	kinds := op.CoGenerator | op.CoCoroutine | op.CoAsyncGenerator | op.CoIterableCoroutine
	if fn.code.flags&kinds != op.CoGenerator {
		return Value{}, false, nil
	}
	self := [1]Value{obj}
	g, err := newGeneratorObject(fn, self[:], nil) // as function_call would
	if err != nil {
		return Value{}, true, err
	}
	instrs := f.code.instrs
	if pc+1 < len(instrs) {
		ld, ok1 := shortInstr(instrs[pc])
		send, ok2 := shortInstr(instrs[pc+1])
		if ok1 && ok2 && ld.op == op.LOAD_NONE && send.op == op.SEND && send.a == ld.a && send.b == uint32(a) {
			ptrOf[Generator](g).fresh = freshAwait
		}
	}
	return g, true, nil
}
