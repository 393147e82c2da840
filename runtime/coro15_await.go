// This file defines GET_AWAITABLE's fast path for `await f()` where f is
// a coroutine function: the compiler emits
//
//	CALL          r ...          (makes the coroutine, marked freshAwait)
//	GET_AWAITABLE r r 0
//	LOAD_NONE     v
//	SEND          v r ->done
//
// and a coroutine that was just created is awaitable as it is (nothing can
// have started or awaited it yet), so GET_AWAITABLE does the LOAD_NONE and
// the SEND's first resumption itself: one dispatch and the generic
// getAwaitable checks instead of three. Every observable effect is the
// same: the registers, the awaiter positioned at the SEND while the
// coroutine runs (f_lasti, tracebacks), the SEND's result register.

package runtime

// awaitFresh starts the fresh coroutine in f's register r at the SEND
// following the GET_AWAITABLE r r that ends at pc, linked above f as SEND
// would link it; it returns the coroutine's frame, or nil (nothing done)
// when the instructions or the coroutine's state do not fit, and the
// caller then runs GET_AWAITABLE as usual.
func (th *Thread) awaitFresh(f *frame, r, pc int) *frame {
	v := f.regs[r]
	if v.Type() != CoroutineType {
		return nil
	}
	g := ptrOf[Generator](v)
	if g.fresh != freshAwait || g.started {
		return nil
	}
	instrs := f.code.instrs
	if !yieldFromSend(instrs, pc, uint32(r)) { // perfobj_corecycle.go
		return nil
	}
	vr := int(instrs[pc]>>8) & 0xff // the LOAD_NONE's register, the SEND's value
	// As SEND: positioned at its JUMP word while the coroutine runs.
	savedPC, savedLasti := f.pc, f.lasti
	f.pc, f.lasti = pc+2, pc+1
	gf := th.genEnter(f, g, None, genViaSend, vr)
	if gf == nil {
		f.pc, f.lasti = savedPC, savedLasti
		return nil
	}
	f.regs[vr] = None
	return gf
}
