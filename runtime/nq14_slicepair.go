// This file defines the fusion of `x[lo:hi] + x[lo2:hi2]` on one list
// (`items[:i] + items[i + 1:]`, a list without its i-th item) into one new
// list. The compiler evaluates it as GET_SLICE into a temporary, a short
// run of instructions that compute the second slice's bounds, GET_SLICE
// into another temporary and ADD. fuseSliceAdd (list_slice_fast.go) joins
// the second slice with the ADD; this joins the first one too, so the
// first slice's list, built only to be copied and dropped, is never made.
//
// Only runs that cannot have an effect outside their temporaries are
// fused: LOAD_NONE, MOVE and ADD_K on small ints, each writing a
// temporary above the first slice's and reading nothing an earlier one of
// the run wrote, so all of them are checked before any is done.

package runtime

import op "krait/compiler"

// slicePairRun is the most instructions between the two GET_SLICEs.
const slicePairRun = 6

// fuseSlicePair runs GET_SLICE a, b, c (the instruction before pc) with
// the run after it, the second GET_SLICE of the same list and the ADD of
// the two slices, and returns the pc after the ADD. When the run does not
// qualify it does nothing and reports false; when only the second slice
// does not (its bounds are not small ints, a step), it completes the
// first GET_SLICE and the run and returns the second GET_SLICE's pc.
func fuseSlicePair(code *Code, regs []Value, pc, a, b, c int) (int, bool) {
	cc := code.c
	if a < len(cc.Varnames)+len(cc.Cellvars)+len(cc.Freevars) || regs[b].Type() != ListType {
		return 0, false // a named variable: its list lives on
	}
	ins := code.instrs
	end, ok := slicePairScan(code, regs, pc, a, b)
	if !ok {
		return 0, false
	}
	w2, add := ins[end], ins[end+1]
	a2, c2 := int(w2>>8)&0xff, int(w2>>24)
	d := int(add>>8) & 0xff
	items := ptrOf[List](regs[b]).items
	start1, _, step1, n1, ok := smallSliceIndices(regs[c], regs[c+1], regs[c+2], len(items))
	if !ok || step1 != 1 {
		return 0, false
	}
	slicePairDo(code, regs, pc, end)
	start2, _, step2, n2, ok := smallSliceIndices(regs[c2], regs[c2+1], regs[c2+2], len(items))
	if !ok || step2 != 1 {
		nl := newListLen(n1)
		copyFew(nl.items, items[start1:start1+n1])
		regs[a] = ValueOf(nl)
		return end, true
	}
	nl := newListLen(n1 + n2)
	copyFew(nl.items[copyFew(nl.items, items[start1:start1+n1]):], items[start2:start2+n2])
	regs[a], regs[a2] = Value{}, Value{}
	regs[d] = ValueOf(nl)
	return end + 2, true
}

// slicePairScan checks the run from pc: simple instructions writing
// temporaries above a (never the list's register b) from registers no
// earlier one wrote, ADD_K only on a small int without overflow, then
// GET_SLICE of b into a temporary a2 above a, then ADD of a and a2 in
// that order. It returns the second GET_SLICE's index.
func slicePairScan(code *Code, regs []Value, pc, a, b int) (int, bool) {
	ins := code.instrs
	var written [slicePairRun]int
	for j := pc; j < len(ins)-1 && j-pc <= slicePairRun; j++ {
		w := ins[j]
		o := op.Opcode(w)
		if o == op.GET_SLICE {
			a2 := int(w>>8) & 0xff
			add := ins[j+1]
			ok := int(w>>16)&0xff == b && a2 > a && op.Opcode(add) == op.ADD &&
				int(add>>16)&0xff == a && int(add>>24) == a2
			return j, ok
		}
		if j-pc == slicePairRun {
			return 0, false
		}
		dst, src := int(w>>8)&0xff, int(w>>16)&0xff
		if dst <= a || dst == b {
			return 0, false
		}
		switch o {
		case op.LOAD_NONE:
		case op.MOVE:
			if wroteIn(written[:j-pc], src) {
				return 0, false
			}
		case op.ADD_K:
			if wroteIn(written[:j-pc], src) {
				return 0, false
			}
			if _, ok := addSmallK(regs[src], code.consts[int(w>>24)]); !ok {
				return 0, false
			}
		default:
			return 0, false
		}
		written[j-pc] = dst
	}
	return 0, false
}

// slicePairDo does the run [from, to) that slicePairScan checked.
func slicePairDo(code *Code, regs []Value, from, to int) {
	for _, w := range code.instrs[from:to] {
		dst, src := int(w>>8)&0xff, int(w>>16)&0xff
		switch op.Opcode(w) {
		case op.LOAD_NONE:
			regs[dst] = None
		case op.MOVE:
			regs[dst] = regs[src]
		case op.ADD_K:
			s, _ := addSmallK(regs[src], code.consts[int(w>>24)])
			regs[dst] = Int(s)
		}
	}
}

// addSmallK is ADD_K's small-int case: x + k without overflow.
func addSmallK(x, k Value) (int64, bool) {
	if !x.IsSmallInt() || !k.IsSmallInt() {
		return 0, false
	}
	s := x.SmallInt() + k.SmallInt()
	return s, (s > x.SmallInt()) == (k.SmallInt() > 0)
}

// wroteIn reports whether register r is among written.
func wroteIn(written []int, r int) bool {
	for _, w := range written {
		if w == r {
			return true
		}
	}
	return false
}
