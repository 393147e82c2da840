// This file is an experimental tier 2 (DESIGN.md §10.2), for measurement
// only (tier2_bench_test.go): a code object's quickened instructions
// translated into one Go closure per instruction, with operands and cache
// entries baked in, over the interpreter's frame registers. A closure
// returns the pc of the next instruction, or -(pc+1) to leave tier 2 and
// continue in the interpreter at pc: the guard that failed (a non-small
// int, a changed type version, an unsupported instruction) would run there
// in full, and as the frame is shared nothing needs reconstructing.
//
// The numbers (bench/RESULTS.md's notes, session 15) did not justify
// wiring it into the loop, so it lives in a test file.

package runtime

import op "krait/compiler"

// t2op runs the instruction at its pc in frame f and returns the next pc
// (or -(pc+1) to exit to the interpreter at pc).
type t2op func(f *frame) int

// t2exit is the return value that resumes the interpreter at pc.
func t2exit(pc int) int { return -pc - 1 }

// t2compile translates co's instructions; an instruction it does not
// support becomes an exit at its pc.
func t2compile(co *Code) []t2op {
	ops := make([]t2op, len(co.instrs))
	for pc := 0; pc < len(co.instrs); {
		in := op.Decode(co.instrs, pc)
		next := pc + in.Len
		ops[pc] = t2translate(co, in, pc, next)
		if ops[pc] == nil {
			exit := t2exit(pc)
			ops[pc] = func(*frame) int { return exit }
		}
		pc = next
	}
	return ops
}

// t2run runs ops from pc until one exits; it returns the pc to resume the
// interpreter at.
func t2run(ops []t2op, f *frame, pc int) int {
	for pc >= 0 {
		pc = ops[pc](f)
	}
	return -pc - 1
}

// t2branch is the target of the JUMP word at pc that follows a branch.
func t2branch(co *Code, pc int) (int, bool) {
	w := co.instrs[pc]
	if op.Opcode(w) != op.JUMP {
		return 0, false
	}
	return int(w >> 16), true
}

func t2translate(co *Code, in op.Instr, pc, next int) t2op {
	if in.A >= 1<<16 || in.B >= 1<<16 || in.C >= 1<<16 {
		return nil // operands are baked in as uint16 (no bounds checks)
	}
	a, b, c := uint16(in.A), uint16(in.B), uint16(in.C)
	exit := t2exit(pc)
	switch in.Op {
	case op.MOVE:
		return func(f *frame) int { f.reg()[a] = f.reg()[b]; return next }
	case op.LOAD_CONST:
		k := co.consts[in.B]
		return func(f *frame) int { f.reg()[a] = k; return next }
	case op.JUMP:
		if target := int(b); target > pc {
			return func(*frame) int { return target }
		}
	case op.ADD, op.IADD:
		return t2add(a, b, c, next, exit)
	case op.MUL, op.IMUL:
		return t2mul(a, b, c, next, exit)
	case op.NEG:
		return func(f *frame) int {
			x := f.reg()[b]
			if x.IsFloat() {
				f.reg()[a] = Float(-x.AsFloat())
				return next
			}
			if x.IsSmallInt() && x.SmallInt() != -1<<63 {
				f.reg()[a] = Int(-x.SmallInt())
				return next
			}
			return exit
		}
	case op.ADD_K, op.IADD_K:
		return t2addK(a, b, co.consts[c], next, exit)
	case op.LOAD_GLOBAL:
		ce := &co.caches[co.c.CacheIndex[pc+in.Len-1]]
		return t2loadGlobal(a, ce, next, exit)
	case op.CALL_PY:
		return t2callPy(a, int(b), next, exit)
	case op.RETURN:
		return func(f *frame) int { t2ret = f.reg()[a]; return t2returned }
	case op.LOAD_ATTR_INSTANCE:
		ce := &co.caches[co.c.CacheIndex[pc+in.Len-1]]
		return t2loadAttrInstance(a, b, ce, next, exit)
	case op.FOR_LOOP:
		if target, ok := t2branch(co, next); ok {
			return t2forRange(a, b, target, exit)
		}
	}
	return nil
}

// The factories are go:noinline: Go 1.26 compiles the copy of a closure
// made when its factory is inlined (t2translate.t2add.func5) without
// inlining into it, so IsSmallInt, SmallInt and Int became calls and the
// closures ran 2-3x slower than the interpreter.
//
//go:noinline
func t2add(a, b, c uint16, next, exit int) t2op {
	return func(f *frame) int {
		x, y := f.reg()[b], f.reg()[c]
		if x.IsSmallInt() && y.IsSmallInt() {
			s := x.SmallInt() + y.SmallInt()
			if (s > x.SmallInt()) == (y.SmallInt() > 0) {
				f.reg()[a] = Int(s)
				return next
			}
		} else if x.IsFloat() && y.IsFloat() {
			f.reg()[a] = Float(x.AsFloat() + y.AsFloat())
			return next
		}
		return exit
	}
}

