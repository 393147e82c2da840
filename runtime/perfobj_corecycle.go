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
//     the only path the object takes (awaitFresh is set there);
//   - the SEND enters it fresh and it returns without yielding (any yield,
//     resumption from Go, or throw clears awaitFresh: while suspended it
//     is visible through the awaiter's cr_await);
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
	regs := genRegsOf(g, k)
	clear(regs)
	return g, regs[:n:n], true
}

// markAwaitFresh notes that the coroutine g, just created by the call
// instruction at f.lasti, is awaited by the instruction after it.
func markAwaitFresh(f *frame, g Value) {
	if g.Type() != CoroutineType || f.pc >= len(f.code.instrs) {
		return
	}
	next := op.Decode(f.code.instrs, f.pc)
	if next.Op != op.GET_AWAITABLE || next.A != next.B {
		return
	}
	if call := op.Decode(f.code.instrs, f.lasti); call.A == next.B {
		ptrOf[Generator](g).awaitFresh = true
	}
}

// recycleAwaited puts gf's coroutine, which has just returned to the SEND
// of its consumer f without ever suspending, on the free list when
// nothing else can refer to it. It runs before the generator finishes
// (the frame object check needs f.obj as it was).
func recycleAwaited(gf, f *frame) bool {
	g := gf.gen
	if !g.awaitFresh || gf.obj != nil || g.finalizer {
		return false
	}
	k := genClass(gf.code.c.NumRegs)
	if k < 0 || len(genFree[k]) >= genFreeMax {
		return false
	}
	send := op.Decode(f.code.instrs, f.lasti)
	if send.Op != op.SEND {
		return false
	}
	g.finish()
	f.regs[send.B] = Value{}
	genFree[k] = append(genFree[k], g)
	return true
}
