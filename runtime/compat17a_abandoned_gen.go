// This file closes a generator that any() or all() stopped consuming,
// when the call's argument was its only reference: `any(g())` where g's
// generator is suspended inside a try block. CPython releases the
// argument as the call returns, the generator is closed at once and its
// finally clause runs (with 'call', 'exception', 'line', 'return' trace
// events) before the next line. Here the generator stays in the caller's
// dead temporary register until a collection; the builtin asks the eval
// breaker check that follows the call to drop that register and finalize
// the generator promptly, as `del` does (compat16_prompt.go).

package runtime

import (
	"unsafe"
	"weak"

	op "krait/compiler"
)

// breakDropTemps asks the next eval breaker check to finalize the
// generator abandonedGen names.
const breakDropTemps uint32 = 1 << 12

// abandonedGen is the generator a builtin left suspended, with the frame
// that called the builtin and the instruction calling it. The GIL guards
// it.
var abandonedGen struct {
	gen   weak.Pointer[Header]
	frame *frame
	lasti int
}

// noteAbandonedGen records that the builtin running stopped iterating v
// early: if v is a generator whose finalizer would run code, the check
// after the call finalizes it unless something else holds it.
func noteAbandonedGen(v Value) {
	if v.Type() != GeneratorType || !mayFinalize(v) {
		return
	}
	th := curThread
	if th == nil || th.cur == nil {
		return
	}
	abandonedGen.gen = weak.Make(v.HeaderPtr())
	abandonedGen.frame, abandonedGen.lasti = th.cur, th.cur.lasti
	evalBreaker.Or(breakDropTemps)
}

// dropAbandonedGen is the eval breaker's part for breakDropTemps (b is the
// breaker word the caller read). It acts only while the frame is still at
// the call that made the request, which has returned by then: the
// generator's references in the call's registers (the argument) are dead,
// and are cleared before the prompt collection.
func dropAbandonedGen(th *Thread, b uint32) {
	if b&breakDropTemps == 0 {
		return
	}
	evalBreaker.And(^breakDropTemps)
	w, f, lasti := abandonedGen.gen, abandonedGen.frame, abandonedGen.lasti
	abandonedGen.gen, abandonedGen.frame = weak.Pointer[Header]{}, nil
	if f == nil || th.cur != f || f.lasti != lasti || f.code == nil || lasti >= len(f.code.instrs) {
		return
	}
	in := op.Decode(f.code.instrs, lasti)
	switch op.Generic(traceOpAt(f.code.instrs, lasti+in.Len-1)) { // the op word, instrumented or not
	case op.CALL, op.CALL_KW, op.CALL_METHOD, op.CALL_METHOD_KW:
	default:
		return
	}
	h := w.Value()
	if h == nil || int(in.A)+1 > len(f.regs) {
		return
	}
	for i := int(in.A) + 1; i < len(f.regs); i++ {
		if f.regs[i].p == unsafe.Pointer(h) {
			f.regs[i] = Value{}
		}
	}
	v := ValueOfHeader(h)
	h = nil
	promptFinalize(v)
}
