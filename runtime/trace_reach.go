// This file defines which instructions of a traced code object control can
// reach, for jumps by f_lineno: CPython's compiler drops unreachable code
// (the normal-path copy of a finally body after its return, say), so such
// code is no jump target there; Krait's compiler keeps it, and the setter
// must not land in it.

package runtime

import op "krait/compiler"

// traceReachable marks the instruction words of co (instrumented, with
// table ct) that control can reach from its entry, following jumps,
// branches and the handlers of reachable protected ranges.
func traceReachable(co *Code, ct *codeTrace) []bool {
	n := len(ct.instrs)
	words := append([]uint32(nil), ct.instrs...)
	for i, m := range ct.marked {
		if m {
			words[i] = words[i]&^0xff | uint32(ct.ops[i])
		}
	}
	reach := make([]bool, n)
	var work []int
	push := func(pc int) {
		if pc >= 0 && pc < n && !reach[pc] {
			reach[pc] = true
			work = append(work, pc)
		}
	}
	push(0)
	for {
		for len(work) > 0 {
			pc := work[len(work)-1]
			work = work[:len(work)-1]
			for _, s := range successors(words, pc, reach) {
				push(s)
			}
		}
		if !pushHandlers(co, reach, push) {
			return reach
		}
	}
}

// successors returns where control goes after the instruction at pc (a
// branch's JUMP word is marked reached as part of it).
func successors(words []uint32, pc int, reach []bool) []int {
	in := op.Decode(words, pc)
	next := pc + in.Len
	if int(in.Op) >= len(op.OpTable) {
		return []int{next}
	}
	info := &op.OpTable[in.Op]
	if info.Branch() && next < len(words) {
		j := op.Decode(words, next)
		for k := next; k < next+j.Len && k < len(reach); k++ {
			reach[k] = true
		}
		return []int{int(j.B), next + j.Len}
	}
	var out []int
	for i, ch := range info.Operands() {
		switch {
		case ch == 'J':
			out = append(out, int(in.B))
		case ch == 'j' && i == 0:
			out = append(out, int(in.A))
		case ch == 'j' && i == 1:
			out = append(out, int(in.B))
		case ch == 'j' && i == 2:
			out = append(out, int(in.C))
		}
	}
	switch in.Op {
	case op.JUMP, op.JUMP_BACK, op.RETURN, op.RETURN_CONST, op.RAISE, op.RERAISE:
		return out
	}
	return append(out, next)
}

// pushHandlers pushes the handlers of the protected ranges holding a
// reached instruction; false if there was none new.
func pushHandlers(co *Code, reach []bool, push func(int)) bool {
	added := false
	for _, e := range co.c.ExcTable {
		h := int(e.Handler)
		if h >= len(reach) || reach[h] {
			continue
		}
		for p := int(e.Start); p < int(e.End) && p < len(reach); p++ {
			if reach[p] {
				push(h)
				added = true
				break
			}
		}
	}
	return added
}
