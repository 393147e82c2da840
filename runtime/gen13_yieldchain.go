// This file defines the passage of values through chains of `yield from`
// (recursive generators: a tree walk that delegates to itself per level).
// Each level's frame suspends at the loop the compiler emits for a yield
// from,
//
//	SEND        r_v r_d ->done   (then its JUMP word)
//	YIELD_VALUE r_v r_v delegate=r_d
//	JUMP_BACK   ->SEND
//
// so a value yielded by the innermost generator is passed up by one
// YIELD_VALUE per level, and a resumption goes down by a JUMP_BACK and a
// SEND per level. Without tracing and with the eval breaker clear, these
// do nothing but the generator bookkeeping of genYield and genEnter, so
// they are done here in a loop instead of dispatching three instructions
// per level. Every level is still linked, marked running and suspended as
// it is when the instructions run (gi_running, gi_yieldfrom, f_back and
// f_lasti are the same).

package runtime

import op "krait/compiler"

// chainFusable reports whether the loop may run yield-from levels itself:
// nothing observes the instructions it skips.
func (th *Thread) chainFusable() bool {
	return th.tr == nil && evalBreaker.Load() == 0
}

// yieldThrough continues genYield for the consumer f, which has just
// received v (in register reg) from its delegate's yield: while f is a
// generator frame whose next instruction is the YIELD_VALUE passing that
// register on, it does that yield and moves to f's consumer. It returns
// the frame the loop continues with.
func (th *Thread) yieldThrough(f *frame, v Value, reg int) *frame {
	for f.gen != nil && !f.entry && th.chainFusable() {
		w := f.code.instrs[f.pc]
		if op.Opcode(w) != op.YIELD_VALUE || int(w>>16)&0xff != reg {
			break
		}
		a, b, c := int(w>>8)&0xff, int(w>>16)&0xff, int(w>>24)
		// As YIELD_VALUE does (eval.go).
		f.lasti = f.pc
		f.pc++
		f.yielded = true
		f.gen.sendReg, f.gen.delegateReg = int32(a), int32(c)
		if b >= f.code.nlocalRegs() {
			clearYieldTemps(f.regs, b) // gcwalk_yield.go
		}
		var via uint8
		f, via, reg = th.genYieldOne(f, v)
		if via != genViaSend {
			break
		}
	}
	return f
}

// sendThrough continues a SEND that has just linked and resumed the
// delegate frame gf: while gf resumes at the JUMP_BACK of its own yield
// from loop, delegating to another generator, it does that JUMP_BACK and
// SEND and descends. It returns the frame the loop continues with, at the
// instruction it would dispatch next.
func (th *Thread) sendThrough(gf *frame) *frame {
	for th.chainFusable() {
		instrs := gf.code.instrs
		w := instrs[gf.pc]
		if op.Opcode(w) != op.JUMP_BACK {
			break
		}
		t := int(w >> 16)
		s := instrs[t]
		if op.Opcode(s) != op.SEND {
			break
		}
		a, b := int(s>>8)&0xff, int(s>>16)&0xff
		d := gf.regs[b]
		if d.p == nil || (d.Type() != GeneratorType && d.Type() != CoroutineType) {
			break
		}
		// As SEND does: positioned at its JUMP word while the delegate runs.
		gf.pc, gf.lasti = t+1, t
		next := th.genEnter(gf, ptrOf[Generator](d), gf.regs[a], genViaSend, a)
		if next == nil {
			gf.pc = t // the SEND itself raises the right error
			break
		}
		gf = next
	}
	return gf
}
