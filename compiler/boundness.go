// This file defines the removal of redundant CHECK_FAST instructions: a
// forward dataflow analysis over the unit's instructions computes which fast
// locals are certainly bound at each point, and a check of a local that is
// certainly bound is dropped. Reads of locals are then free in the loops
// where CPython 3.11 checks every LOAD_FAST.

package compiler

// bitset is a set of fast locals.
type bitset []uint64

func (b bitset) has(i int32) bool { return b[i>>6]&(1<<(i&63)) != 0 }
func (b bitset) set(i int32)      { b[i>>6] |= 1 << (i & 63) }
func (b bitset) unset(i int32)    { b[i>>6] &^= 1 << (i & 63) }

// meet intersects b with o, reporting whether b changed.
func (b bitset) meet(o bitset) bool {
	changed := false
	for i := range b {
		if n := b[i] & o[i]; n != b[i] {
			b[i] = n
			changed = true
		}
	}
	return changed
}

// writesLocal returns the local that instruction in binds (in all its
// successors), or -1.
func writesLocal(in *ins) int32 {
	if in.a&tagMask != 0 {
		return -1
	}
	switch in.op {
	case MOVE, LOAD_CONST, LOAD_NONE, LOAD_TRUE, LOAD_FALSE, CHECK_FAST, LOAD_NAME, LOAD_GLOBAL,
		LOAD_DEREF, LOAD_CLASSDEREF, LOAD_ATTR, GET_ITEM, NEG, POS, INVERT, NOT, CALL, CALL_KW,
		CALL_METHOD, CALL_METHOD_KW, CALL_EX, BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_MAP,
		BUILD_STRING, FORMAT_VALUE, LIST_TO_TUPLE, MAKE_FUNCTION, IMPORT_NAME, IMPORT_FROM,
		GET_ITER, YIELD_VALUE:
		return in.a
	case DELETE_FAST:
		if in.c != 0 { // `x = None` (compat18_dropnone.go)
			return in.a
		}
	}
	if in.op >= ADD && in.op <= IFLOORDIV_K || in.op >= EQ && in.op <= NOT_IN {
		return in.a
	}
	return -1
}

// endsFlow reports whether control never falls through in.
func endsFlow(op Opcode) bool {
	switch op {
	case JUMP, JUMP_BACK, RETURN, RETURN_CONST, RAISE, RERAISE:
		return true
	}
	return false
}

// dropBoundChecks replaces redundant CHECK_FASTs with removed markers
// (removed[i] is set) and returns how many it dropped.
func (c *compiler) dropBoundChecks(removed []bool) int {
	u := c.u
	n := len(u.instrs)
	nloc := len(u.varnames)
	if nloc == 0 || n == 0 {
		return 0
	}
	hasCheck := false
	for i := range u.instrs {
		if u.instrs[i].op == CHECK_FAST {
			hasCheck = true
			break
		}
	}
	if !hasCheck {
		return 0
	}
	words := (nloc + 63) / 64
	// Leaders: the entry, jump targets, and the instructions after a jump.
	leader := make([]bool, n+1)
	leader[0] = true
	handlerAt := make([]bool, n+1)
	for i := range u.instrs {
		in := &u.instrs[i]
		if in.target >= 0 {
			leader[u.labels[in.target]] = true
		}
		if in.handler != nil {
			t := u.labels[in.handler.lbl]
			leader[t] = true
			handlerAt[t] = true
		}
		if endsFlow(in.op) || in.target >= 0 {
			leader[i+1] = true
		}
		if OpTable[in.op].Branch() {
			leader[i+2] = true
		}
	}
	blockOf := make([]int32, n+1)
	var starts []int
	for i := 0; i <= n; i++ {
		if leader[i] && i < n {
			starts = append(starts, i)
		}
		blockOf[i] = int32(len(starts) - 1)
	}
	nb := len(starts)
	in := make([]bitset, nb)
	for b := range in {
		in[b] = make(bitset, words)
		if b > 0 && !handlerAt[starts[b]] {
			for w := range in[b] {
				in[b][w] = ^uint64(0)
			}
		}
	}
	for _, p := range u.blk.Varnames {
		if i, ok := u.varIdx[p]; ok {
			in[0].set(i)
		}
	}
	state := make(bitset, words)
	taken := make(bitset, words)
	work := []int{0}
	queued := make([]bool, nb)
	queued[0] = true
	for b := 1; b < nb; b++ {
		work = append(work, b)
		queued[b] = true
	}
	propagate := func(to int, s bitset) {
		if to >= nb || handlerAt[starts[to]] {
			return
		}
		if in[to].meet(s) && !queued[to] {
			queued[to] = true
			work = append(work, to)
		}
	}
	for len(work) > 0 {
		b := work[0]
		work = work[1:]
		queued[b] = false
		copy(state, in[b])
		end := n
		if b+1 < nb {
			end = starts[b+1]
		}
		fallthru := true
		for i := starts[b]; i < end; i++ {
			x := &u.instrs[i]
			if x.op == DELETE_FAST && x.a&tagMask == 0 && x.c == 0 {
				state.unset(x.a)
			}
			if r := writesLocal(x); r >= 0 {
				state.set(r)
			}
			if OpTable[x.op].Branch() {
				copy(taken, state)
				if x.a&tagMask == 0 {
					switch x.op {
					case FOR_ITER: // writes only when it does not jump
						state.set(x.a)
					case FOR_LOOP: // writes only when it jumps
						taken.set(x.a)
					}
				}
				propagate(int(blockOf[u.labels[u.instrs[i+1].target]]), taken)
				propagate(int(blockOf[i+2]), state)
				fallthru = false
				break
			}
			if x.target >= 0 {
				propagate(int(blockOf[u.labels[x.target]]), state)
			}
			if endsFlow(x.op) {
				fallthru = false
				break
			}
		}
		if fallthru && end < n {
			propagate(int(blockOf[end]), state)
		}
	}
	// Drop the checks of locals bound on every path.
	dropped := 0
	for b := 0; b < nb; b++ {
		copy(state, in[b])
		end := n
		if b+1 < nb {
			end = starts[b+1]
		}
		for i := starts[b]; i < end; i++ {
			x := &u.instrs[i]
			if x.op == CHECK_FAST && x.a&tagMask == 0 && state.has(x.a) {
				removed[i] = true
				dropped++
			}
			if x.op == DELETE_FAST && x.a&tagMask == 0 && x.c == 0 {
				state.unset(x.a)
			}
			if r := writesLocal(x); r >= 0 {
				state.set(r)
			}
			if OpTable[x.op].Branch() {
				break
			}
		}
	}
	return dropped
}
