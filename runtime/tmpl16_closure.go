// This file defines the fusion of a closure's cell tuple with the
// MAKE_FUNCTION that consumes it. A nested function, lambda or generator
// expression that uses variables of its enclosing function is compiled as
// BUILD_TUPLE of the cells, then MAKE_FUNCTION with that tuple as its
// closure: the function copies the cells into its own closure slice (kept
// in the function's allocation, perf12b_makefunc.go), so the tuple was an
// allocation made only to be read once and dropped. Function factories,
// decorators applied at run time and generator expressions over a cell
// made it every time they ran.

package runtime

import (
	"math/bits"
	"weak"

	op "krait/compiler"
)

// fuseMakeClosure runs BUILD_TUPLE a, b, c together with the MAKE_FUNCTION
// that follows it (next) when that instruction takes the tuple in a as its
// closure: it builds the function with the cells regs[b:b+c] directly and
// stores it where MAKE_FUNCTION would have. The tuple's register is a
// temporary only that MAKE_FUNCTION reads, so nothing can observe that the
// tuple was never built (the register is cleared, as a consumed temporary).
// A comprehension's function that fuseCompClosure could not reuse is made
// here and cached for the next run, as compFunction does; a code object
// not yet classified (co.comp unknown) takes the plain path once, which
// classifies it.
// It reports whether it did so; the caller then skips the MAKE_FUNCTION.
func fuseMakeClosure(f *frame, code *Code, next uint32, a, b, c int) bool {
	if op.Opcode(next) != op.MAKE_FUNCTION { // an EXT-prefixed one is not fused
		return false
	}
	w := operandWord(next)
	ma, k, flags := int(w>>8)&0xffffff, int(w>>32)&0xffff, int(w>>48)
	if flags&^15 != 0 || flags&8 == 0 || ma+bits.OnesCount(uint(flags&7)) != a {
		return false
	}
	kv := code.consts[k]
	if kv.Type() != CodeType {
		return false
	}
	co := ptrOf[Code](kv)
	if co.comp == compUnknown {
		return false
	}
	fn := newFunctionCells(f, co, c) // perf12b_makefunc.go
	for j, cell := range f.regs[b : b+c] {
		fn.closure[j] = ptrOf[Cell](cell)
	}
	setFunctionParts(fn, f.regs[ma:], flags) // eval_ops.go
	if co.comp == compYes && flags == 8 {
		// fuseCompClosure found no cached function with these cells (a
		// method's comprehension over self gets a new cell per call):
		// this one is cached instead, as compFunction would.
		co.more().compFn = weak.Make(fn)
	}
	f.regs[a] = Value{}
	f.regs[ma] = ValueOf(fn)
	return true
}
