// This file defines the fusion of a comprehension's closure tuple with
// the MAKE_FUNCTION that consumes it. A comprehension that uses a
// variable of its enclosing function (`{p[i] + i for i in range(n)}` with
// p a cell) is compiled as BUILD_TUPLE of the cells, then MAKE_FUNCTION
// with that tuple as its closure, then CALL. compFunction (comprehension.go)
// already reuses the function made last time when its closure holds the
// same cells; the tuple, made only to be compared and dropped, was still
// allocated every time the comprehension ran.

package runtime

import (
	"unsafe"

	op "krait/compiler"
)

// fuseCompClosure runs BUILD_TUPLE a, b, c together with the MAKE_FUNCTION
// that follows it (next) when that instruction takes the tuple in a as the
// closure of a comprehension whose cached function has exactly the cells
// regs[b:b+c], the same globals and builtins: it stores that function in
// a, as MAKE_FUNCTION would have, and the tuple is never built. The tuple
// is a temporary the MAKE_FUNCTION overwrites, so nothing can observe the
// difference; the caller then skips the MAKE_FUNCTION. It reports whether
// it did so.
func fuseCompClosure(f *frame, code *Code, next uint32, a, b, c int) bool {
	if op.Opcode(next) != op.MAKE_FUNCTION { // an EXT-prefixed one is not fused
		return false
	}
	w := operandWord(next)
	if int(w>>8)&0xffffff != a || int(w>>48) != 8 {
		return false
	}
	k := code.consts[int(w>>32)&0xffff]
	if k.Type() != CodeType {
		return false
	}
	co := ptrOf[Code](k)
	if co.comp != compYes {
		return false // not a comprehension, or not yet classified by compFunction
	}
	fn := co.compFnOf()
	if fn == nil || fn.code != co || fn.globals != f.globals || fn.builtins != f.builtins || len(fn.closure) != c {
		return false
	}
	for i, cell := range f.regs[b : b+c] {
		if cell.p != unsafe.Pointer(fn.closure[i]) {
			return false
		}
	}
	f.regs[a] = ValueOf(fn)
	return true
}
