// This file defines the fusion of `x[i:j] = y[k:l:m]` on exact lists into
// one store without the slice's list: fannkuch's `perm[:k + 1] =
// perm[k::-1]` reverses a prefix in place, and building the reversed
// prefix as a list, only to copy it into perm and drop it, was two thirds
// of the program's allocation. The compiler evaluates the statement as
// GET_SLICE into a temporary, a short run of instructions computing the
// target's bounds, SET_SLICE from the temporary, then LOAD_NONE of the
// temporary (compiler/alloc16_slicestore.go), the mark that nothing reads
// it again. The slice's items are copied into a buffer on the Go stack
// before the run (GET_SLICE's moment; the source may be the target) and
// stored from there, so the order of effects is CPython's.

package runtime

import op "krait/compiler"

const (
	sliceStoreRun = 6  // the most instructions between GET_SLICE and SET_SLICE
	sliceStoreMax = 16 // the most items the buffer on the stack holds
)

// fuseSliceStore runs GET_SLICE a, b, c (the instruction before pc) with
// the run, SET_SLICE and LOAD_NONE after it and returns the pc after them.
// It declines (false) before doing anything unless the source is an exact
// list sliced with small-int bounds into at most sliceStoreMax items and
// the instructions have that shape. If a later check fails (an ADD_K off
// the small ints, a target that is not an exact list, an extended slice
// of another size: anything that could run Python code or raise), it
// makes the slice's list in a as GET_SLICE would and returns the pc of
// the instruction to go on from, the ones before it done.
func fuseSliceStore(code *Code, regs []Value, pc, a, b, c int) (int, bool) {
	if regs[b].Type() != ListType {
		return 0, false
	}
	end, ok := sliceStoreScan(code.instrs, pc, a)
	if !ok {
		return 0, false
	}
	items := ptrOf[List](regs[b]).items
	start, _, step, n, ok := smallSliceIndices(regs[c], regs[c+1], regs[c+2], len(items))
	if !ok || n > sliceStoreMax {
		return 0, false
	}
	var buf [sliceStoreMax]Value
	src := buf[:n]
	for i := range src {
		src[i] = items[start+i*step]
	}
	if j, ok := sliceStoreRunDo(code, regs, pc, end); !ok {
		return sliceStoreMaterialize(regs, a, src, j)
	}
	w := code.instrs[end]
	x, d := regs[int(w>>8)&0xff], int(w>>16)&0xff
	if x.Type() != ListType {
		return sliceStoreMaterialize(regs, a, src, end)
	}
	l := ptrOf[List](x)
	start, stop, step, cnt, ok := smallSliceIndices(regs[d], regs[d+1], regs[d+2], len(l.items))
	switch {
	case !ok:
		return sliceStoreMaterialize(regs, a, src, end)
	case step == 1:
		listReplaceRange(l, start, max(start, stop), src)
	case cnt != n:
		return sliceStoreMaterialize(regs, a, src, end) // SET_SLICE raises
	default:
		for i, v := range src {
			l.items[start+i*step] = v
		}
	}
	regs[a] = None // the LOAD_NONE
	return end + 2, true
}

// sliceStoreScan checks the instructions from pc: a run of at most
// sliceStoreRun LOAD_NONE, LOAD_CONST, MOVE and ADD_K neither reading nor
// writing a, then SET_SLICE storing a (its list and bounds elsewhere),
// then LOAD_NONE a. It returns the SET_SLICE's pc. (An EXT-prefixed
// instruction is none of these.)
func sliceStoreScan(ins []uint32, pc, a int) (int, bool) {
	for j := pc; j < len(ins)-1 && j-pc <= sliceStoreRun; j++ {
		w := ins[j]
		dst, src := int(w>>8)&0xff, int(w>>16)&0xff
		switch op.Opcode(w) {
		case op.SET_SLICE:
			m := ins[j+1]
			return j, int(w>>24) == a && dst != a && (src > a || src+2 < a) &&
				op.Opcode(m) == op.LOAD_NONE && int(m>>8)&0xff == a
		case op.LOAD_NONE, op.LOAD_CONST:
		case op.MOVE, op.ADD_K:
			if src == a {
				return 0, false
			}
		default:
			return 0, false
		}
		if dst == a {
			return 0, false
		}
	}
	return 0, false
}

// sliceStoreRunDo runs the instructions from..to that sliceStoreScan
// accepted. It stops at an ADD_K whose operands are not small ints (or
// overflow), returning its pc and false.
func sliceStoreRunDo(code *Code, regs []Value, from, to int) (int, bool) {
	for j := from; j < to; j++ {
		w := code.instrs[j]
		dst, src := int(w>>8)&0xff, int(w>>16)&0xff
		switch op.Opcode(w) {
		case op.LOAD_NONE:
			regs[dst] = None
		case op.LOAD_CONST:
			regs[dst] = code.consts[int(w>>16)]
		case op.MOVE:
			regs[dst] = regs[src]
		case op.ADD_K:
			s, ok := addSmallK(regs[src], code.consts[int(w>>24)])
			if !ok {
				return j, false
			}
			regs[dst] = Int(s)
		}
	}
	return to, true
}

// sliceStoreMaterialize stores the slice's items in a as the list
// GET_SLICE makes and returns (pc, true): the loop goes on at pc.
func sliceStoreMaterialize(regs []Value, a int, src []Value, pc int) (int, bool) {
	nl := newListLen(len(src))
	copy(nl.items, src)
	regs[a] = ValueOf(nl)
	return pc, true
}
