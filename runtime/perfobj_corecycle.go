// This file defines the reuse of coroutine objects that `await f()` creates
// and finishes without ever suspending (`await square(x)` where square
// returns at once): CPython frees such a coroutine by reference counting
// as soon as the SEND finishes; Go would allocate a fresh 300-byte object
// per await and leave the old one to the collector. Here the finished
// object goes to a small free list and the next coroutine or generator of
// its size class takes it.
//
// Reuse is safe only when nothing but the awaiting frame's temporary
// register can refer to the object. That holds when:
//   - the CALL that created it stores it into register r and the next
//     instruction is GET_AWAITABLE r r (the compiler's `await <call>`), so
//     the straight-line CALL, GET_AWAITABLE, LOAD_NONE, SEND sequence is
//     the only path the object takes (awaitFresh is set there); the same
//     holds for a generator made by `yield from <call>` (CALL, then
//     GET_YIELD_FROM_ITER r r, LOAD_NONE, SEND), a recursive generator's
//     delegate, which is marked freshAwait too;
//   - only the awaiting SEND resumes it, and it returns to that SEND
//     (resumption from Go, a throw or close clears the mark); while it
//     is suspended, its awaiter's cr_await / gi_yieldfrom can show it,
//     and reading those clears the mark (gen_get_delegate), so a
//     Future.__await__ generator that yields once and returns is reused;
//   - the collector's traversal (gc.get_referents and friends) did not
//     hand it out from a frame's registers (traverseFrameRecord clears the
//     mark);
//   - no frame object was made for its frame (a traceback, sys._getframe,
//     a tracer): that object could outlive the coroutine and would see the
//     reused frame.
//
// The SEND's iterator register is cleared when the object is recycled, so
// no stale reference remains in the awaiting frame.

package runtime

import (
	"unsafe"

	op "krait/compiler"
)

// genFreeMax bounds each free list: one await chain rarely holds more
// than a few finished coroutines at a time.
const genFreeMax = 16

// genFree holds recycled generators per size class of allocGenerator. It
// is touched only by the thread holding the GIL.
var genFree [7][]*Generator

// genClass is the size class index allocGenerator uses for n registers,
// or -1 for windows allocated apart.
func genClass(n int) int {
	switch {
	case n <= 2:
		return 0
	case n <= 4:
		return 1
	case n <= 6:
		return 2
	case n <= 8:
		return 3
	case n <= 12:
		return 4
	case n <= 16:
		return 5
	case n <= 24:
		return 6
	}
	return -1
}

// genRegsOf returns the inline register array of g, allocated in size
// class k (g is the first field of its genR struct).
func genRegsOf(g *Generator, k int) []Value {
	p := unsafe.Pointer(g)
	switch k {
	case 0:
		return (*genR2)(p).r[:]
	case 1:
		return (*genR4)(p).r[:]
	case 2:
		return (*genR6)(p).r[:]
	case 3:
		return (*genR8)(p).r[:]
	case 4:
		return (*genR12)(p).r[:]
	case 5:
		return (*genR16)(p).r[:]
	}
	return (*genR24)(p).r[:]
}

// reuseGenerator pops a recycled generator of n registers' size class,
// reset, with its zeroed window; ok is false when none is free.
func reuseGenerator(n int) (*Generator, []Value, bool) {
	k := genClass(n)
	if k < 0 {
		return nil, nil, false
	}
	free := genFree[k]
	if len(free) == 0 {
		return nil, nil, false
	}
	g := free[len(free)-1]
	free[len(free)-1] = nil
	genFree[k] = free[:len(free)-1]
	*g = Generator{}
	// The window is already zero: recycleFresh finished the generator,
	// which cleared the registers it used, and the rest of the class's
	// array was never written (its window had capacity n).
	return g, genRegsOf(g, k)[:n:n], true
}

