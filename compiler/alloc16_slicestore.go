// This file marks the temporary of `x[i:j] = y[k:l:m]` dead after the store.
// The runtime (runtime/alloc16_slicestore.go) can then store the slice
// straight from a buffer instead of building the list only to copy it
// (fannkuch's `perm[:k + 1] = perm[k::-1]`, a reversal in place). Without
// the mark it could not tell this statement from a chained assignment,
// `x[:i] = q = y[::-1]`, whose later targets read the same temporary.

package compiler

import "krait/syntax"

// isSliceStore reports whether `t = v` stores a slice of one sequence into
// a slice of another (or the same) one.
func isSliceStore(t, v syntax.Expr) bool {
	ts, ok := t.(*syntax.Subscript)
	if !ok {
		return false
	}
	vs, ok := v.(*syntax.Subscript)
	if !ok {
		return false
	}
	_, tok := ts.Slice.(*syntax.Slice)
	_, vok := vs.Slice.(*syntax.Slice)
	return tok && vok
}

// sliceStore compiles the single-target `t = v` of isSliceStore as the
// storeOperands path does, then clears the value's temporary: the
// LOAD_NONE after the SET_SLICE tells the runtime nothing reads it again.
func (c *compiler) sliceStore(t *syntax.Subscript, v syntax.Expr) {
	r := c.exprSafe(v, t.Value, t.Slice)
	c.store(t, r)
	if isTemp(r) {
		c.emit(LOAD_NONE, r, 0, 0)
	}
}
