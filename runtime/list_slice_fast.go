// This file defines the fast paths of GET_SLICE and SET_SLICE on an exact
// list with small-int or None bounds and step (`items[:i]`, `perm[k::-1]`,
// `perm[:k + 1] = ...`): the bounds are computed in registers, without the
// Slice record that Slice.indices takes (building that record on the Go
// stack and copying it cost a store-forwarding stall per slice).

package runtime

// smallSliceIndices is Slice.indices for bounds and step that are small
// ints or None, over n items; ok is false for anything else (another
// type, or a zero step, whose error Slice.indices raises).
func smallSliceIndices(lo, hi, st Value, n int) (start, stop, step, count int, ok bool) {
	s := int64(1)
	if !st.IsNone() {
		if !st.IsSmallInt() || st.SmallInt() == 0 {
			return 0, 0, 0, 0, false
		}
		s = st.SmallInt()
	}
	ln := int64(n)
	var min, max int64 // the clamping range of an index
	if s < 0 {
		min, max = -1, ln-1
	} else {
		min, max = 0, ln
	}
	b, e := min, max // the defaults for a positive step
	if s < 0 {
		b, e = max, min
	}
	if !lo.IsNone() {
		if !lo.IsSmallInt() {
			return 0, 0, 0, 0, false
		}
		b = clampSlice(lo.SmallInt(), ln, min, max)
	}
	if !hi.IsNone() {
		if !hi.IsSmallInt() {
			return 0, 0, 0, 0, false
		}
		e = clampSlice(hi.SmallInt(), ln, min, max)
	}
	var cnt int64
	if s > 0 && b < e {
		cnt = (e-b-1)/s + 1
	} else if s < 0 && b > e {
		cnt = (b-e-1)/(-s) + 1
	}
	return int(b), int(e), int(s), int(cnt), true
}

// listSliceSmall is x[lo:hi:st] for an exact list x when smallSliceIndices
// accepts the bounds; ok is false otherwise.
func listSliceSmall(x, lo, hi, st Value) (Value, bool) {
	items := ptrOf[List](x).items
	start, _, step, n, ok := smallSliceIndices(lo, hi, st, len(items))
	if !ok {
		return Value{}, false
	}
	nl := newListLen(n)
	out := nl.items
	if step == 1 {
		copyFew(out, items[start:start+n])
	} else {
		for i := range out {
			out[i] = items[start+i*step]
		}
	}
	return ValueOf(nl), true
}

// listAssignSliceSmall is x[lo:hi] = v for an exact list x and an exact
// list or tuple v other than x, with small-int or None bounds and no step:
// nothing it does can run Python code. ok is false when it declines.
func listAssignSliceSmall(x, lo, hi, st, v Value) bool {
	if !st.IsNone() {
		return false
	}
	var src []Value
	switch v.Type() {
	case ListType:
		if v.p == x.p {
			return false
		}
		src = ptrOf[List](v).items
	case TupleType:
		src = ptrOf[Tuple](v).items
	default:
		return false
	}
	l := ptrOf[List](x)
	start, stop, _, _, ok := smallSliceIndices(lo, hi, st, len(l.items))
	if !ok {
		return false
	}
	listReplaceRange(l, start, max(start, stop), src)
	return true
}

// fuseSliceAdd runs GET_SLICE a, b, c together with the ADD that follows
// it when that ADD takes the new slice, held in a temporary, as one operand
// and an exact list as the other (`items[:i] + items[i + 1:]`): the sum is
// made in one allocation and the slice never exists, as fuseBuildListAdd
// does for `[x] + rest`. It reports whether it did so; the caller then
// skips the ADD.
func fuseSliceAdd(code *Code, regs []Value, next uint32, a, b, c int) bool {
	if regs[b].Type() != ListType {
		return false
	}
	d, other, left, ok := fusedAddOperand(code, regs, next, a)
	if !ok {
		return false
	}
	items := ptrOf[List](regs[b]).items
	start, _, step, n, ok := smallSliceIndices(regs[c], regs[c+1], regs[c+2], len(items))
	if !ok || step != 1 {
		return false
	}
	storeFusedAdd(regs, a, d, items[start:start+n], other, left)
	return true
}