// Values of Generator.fresh.
const (
	freshNone  uint8 = iota
	freshAwait       // created for `await f()`; reusable if it returns without suspending
	freshFor         // created for `for x in f()`; reusable when the loop exhausts it
)

// markFresh notes that the generator or coroutine g, just created by the
// call instruction at f.lasti into its register r, is consumed only from r:
// the next instruction is GET_AWAITABLE r r, or GET_ITER r r followed by
// FOR_ITER over r.
func markFresh(f *frame, g Value) {
	instrs := f.code.instrs
	if f.pc+1 >= len(instrs) {
		return
	}
	call, ok := shortInstr(instrs[f.lasti])
	if !ok {
		return
	}
	next, ok := shortInstr(instrs[f.pc])
	if !ok || next.a != call.a || next.b != call.a {
		return
	}
	switch {
	case next.op == op.GET_AWAITABLE && g.Type() == CoroutineType:
		ptrOf[Generator](g).fresh = freshAwait
	case next.op == op.GET_YIELD_FROM_ITER && g.Type() == GeneratorType:
		if yieldFromSend(instrs, f.pc+1, call.a) {
			ptrOf[Generator](g).fresh = freshAwait // consumed by the SEND alone, as an await
		}
	case next.op == op.GET_ITER && g.Type() == GeneratorType:
		if loop, ok := shortInstr(instrs[f.pc+1]); ok && loop.op == op.FOR_ITER && loop.b == call.a {
			ptrOf[Generator](g).fresh = freshFor
		}
	}
}

// yieldFromSend reports whether the instructions at pc are the LOAD_NONE,
// SEND pair of a `yield from` delegating to register r.
func yieldFromSend(instrs []uint32, pc int, r uint32) bool {
	if pc+1 >= len(instrs) {
		return false
	}
	ld, ok1 := shortInstr(instrs[pc])
	send, ok2 := shortInstr(instrs[pc+1])
	return ok1 && ok2 && ld.op == op.LOAD_NONE && send.op == op.SEND && send.a == ld.a && send.b == r
}

// shortOperands are the opcode and first two operands of an instruction
// without an EXT prefix.
type shortOperands struct {
	op   op.Opcode
	a, b uint32
}

// shortInstr decodes the instruction word w; ok is false for an EXT
// prefix (the longer forms are left alone: they never take the fast path).
func shortInstr(w uint32) (shortOperands, bool) {
	o := op.Opcode(w & 0xff)
	return shortOperands{o, (w >> 8) & 0xff, (w >> 16) & 0xff}, o != op.EXT
}

// keepFresh clears g.fresh unless the loop resumes g the way its mark
// expects: the awaiting SEND entering it fresh, or its for loop.
func (g *Generator) keepFresh(via uint8) {
	switch g.fresh {
	case freshAwait:
		if via != genViaSend {
			g.fresh = freshNone
		}
	case freshFor:
		if via != genViaForIter && via != genViaForLoop {
			g.fresh = freshNone
		}
	}
}

// recycleFresh finishes gf's generator, which has just returned to the
// SEND or for loop of its consumer f, and puts it on the free list when
// nothing else can refer to it, clearing the consumer's register that
// held it; it reports whether it did. It must run before the generator
// finishes (the frame object check needs f.obj as it was).
func recycleFresh(gf, f *frame) bool {
	g := gf.gen
	if gf.obj != nil || g.finalizer || g.queued {
		return false
	}
	k := genClass(gf.code.c.NumRegs)
	if k < 0 || len(genFree[k]) >= genFreeMax {
		return false
	}
	in, ok := shortInstr(f.code.instrs[f.lasti])
	if !ok {
		return false
	}
	switch in.op {
	case op.SEND:
		if g.fresh != freshAwait {
			return false
		}
	case op.FOR_ITER, op.FOR_LOOP:
		if g.fresh != freshFor {
			return false
		}
	default:
		return false
	}
	g.finish()
	f.regs[in.b] = Value{}
	genFree[k] = append(genFree[k], g)
	return true
}
