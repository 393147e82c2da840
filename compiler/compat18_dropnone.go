package compiler

import "krait/syntax"

// dropToNone compiles `x = None` for a fast local x as a DELETE_FAST whose
// c operand is 1: the local is set to None, as LOAD_NONE would, and what
// it held before is dropped as by `del x` (runtime/refsem11_prompt.go).
// `x = None` is the usual way to drop a reference (`p = None` after
// starting a process, `f = None` after opening a file, an except block's
// `e = None`), and CPython runs the dropped object's __del__ or closes the
// file before the next statement; a plain store would leave it to the
// next Go collection. b names the frame's dead temporaries, as for `del`,
// so that the result register of `x = C()` does not keep the object alive.
// It reports whether the assignment had that form.
func (c *compiler) dropToNone(r int32, v syntax.Expr) bool {
	k, ok := v.(*syntax.Constant)
	if !ok || k.Value != nil || r&tagMask != 0 {
		return false
	}
	c.visitLocal(r)
	c.emit(DELETE_FAST, r, c.deadTemps(), 1)
	c.markBound(r)
	return true
}