//go:noinline
func t2mul(a, b, c uint16, next, exit int) t2op {
	return func(f *frame) int {
		x, y := f.reg()[b], f.reg()[c]
		if x.IsSmallInt() && y.IsSmallInt() {
			if p, ok := mulInts(x.SmallInt(), y.SmallInt()); ok {
				f.reg()[a] = Int(p)
				return next
			}
		} else if x.IsFloat() && y.IsFloat() {
			f.reg()[a] = Float(x.AsFloat() * y.AsFloat())
			return next
		}
		return exit
	}
}

//go:noinline
func t2loadAttrInstance(a, b uint16, ce *cacheEntry, next, exit int) t2op {
	return func(f *frame) int {
		if x := f.reg()[b]; x.Type().Version == uint32(ce.v1) {
			if in := ptrOf[Instance](x); in.layout == ce.layout {
				if v := in.values[ce.index]; !v.IsNull() {
					f.reg()[a] = v
					return next
				}
			}
		}
		return exit
	}
}

// t2forRange is FOR_LOOP over a range iterator with items left: the end of
// the loop (and any other iterator) runs in the interpreter.
//
//go:noinline
func t2forRange(a, b uint16, target, exit int) t2op {
	return func(f *frame) int {
		it := f.reg()[b]
		if it.Type() != RangeIterType || evalBreaker.Load() != 0 {
			return exit
		}
		r := ptrOf[rangeIter](it)
		if r.n <= 0 {
			return exit
		}
		f.reg()[a] = Int(r.next)
		r.next += r.step
		r.n--
		return target
	}
}

//go:noinline
func t2addK(a, b uint16, k Value, next, exit int) t2op {
	if !k.IsSmallInt() {
		return nil
	}
	ky := k.SmallInt()
	return func(f *frame) int {
		if x := f.reg()[b]; x.IsSmallInt() {
			if s := x.SmallInt() + ky; (s > x.SmallInt()) == (ky > 0) {
				f.reg()[a] = Int(s)
				return next
			}
		}
		return exit
	}
}

// t2loadGlobal is LOAD_GLOBAL with the interpreter's cached dict versions.
//
//go:noinline
func t2loadGlobal(a uint16, ce *cacheEntry, next, exit int) t2op {
	return func(f *frame) int {
		if ce.v1 == f.globals.KeysVersion() && (ce.index >= 0 || ce.v2 == f.builtins.KeysVersion()) {
			var g Value
			if ce.index >= 0 {
				g = f.globals.EntryValue(int(ce.index))
			} else {
				g = f.builtins.EntryValue(int(-ce.index - 1))
			}
			if !g.IsNull() {
				f.reg()[a] = g
				return next
			}
		}
		return exit
	}
}

// t2ret carries a RETURN's value to the CALL_PY closure that ran the
// callee; t2returned is the RETURN closures' result (below every exit).
var t2ret Value

const t2returned = -1 << 40

// t2callPy is CALL_PY of a plain Python function with exact positional
// arguments: the callee's frame is pushed as the interpreter pushes it and
// its own closures run in a nested t2run (a Go call per Python call, which
// the interpreter avoids). The callee's closures are cached for the last
// code object called; anything else exits.
//
//go:noinline
func t2callPy(a uint16, n, next, exit int) t2op {
	var cco *Code
	var cops []t2op
	return func(f *frame) int {
		callee := f.reg()[a]
		if callee.Type() != FunctionType {
			return exit
		}
		fn := ptrOf[Function](callee)
		th := curThread
		co := fn.code
		if !co.plainArgs || n != co.argcount || th.depth >= th.recursionLimit || evalBreaker.Load() != 0 {
			return exit
		}
		if co != cco {
			cco, cops = co, t2compile(co)
		}
		nf := th.pushCall(f, fn, int(a)+1, n)
		th.depth++
		th.cur = nf
		for pc := 0; pc != t2returned; {
			if pc = cops[pc](nf); pc < 0 && pc != t2returned {
				panic("tier 2 measurement: the callee left its closures")
			}
		}
		th.popFrame(nf)
		th.depth--
		th.cur = f
		f.reg()[a] = t2ret
		return next
	}
}
