// This file defines the interpreter loop: one function with a switch on the
// opcode, running Python-to-Python calls by pushing frames instead of
// recursing in Go, and unwinding exceptions through the code objects'
// exception tables.

package runtime

import (
	"fmt"
	"runtime/debug"
	"weak"

	op "krait/compiler"
)

// nbOfBinary maps the binary opcodes (syntax.Operator order) to BinOps.
var nbOfBinary = [13]BinOp{NbAdd, NbSubtract, NbMultiply, NbMatrixMultiply, NbTrueDivide,
	NbRemainder, NbPower, NbLshift, NbRshift, NbOr, NbXor, NbAnd, NbFloorDivide}

// cmpOfOpcode maps EQ..GE (syntax.Cmpop order) to CompareOps.
var cmpOfOpcode = [6]CompareOp{Eq, Ne, Lt, Le, Gt, Ge}

// jumpTarget reads the JUMP word at pc that follows a branch instruction.
// The forward one-word jump is small enough to be inlined into the loop's
// branch instructions; the rest is jumpTargetSlow.
func jumpTarget(instrs []uint32, pc int) int {
	if w := instrs[pc]; op.Opcode(w) == op.JUMP && int(w>>16) > pc {
		return int(w >> 16)
	}
	return jumpTargetSlow(instrs, pc)
}

// jumpTargetSlow is jumpTarget for a backward or EXT-prefixed jump.
func jumpTargetSlow(instrs []uint32, pc int) int {
	w := instrs[pc]
	if op.Opcode(w) == op.JUMP {
		t := int(w >> 16)
		if t < pc && evalBreaker.Load() != 0 {
			backEdgeBreak() // a while loop's back edge: switch threads here
		}
		return t
	}
	return int(op.Decode(instrs, pc).B)
}

// jumpLen is the number of words of the JUMP word(s) at pc (inlined: the
// EXT-prefixed form is jumpLenSlow).
func jumpLen(instrs []uint32, pc int) int {
	if op.Opcode(instrs[pc]) == op.JUMP {
		return 1
	}
	return jumpLenSlow(instrs, pc)
}

// jumpLenSlow is jumpLen for an EXT-prefixed jump.
func jumpLenSlow(instrs []uint32, pc int) int {
	return op.Decode(instrs, pc).Len
}

// run executes frame f (and the frames it calls) until f returns or
// yields, or an exception escapes it.
func (th *Thread) run(f *frame) (result Value, err *Exception) {
	f.entry = true
	entry := f
	defer func() {
		if r := recover(); r != nil {
			for g := th.cur; g != nil && g != entry.back; {
				next := g.back // popFrame clears it
				switch {
				case g != entry && g.entry && g.gen != nil:
					// A generator resumed without its own run() (resume).
					g.gen.running, g.gen.finished = false, true
					th.depth--
				case g.gen == nil && g.base >= 0 && !g.entry:
					// Frames pushed by the loop.
					th.popFrame(g)
					th.depth--
				case g.gen != nil && !g.entry:
					th.genPanicked(g) // a generator resumed in the loop
				}
				if g == entry {
					break
				}
				g = next
			}
			th.cur = entry.back
			result, err = Value{}, NewSystemError("Go panic in the interpreter: %v\n%s", r, debug.Stack())
		}
	}()
	saved := th.cur
	f.back = saved
	th.cur = f
	if evalBreaker.Load()&breakTrace != 0 {
		traceInstrument(f.code)
	}
	result, err = th.loop(f)
	th.cur = saved
	return result, err
}

// loop is the interpreter loop proper. An instruction that can fail stores
// its result only on success ("if v, e := ...; e != nil"): the target may
// be a named local that must keep its value when the exception is caught.
func (th *Thread) loop(f *frame) (Value, *Exception) {
	var (
		code   = f.code
		instrs = instrArr(code.instrs)
		regs   = regArr(f.regs)
		consts = constArr(code.consts)
		pc     = f.pc
		err    *Exception
		start  int
	)
	reload := func() {
		code, instrs, regs, consts, pc = f.code, instrArr(f.code.instrs), regArr(f.regs), constArr(f.code.consts), f.pc
	}
	for {
		start = pc
		w := instrs[pc]
		pc++
		opc := op.Opcode(w)
		a := int(w>>8) & 0xff
		b := int(w>>16) & 0xff
		c := int(w >> 24)
		bx := int(w >> 16)
	dispatch:
		switch opc {
		case op.NOP:
		case op.EXT:
			in := op.Decode(code.instrs, start)
			opc, a = in.Op, int(in.A)
			b, c, bx = int(in.B), int(in.C), int(in.B)
			pc = start + in.Len
			goto dispatch
		case op.MOVE:
			regs[a] = regs[b]
			// A run of moves (`a, b = b, a`, argument set-up) in one
			// dispatch: a traced word is not a MOVE, so tracing sees each.
			for w := instrs[pc]; op.Opcode(w) == op.MOVE; w = instrs[pc] {
				regs[int(w>>8)&0xff] = regs[int(w>>16)&0xff]
				pc++
			}
		case op.LOAD_CONST:
			regs[a] = consts[bx]
		case op.LOAD_NONE:
			regs[a] = None
		case op.LOAD_TRUE:
			regs[a] = True
		case op.LOAD_FALSE:
			regs[a] = False
		case op.CLEAR:
			clear(f.regs[a : a+b])
		case op.CHECK_FAST:
			if regs[a].IsNull() {
				err = unboundLocal(code, a)
				goto raise
			}
		case op.DELETE_FAST:
			if regs[a].IsNull() {
				err = unboundLocal(code, a)
				goto raise
			}
			regs[a] = Value{}

		case op.LOAD_GLOBAL:
			ce := &code.caches[code.c.CacheIndex[pc-1]] // the op word, after any EXT prefix
			if ce.v1 == f.globals.KeysVersion() && ce.v2 == f.builtins.KeysVersion() {
				if ce.index >= 0 {
					regs[a] = f.globals.EntryValue(int(ce.index))
				} else {
					regs[a] = f.builtins.EntryValue(int(-ce.index - 1))
				}
				if !regs[a].IsNull() {
					break
				}
			}
			if v, e := loadGlobal(f, code.names[bx], ce); e != nil {
				err = e
				goto raise
			} else {
				regs[a] = v
			}
			if opc == op.LOAD_GLOBAL && start == pc-1 {
				fuseGlobalIf(code, start) // perfcall_globalif.go
				instrs = instrArr(code.instrs)
			}
		case op.LOAD_GLOBAL_IF: // LOAD_GLOBAL, then the IF_EQ..IF_GE at pc
			ce := &code.caches[code.c.CacheIndex[pc-1]]
			if ce.v1 == f.globals.KeysVersion() && ce.v2 == f.builtins.KeysVersion() {
				var g Value
				if ce.index >= 0 {
					g = f.globals.EntryValue(int(ce.index))
				} else {
					g = f.builtins.EntryValue(int(-ce.index - 1))
				}
				if !g.IsNull() {
					if statsOn {
						specStats[opc].hit++
					}
					regs[a] = g
					w := instrs[pc]
					o := op.Opcode(w)
					if o < op.IF_EQ || o > op.IF_GE {
						break // traced, or rewritten since: it runs on its own
					}
					x, y := regs[int(w>>8)&0xff], regs[int(w>>16)&0xff]
					if !x.IsSmallInt() || !y.IsSmallInt() {
						break
					}
					xs, ys, cm := x.SmallInt(), y.SmallInt(), uint(4)
					if xs < ys {
						cm = 1
					}
					if xs == ys {
						cm = 2
					}
					cond := (cmpMasks>>(3*uint(cmpOfOpcode[o-op.IF_EQ])))&cm != 0
					if j := instrs[pc+1]; op.Opcode(j) != op.JUMP || int(j>>16) <= pc+1 {
						break // a backward or long jump: the IF runs on its own
					}
					if cond == (w>>24 != 0) {
						pc = int(instrs[pc+1] >> 16)
					} else {
						pc += 2
					}
					break
				}
			}
			opc = op.LOAD_GLOBAL
			goto dispatch
		case op.STORE_GLOBAL:
			f.globals.SetStr(code.names[bx], regs[a])
		case op.DELETE_GLOBAL:
			if !f.globals.DelStr(code.names[bx]) {
				err = nameError(code.names[bx], f)
				goto raise
			}
		case op.LOAD_NAME:
			if v, e := loadName(f, code.names[bx]); e != nil {
				err = e
				goto raise
			} else {
				regs[a] = v
			}
		case op.STORE_NAME:
			if err = storeName(f, code.names[bx], regs[a]); err != nil {
				goto raise
			}
		case op.DELETE_NAME:
			if err = deleteName(f, code.names[bx]); err != nil {
				goto raise
			}
		case op.LOAD_DEREF:
			v := ptrOf[Cell](regs[b]).v
			if v.IsNull() {
				err = unboundDeref(code, b)
				goto raise
			}
			regs[a] = v
		case op.LOAD_CLASSDEREF:
			name := Intern(code.c.CellName(b))
			if v, ok, e := mappingGet(f.locals, name); e != nil {
				err = e
				goto raise
			} else if ok {
				regs[a] = v
				break
			}
			v := ptrOf[Cell](regs[b]).v
			if v.IsNull() {
				err = unboundDeref(code, b)
				goto raise
			}
			regs[a] = v
		case op.STORE_DEREF:
			ptrOf[Cell](regs[a]).v = regs[b]
		case op.DELETE_DEREF:
			cl := ptrOf[Cell](regs[a])
			if cl.v.IsNull() {
				err = unboundDeref(code, a)
				goto raise
			}
			cl.v = Value{}

		case op.LOAD_ATTR:
			if !specializeOff {
				ce := &code.caches[code.c.CacheIndex[pc-1]]
				if ce.counter == 0 {
					if to := specializeLoadAttr(regs[b], code.names[c], ce); to != op.NOP {
						quicken(code, pc-1, to)
						instrs, opc = instrArr(code.instrs), to
						goto dispatch
					}
					specFailed(opc, ce)
				} else {
					ce.counter--
				}
			}
			if v, e := GetAttr(regs[b], code.names[c]); e != nil {
				err = e
				goto raise
			} else {
				regs[a] = v
			}
		case op.LOAD_ATTR_INSTANCE:
			ce := &code.caches[code.c.CacheIndex[pc-1]]
			if x := regs[b]; x.Type().Version == uint32(ce.v1) {
				if in := ptrOf[Instance](x); in.layout == ce.layout {
					if v := in.values[ce.index]; !v.IsNull() {
						regs[a] = v
						if statsOn {
							specStats[opc].hit++
						}
						break
					}
				}
			}
			instrs, opc = instrArr(code.instrs), deopt(code, pc-1, ce)
			goto dispatch
		case op.LOAD_ATTR_SLOT:
		slotAgain:
			ce := &code.caches[code.c.CacheIndex[pc-1]]
			if x := regs[b]; x.Type().Version == uint32(ce.v1) {
				if v := ptrOf[Instance](x).slots[ce.index]; !v.IsNull() {
					regs[a] = v
					if statsOn {
						specStats[opc].hit++
					}
					// `self.x * o.x`: the next slot load in the same dispatch.
					if w := instrs[pc]; op.Opcode(w) == op.LOAD_ATTR_SLOT {
						start, pc = pc, pc+1
						a, b, c, bx = int(w>>8)&0xff, int(w>>16)&0xff, int(w>>24), int(w>>16)
						goto slotAgain
					}
					break
				}
			}
			instrs, opc = instrArr(code.instrs), deopt(code, pc-1, ce)
			goto dispatch
		case op.LOAD_ATTR_CLASS:
			ce := &code.caches[code.c.CacheIndex[pc-1]]
			if x := regs[b]; x.Type().Version == uint32(ce.v1) && instanceLayoutOf(x.Type(), ptrOf[Instance](x)) == ce.layout {
				regs[a] = ce.value
				if statsOn {
					specStats[opc].hit++
				}
				break
			}
			instrs, opc = instrArr(code.instrs), deopt(code, pc-1, ce)
			goto dispatch
		case op.LOAD_ATTR_MODULE, op.LOAD_METHOD_MODULE:
			ce := &code.caches[code.c.CacheIndex[pc-1]]
			if x := regs[b]; x.Type() == ModuleType {
				if d := ptrOf[Module](x).Dict; d.KeysVersion() == ce.v1 {
					if v := d.EntryValue(int(ce.index)); !v.IsNull() {
						regs[a] = v
						if opc == op.LOAD_METHOD_MODULE {
							regs[a+1] = Value{}
						}
						if statsOn {
							specStats[opc].hit++
						}
						break
					}
				}
			}
			instrs, opc = instrArr(code.instrs), deopt(code, pc-1, ce)
			goto dispatch
		case op.LOAD_ATTR_TYPE, op.LOAD_METHOD_TYPE:
			ce := &code.caches[code.c.CacheIndex[pc-1]]
			if regs[b].Is(ce.typ.Value()) && ce.typ.Version == uint32(ce.v1) {
				regs[a] = ce.value
				if opc == op.LOAD_METHOD_TYPE {
					regs[a+1] = Value{}
				}
				if statsOn {
					specStats[opc].hit++
				}
				break
			}
			instrs, opc = instrArr(code.instrs), deopt(code, pc-1, ce)
			goto dispatch
		case op.LOAD_ATTR_PROPERTY:
			ce := &code.caches[code.c.CacheIndex[pc-1]]
			if x := regs[b]; x.Type().Version == uint32(ce.v1) {
				if fget := ptrOf[Property](ce.value).fget; fget.Type() == FunctionType {
					if statsOn {
						specStats[opc].hit++
					}
					f.pc, f.lasti = pc, start
					if v, e := function_call(fget, f.regs[b:b+1], nil); e != nil {
						err = e
						goto raise
					} else {
						regs[a] = v
					}
					break
				}
			}
			instrs, opc = instrArr(code.instrs), deopt(code, pc-1, ce)
			goto dispatch
		case op.STORE_ATTR:
			if !specializeOff {
				ce := &code.caches[code.c.CacheIndex[pc-1]]
				if ce.counter == 0 {
					if to := specializeStoreAttr(regs[a], code.names[b], ce); to != op.NOP {
						quicken(code, pc-1, to)
						instrs, opc = instrArr(code.instrs), to
						goto dispatch
					}
					specFailed(opc, ce)
				} else {
					ce.counter--
				}
			}
			if err = SetAttr(regs[a], code.names[b], regs[c]); err != nil {
				goto raise
			}
		case op.STORE_ATTR_INSTANCE:
			ce := &code.caches[code.c.CacheIndex[pc-1]]
			if x := regs[a]; x.Type().Version == uint32(ce.v1) {
				if in := ptrOf[Instance](x); in.layout == ce.layout {
					in.values[ce.index] = regs[c]
					if statsOn {
						specStats[opc].hit++
					}
					break
				}
			}
			instrs, opc = instrArr(code.instrs), deopt(code, pc-1, ce)
			goto dispatch
		case op.STORE_ATTR_ADD:
			ce := &code.caches[code.c.CacheIndex[pc-1]]
			if x := regs[a]; x.Type().Version == uint32(ce.v1) {
				if in := ptrOf[Instance](x); instanceLayoutOf(x.Type(), in) == ce.layout && len(in.values) == len(ce.layout.names) {
					in.layout = ce.layout2
					in.values = append(in.values, regs[c])
					if statsOn {
						specStats[opc].hit++
					}
					break
				}
			}
			instrs, opc = instrArr(code.instrs), deopt(code, pc-1, ce)
			goto dispatch
		case op.STORE_ATTR_SLOT:
			ce := &code.caches[code.c.CacheIndex[pc-1]]
			if x := regs[a]; x.Type().Version == uint32(ce.v1) {
				ptrOf[Instance](x).slots[ce.index] = regs[c]
				if statsOn {
					specStats[opc].hit++
				}
				break
			}
			instrs, opc = instrArr(code.instrs), deopt(code, pc-1, ce)
			goto dispatch
		case op.DELETE_ATTR:
			if err = SetAttr(regs[a], code.names[b], Value{}); err != nil {
				goto raise
			}
		case op.LOAD_METHOD:
			if !specializeOff {
				ce := &code.caches[code.c.CacheIndex[pc-1]]
				if ce.counter == 0 {
					if to := specializeLoadMethod(regs[b], code.names[c], ce); to != op.NOP {
						quicken(code, pc-1, to)
						instrs, opc = instrArr(code.instrs), to
						goto dispatch
					}
					specFailed(opc, ce)
				} else {
					ce.counter--
				}
			}
			obj := regs[b]
			regs[a], regs[a+1], err = loadMethod(obj, code.names[c])
			if err != nil {
				goto raise
			}
		case op.LOAD_METHOD_PY:
			ce := &code.caches[code.c.CacheIndex[pc-1]]
			if x := regs[b]; x.Type().Version == uint32(ce.v1) && (ce.index < 0 || instanceLayoutOf(x.Type(), ptrOf[Instance](x)) == ce.layout) {
				regs[a], regs[a+1] = ce.value, x
				if statsOn {
					specStats[opc].hit++
				}
				break
			}
			if polyAdd(code, pc-1, int(code.c.CacheIndex[pc-1]), regs[b], code.names[c]) {
				instrs, opc = instrArr(code.instrs), op.LOAD_METHOD_POLY
				goto dispatch
			}
			instrs, opc = instrArr(code.instrs), deopt(code, pc-1, ce)
			goto dispatch
		case op.LOAD_METHOD_POLY:
			ix := code.c.CacheIndex[pc-1]
			x := regs[b]
			t := x.Type()
			for k := range polyEntries {
				ce := &code.caches[int(ix)+k]
				if ce.v1 != 0 && t.Version == uint32(ce.v1) && (ce.index < 0 || instanceLayoutOf(t, ptrOf[Instance](x)) == ce.layout) {
					regs[a], regs[a+1] = ce.value, x
					if statsOn {
						specStats[opc].hit++
					}
					goto next
				}
			}
			if polyAdd(code, pc-1, int(ix), x, code.names[c]) {
				instrs = instrArr(code.instrs)
				goto dispatch
			}
			instrs, opc = instrArr(code.instrs), deopt(code, pc-1, &code.caches[ix])
			goto dispatch
		case op.LOAD_METHOD_BUILTIN:
			ce := &code.caches[code.c.CacheIndex[pc-1]]
			if x := regs[b]; x.Type().Version == uint32(ce.v1) {
				regs[a], regs[a+1] = ce.value, x
				if statsOn {
					specStats[opc].hit++
				}
				break
			}
			instrs, opc = instrArr(code.instrs), deopt(code, pc-1, ce)
			goto dispatch
		case op.GET_ITEM:
			x, y := regs[b], regs[c]
			switch xt := x.Type(); {
			case y.IsSmallInt() && (xt == ListType || xt == TupleType):
				var items []Value
				if xt == ListType {
					items = ptrOf[List](x).items
				} else {
					items = ptrOf[Tuple](x).items
				}
				i := y.SmallInt()
				if i < 0 {
					i += int64(len(items))
				}
				if i >= 0 && i < int64(len(items)) {
					regs[a] = items[i]
					goto next
				}
			case xt == DictType:
				v, found, e := ptrOf[Dict](x).GetItem(y)
				if e != nil {
					err = e
					goto raise
				}
				if found {
					regs[a] = v
					goto next
				}
			}
			if v, e := GetItem(x, y); e != nil {
				err = e
				goto raise
			} else {
				regs[a] = v
			}
		case op.SET_ITEM:
			switch x, y := regs[a], regs[b]; x.Type() {
			case ListType:
				if y.IsSmallInt() {
					items := ptrOf[List](x).items
					i := y.SmallInt()
					if i < 0 {
						i += int64(len(items))
					}
					if i >= 0 && i < int64(len(items)) {
						items[i] = regs[c]
						goto next
					}
				}
			case DictType:
				if err = ptrOf[Dict](x).SetItem(y, regs[c]); err != nil {
					goto raise
				}
				goto next
			}
			if err = SetItem(regs[a], regs[b], regs[c]); err != nil {
				goto raise
			}
		case op.DEL_ITEM:
			if err = SetItem(regs[a], regs[b], Value{}); err != nil {
				goto raise
			}
		case op.GET_SLICE:
			if th.tr == nil && fuseSliceAdd(code, f.regs, instrs[pc], a, b, c) {
				pc++ // the ADD is done (list_slice_fast.go)
				break
			}
			if v, e := getSlice(regs[b], regs[c], regs[c+1], regs[c+2]); e != nil {
				err = e
				goto raise
			} else {
				regs[a] = v
			}
		case op.SET_SLICE:
			if err = setSlice(regs[a], regs[b], regs[b+1], regs[b+2], regs[c]); err != nil {
				goto raise
			}
		case op.BUILD_SLICE:
			if c == 3 {
				regs[a] = NewSlice(regs[b], regs[b+1], regs[b+2])
			} else {
				regs[a] = NewSlice(regs[b], regs[b+1], None)
			}

		case op.ADD:
			x, y := regs[b], regs[c]
			if x.IsSmallInt() && y.IsSmallInt() {
				s := x.SmallInt() + y.SmallInt()
				if (s > x.SmallInt()) == (y.SmallInt() > 0) {
					regs[a] = Int(s)
					break
				}
			}
			if x.IsFloat() && y.IsFloat() {
				regs[a] = Float(x.AsFloat() + y.AsFloat())
				break
			}
			if x.Type() == StrType && y.Type() == StrType {
				regs[a] = strConcat(ptrOf[Str](x), ptrOf[Str](y))
				break
			}
			if x.Type() == ListType && y.Type() == ListType {
				regs[a] = listConcatExact(ptrOf[List](x), ptrOf[List](y))
				break
			}
			if x.Type().pyNumber != 0 { // perf_binop.go: the dunder runs in this loop
				if nf := th.binopFrame(f, x, y, NbAdd, a, pc, start); nf != nil {
					f = nf
					reload()
					break
				}
			}
			if v, e := binaryOp(x, y, NbAdd); e != nil {
				err = e
				goto raise
			} else {
				regs[a] = v
			}
		case op.IADD:
			x, y := regs[b], regs[c]
			if x.IsSmallInt() && y.IsSmallInt() {
				s := x.SmallInt() + y.SmallInt()
				if (s > x.SmallInt()) == (y.SmallInt() > 0) {
					regs[a] = Int(s)
					break
				}
			}
			if x.IsFloat() && y.IsFloat() {
				regs[a] = Float(x.AsFloat() + y.AsFloat())
				break
			}
			if x.Type() == StrType && y.Type() == StrType {
				regs[a] = strConcat(ptrOf[Str](x), ptrOf[Str](y))
				break
			}
			if x.Type().pyNumber != 0 { // perf_binop.go: the dunder runs in this loop
				if nf := th.binopFrame(f, x, y, NbAdd+NbInplace, a, pc, start); nf != nil {
					f = nf
					reload()
					break
				}
			}
			if v, e := binaryOp(x, y, NbAdd+NbInplace); e != nil {
				err = e
				goto raise
			} else {
				regs[a] = v
			}
		case op.ADD_K, op.IADD_K:
			x, y := regs[b], consts[c]
			if x.IsSmallInt() && y.IsSmallInt() {
				s := x.SmallInt() + y.SmallInt()
				if (s > x.SmallInt()) == (y.SmallInt() > 0) {
					regs[a] = Int(s)
					break
				}
			}
			if x.Type() == StrType && y.Type() == StrType {
				regs[a] = strConcat(ptrOf[Str](x), ptrOf[Str](y))
				break
			}
			if x.IsFloat() && y.IsFloat() {
				regs[a] = Float(x.AsFloat() + y.AsFloat())
				break
			}
			nb := NbAdd
			if opc == op.IADD_K {
				nb += NbInplace
			}
			if x.Type().pyNumber != 0 { // perf_binop.go: the dunder runs in this loop
				if nf := th.binopFrame(f, x, y, nb, a, pc, start); nf != nil {
					f = nf
					reload()
					break
				}
			}
			if v, e := binaryOp(x, y, nb); e != nil {
				err = e
				goto raise
			} else {
				regs[a] = v
			}
		case op.SUB, op.ISUB:
			x, y := regs[b], regs[c]
			if x.IsSmallInt() && y.IsSmallInt() {
				s := x.SmallInt() - y.SmallInt()
				if (s < x.SmallInt()) == (y.SmallInt() > 0) {
					regs[a] = Int(s)
					break
				}
			}
			if x.IsFloat() && y.IsFloat() {
				regs[a] = Float(x.AsFloat() - y.AsFloat())
				break
			}
			nb := NbSubtract
			if opc == op.ISUB {
				nb += NbInplace
			}
			if x.Type().pyNumber != 0 { // perf_binop.go: the dunder runs in this loop
				if nf := th.binopFrame(f, x, y, nb, a, pc, start); nf != nil {
					f = nf
					reload()
					break
				}
			}
			if v, e := binaryOp(x, y, nb); e != nil {
				err = e
				goto raise
			} else {
				regs[a] = v
			}
		case op.SUB_K, op.ISUB_K:
			x, y := regs[b], consts[c]
			if x.IsSmallInt() && y.IsSmallInt() {
				s := x.SmallInt() - y.SmallInt()
				if (s < x.SmallInt()) == (y.SmallInt() > 0) {
					regs[a] = Int(s)
					break
				}
			}
			nb := NbSubtract
			if opc == op.ISUB_K {
				nb += NbInplace
			}
			if x.Type().pyNumber != 0 { // perf_binop.go: the dunder runs in this loop
				if nf := th.binopFrame(f, x, y, nb, a, pc, start); nf != nil {
					f = nf
					reload()
					break
				}
			}
			if v, e := binaryOp(x, y, nb); e != nil {
				err = e
				goto raise
			} else {
				regs[a] = v
			}
		case op.MUL_K, op.IMUL_K:
			x, y := regs[b], consts[c]
			if x.IsSmallInt() && y.IsSmallInt() {
				p, hi := x.SmallInt()*y.SmallInt(), false
				if xs, ys := x.SmallInt(), y.SmallInt(); xs != 0 && (p/xs != ys || (xs == -1 && ys == -1<<63)) {
					hi = true
				}
				if !hi {
					regs[a] = Int(p)
					break
				}
			}
			nb := NbMultiply
			if opc == op.IMUL_K {
				nb += NbInplace
			}
			if x.Type().pyNumber != 0 { // perf_binop.go: the dunder runs in this loop
				if nf := th.binopFrame(f, x, y, nb, a, pc, start); nf != nil {
					f = nf
					reload()
					break
				}
			}
			if v, e := binaryOp(x, y, nb); e != nil {
				err = e
				goto raise
			} else {
				regs[a] = v
			}
		case op.MUL, op.IMUL:
			x, y := regs[b], regs[c]
			if x.IsSmallInt() && y.IsSmallInt() {
				xs, ys := x.SmallInt(), y.SmallInt()
				if p, ok := mulInts(xs, ys); ok {
					regs[a] = Int(p)
					break
				}
			} else if x.IsFloat() && y.IsFloat() {
				regs[a] = Float(x.AsFloat() * y.AsFloat())
				break
			} else if fx, fy, ok := floatPair(x, y); ok {
				regs[a] = Float(fx * fy)
				break
			}
			nb := NbMultiply
			if opc == op.IMUL {
				nb += NbInplace
			}
			if x.Type().pyNumber != 0 { // perf_binop.go: the dunder runs in this loop
				if nf := th.binopFrame(f, x, y, nb, a, pc, start); nf != nil {
					f = nf
					reload()
					break
				}
			}
			if v, e := binaryOp(x, y, nb); e != nil {
				err = e
				goto raise
			} else {
				regs[a] = v
			}
		case op.TRUEDIV, op.ITRUEDIV:
			x, y := regs[b], regs[c]
			if fx, fy, ok := floatPair(x, y); ok && fy != 0 {
				regs[a] = Float(fx / fy)
				break
			}
			if x.IsSmallInt() && y.IsSmallInt() {
				if xs, ys := x.SmallInt(), y.SmallInt(); ys != 0 && xs <= 1<<53 && xs >= -1<<53 && ys <= 1<<53 && ys >= -1<<53 {
					regs[a] = Float(float64(xs) / float64(ys))
					break
				}
			}
			nb := NbTrueDivide
			if opc == op.ITRUEDIV {
				nb += NbInplace
			}
			if x.Type().pyNumber != 0 { // perf_binop.go: the dunder runs in this loop
				if nf := th.binopFrame(f, x, y, nb, a, pc, start); nf != nil {
					f = nf
					reload()
					break
				}
			}
			if v, e := binaryOp(x, y, nb); e != nil {
				err = e
				goto raise
			} else {
				regs[a] = v
			}
		case op.MATMUL, op.MOD, op.POW, op.LSHIFT, op.RSHIFT, op.OR, op.XOR, op.AND, op.FLOORDIV:
			if v, ok := smallIntBinary(regs[b], regs[c], nbOfBinary[opc-op.ADD]); ok {
				regs[a] = v
			} else if v, e := binaryOp(regs[b], regs[c], nbOfBinary[opc-op.ADD]); e != nil {
				err = e
				goto raise
			} else {
				regs[a] = v
			}
		case op.IMATMUL, op.IMOD, op.IPOW, op.ILSHIFT, op.IRSHIFT, op.IOR, op.IXOR, op.IAND, op.IFLOORDIV:
			if v, ok := smallIntBinary(regs[b], regs[c], nbOfBinary[opc-op.IADD]+NbInplace); ok {
				regs[a] = v
			} else if v, e := binaryOp(regs[b], regs[c], nbOfBinary[opc-op.IADD]+NbInplace); e != nil {
				err = e
				goto raise
			} else {
				regs[a] = v
			}
		case op.MATMUL_K, op.TRUEDIV_K, op.MOD_K, op.POW_K, op.LSHIFT_K, op.RSHIFT_K, op.OR_K, op.XOR_K, op.AND_K, op.FLOORDIV_K:
			if v, ok := smallIntBinary(regs[b], consts[c], nbOfBinary[opc-op.ADD_K]); ok {
				regs[a] = v
			} else if v, e := binaryOp(regs[b], consts[c], nbOfBinary[opc-op.ADD_K]); e != nil {
				err = e
				goto raise
			} else {
				regs[a] = v
			}
		case op.IMATMUL_K, op.ITRUEDIV_K, op.IMOD_K, op.IPOW_K, op.ILSHIFT_K, op.IRSHIFT_K, op.IOR_K, op.IXOR_K, op.IAND_K, op.IFLOORDIV_K:
			if v, ok := smallIntBinary(regs[b], consts[c], nbOfBinary[opc-op.IADD_K]+NbInplace); ok {
				regs[a] = v
			} else if v, e := binaryOp(regs[b], consts[c], nbOfBinary[opc-op.IADD_K]+NbInplace); e != nil {
				err = e
				goto raise
			} else {
				regs[a] = v
			}
		case op.NEG:
			x := regs[b]
			if x.IsSmallInt() && x.SmallInt() != -1<<63 {
				regs[a] = Int(-x.SmallInt())
				break
			}
			if v, e := unaryOp(x, 0); e != nil {
				err = e
				goto raise
			} else {
				regs[a] = v
			}
		case op.POS:
			if v, e := unaryOp(regs[b], 1); e != nil {
				err = e
				goto raise
			} else {
				regs[a] = v
			}
		case op.INVERT:
			if v, e := unaryOp(regs[b], 2); e != nil {
				err = e
				goto raise
			} else {
				regs[a] = v
			}
		case op.NOT:
			t, e := IsTrue(regs[b])
			if e != nil {
				err = e
				goto raise
			}
			regs[a] = Bool(!t)

		case op.EQ, op.NE, op.LT, op.LE, op.GT, op.GE:
			x, y := regs[b], regs[c]
			cop := cmpOfOpcode[opc-op.EQ]
			if x.IsSmallInt() && y.IsSmallInt() {
				regs[a] = Bool(cmpInts(x.SmallInt(), y.SmallInt(), cop))
				break
			}
			if x.IsFloat() && y.IsFloat() {
				regs[a] = Bool(cmpFloats(x.AsFloat(), y.AsFloat(), cop))
				break
			}
			if v, e := RichCompare(x, y, cop); e != nil {
				err = e
				goto raise
			} else {
				regs[a] = v
			}
		case op.IS:
			regs[a] = Bool(regs[b].Is(regs[c]))
		case op.IS_NOT:
			regs[a] = Bool(!regs[b].Is(regs[c]))
		case op.IN, op.NOT_IN:
			in, e := containsOp(regs[c], regs[b]) // set_contains_fast.go
			if e != nil {
				err = e
				goto raise
			}
			regs[a] = Bool(in == (opc == op.IN))
		case op.IF_EQ, op.IF_NE, op.IF_LT, op.IF_LE, op.IF_GT, op.IF_GE,
			op.IF_EQ_K, op.IF_NE_K, op.IF_LT_K, op.IF_LE_K, op.IF_GT_K, op.IF_GE_K:
			x := regs[a]
			var y Value
			var cop CompareOp
			if opc >= op.IF_EQ_K {
				y, cop = consts[b], cmpOfOpcode[opc-op.IF_EQ_K]
			} else {
				y, cop = regs[b], cmpOfOpcode[opc-op.IF_EQ]
			}
			var cond bool
			if x.IsSmallInt() && y.IsSmallInt() {
				// cmpInts by hand: the loop is too big for Go to inline it.
				xs, ys, o := x.SmallInt(), y.SmallInt(), uint(4)
				if xs < ys {
					o = 1
				}
				if xs == ys {
					o = 2
				}
				cond = (cmpMasks>>(3*uint(cop)))&o != 0
			} else if x.IsFloat() && y.IsFloat() {
				cond = cmpFloats(x.AsFloat(), y.AsFloat(), cop)
			} else if x.Type() == StrType && y.Type() == StrType && (cop == Eq || cop == Ne) {
				cond = (ptrOf[Str](x).S == ptrOf[Str](y).S) == (cop == Eq)
			} else {
				r, e := RichCompare(x, y, cop)
				if e == nil {
					cond, e = IsTrue(r)
				}
				if e != nil {
					err = e
					goto raise
				}
			}
			if cond == (c != 0) {
				if w := instrs[pc]; op.Opcode(w) == op.JUMP && (int(w>>16) > pc || evalBreaker.Load() == 0) {
					pc = int(w >> 16) // jumpTarget's common case, inlined by hand
				} else {
					pc = jumpTarget(code.instrs, pc)
				}
				if pc < start && evalBreaker.Load() != 0 { // `while i < n`: raise what a handler raised
					if err = th.handleEvalBreaker(); err != nil {
						goto raise
					}
				}
			} else {
				if op.Opcode(instrs[pc]) == op.JUMP {
					pc++
				} else {
					pc += jumpLen(code.instrs, pc)
				}
			}
		case op.IF_IS, op.IF_IS_NOT, op.IF_IS_K, op.IF_IS_NOT_K:
			x := regs[a]
			var y Value
			if opc >= op.IF_EQ_K {
				y = consts[b]
			} else {
				y = regs[b]
			}
			cond := x.Is(y) == (opc == op.IF_IS || opc == op.IF_IS_K)
			if cond == (c != 0) {
				if w := instrs[pc]; op.Opcode(w) == op.JUMP && (int(w>>16) > pc || evalBreaker.Load() == 0) {
					pc = int(w >> 16) // jumpTarget's common case, inlined by hand
				} else {
					pc = jumpTarget(code.instrs, pc)
				}
			} else {
				if op.Opcode(instrs[pc]) == op.JUMP {
					pc++
				} else {
					pc += jumpLen(code.instrs, pc)
				}
			}
		case op.IF_IN, op.IF_NOT_IN, op.IF_IN_K, op.IF_NOT_IN_K:
			x := regs[a]
			var y Value
			if opc >= op.IF_EQ_K {
				y = consts[b]
			} else {
				y = regs[b]
			}
			in, e := containsOp(y, x) // set_contains_fast.go
			if e != nil {
				err = e
				goto raise
			}
			cond := in == (opc == op.IF_IN || opc == op.IF_IN_K)
			if cond == (c != 0) {
				if w := instrs[pc]; op.Opcode(w) == op.JUMP && (int(w>>16) > pc || evalBreaker.Load() == 0) {
					pc = int(w >> 16) // jumpTarget's common case, inlined by hand
				} else {
					pc = jumpTarget(code.instrs, pc)
				}
			} else {
				if op.Opcode(instrs[pc]) == op.JUMP {
					pc++
				} else {
					pc += jumpLen(code.instrs, pc)
				}
			}

		case op.JUMP:
			pc = bx
		case op.JUMP_BACK:
			pc = bx
			if evalBreaker.Load() != 0 {
				if err = th.handleEvalBreaker(); err != nil {
					goto raise
				}
			}
		case op.JUMP_IF_TRUE, op.JUMP_IF_FALSE:
			x := regs[a]
			var t bool
			switch {
			case x == True:
				t = true
			case x == False || x == None:
			default:
				var e *Exception
				if t, e = IsTrue(x); e != nil {
					err = e
					goto raise
				}
			}
			if t == (opc == op.JUMP_IF_TRUE) {
				pc = bx
				if bx < start && evalBreaker.Load() != 0 { // a while loop's back edge
					if err = th.handleEvalBreaker(); err != nil {
						goto raise
					}
				}
			}
		case op.JUMP_IF_NONE:
			if regs[a].IsNone() {
				pc = bx
				if bx < start && evalBreaker.Load() != 0 { // a while loop's back edge
					if err = th.handleEvalBreaker(); err != nil {
						goto raise
					}
				}
			}
		case op.JUMP_IF_NOT_NONE:
			if !regs[a].IsNone() {
				pc = bx
				if bx < start && evalBreaker.Load() != 0 { // a while loop's back edge
					if err = th.handleEvalBreaker(); err != nil {
						goto raise
					}
				}
			}

		case op.GET_ITER:
			if x := regs[b]; x.Type() == ListType {
				if it, ok := freshListIter(ptrOf[List](x), code.instrs, pc, a); ok {
					regs[a] = it
					break
				}
			}
			if v, e := Iter(regs[b]); e != nil {
				err = e
				goto raise
			} else {
				regs[a] = v
			}
		case op.FOR_ITER, op.FOR_LOOP:
			it := regs[b]
			var v Value
			switch it.Type() {
			case RangeIterType:
				r := ptrOf[rangeIter](it)
				if r.n > 0 {
					v = Int(r.next)
					r.next += r.step
					r.n--
				} else if r.fresh {
					recycleRangeIter(r)
					regs[b] = Value{}
				}
			case ListIterType:
				li := ptrOf[listIter](it)
				if li.l != nil && li.i < len(li.l.items) {
					v = li.l.items[li.i]
					li.i++
				} else {
					li.l = nil
					if li.fresh {
						recycleListIter(li)
						regs[b] = Value{}
					}
				}
			case TupleIterType:
				ti := ptrOf[tupleIter](it)
				if ti.t != nil && ti.i < len(ti.t.items) {
					v = ti.t.items[ti.i]
					ti.i++
				} else {
					ti.t = nil
				}
			case DictKeyIterType, DictValueIterType:
				if v, err = dictIterKeyOrValue(it); err != nil { // iter_pair.go
					goto raise
				}
			case DictItemIterType, EnumerateType, ZipType:
				npc, st, e := forIterPair(code.instrs, f.regs, pc, opc == op.FOR_LOOP, a, it)
				if e != nil {
					err = e
					goto raise
				}
				if st == pairStored {
					pc = npc
					if evalBreaker.Load() != 0 {
						if err = th.handleEvalBreaker(); err != nil {
							goto raise
						}
					}
					continue
				}
				if st == pairNotFused {
					if v, err = Next(it); err != nil {
						goto raise
					}
				}
			default:
				if it.Type() == GeneratorType {
					via := genViaForIter
					if opc == op.FOR_LOOP {
						via = genViaForLoop
					}
					if gf := th.genEnter(f, ptrOf[Generator](it), Value{}, via, a); gf != nil {
						f.pc, f.lasti = pc, start
						f = gf
						reload()
						continue
					}
				}
				v, err = Next(it)
				if err != nil {
					goto raise
				}
			}
			exhausted := v.IsNull()
			if !exhausted {
				regs[a] = v
			}
			if exhausted == (opc == op.FOR_ITER) {
				if w := instrs[pc]; op.Opcode(w) == op.JUMP && (int(w>>16) > pc || evalBreaker.Load() == 0) {
					pc = int(w >> 16) // jumpTarget's common case, inlined by hand
				} else {
					pc = jumpTarget(code.instrs, pc)
				}
			} else {
				if op.Opcode(instrs[pc]) == op.JUMP {
					pc++
				} else {
					pc += jumpLen(code.instrs, pc)
				}
			}
			if evalBreaker.Load() != 0 {
				if err = th.handleEvalBreaker(); err != nil {
					goto raise
				}
			}

		case op.CALL_TYPE_INIT:
			ce := &code.caches[code.c.CacheIndex[pc-1]]
			if regs[a].Is(ce.typ.Value()) && ce.typ.Version == uint32(ce.v1) {
				if statsOn {
					specStats[opc].hit++
				}
				f.pc, f.lasti = pc, start
				nf, e := th.callInit(f, ce.typ, ptrOf[Function](ce.value), a+1, b, nil, a, ce)
				if e != nil {
					err = e
					goto raise
				}
				f = nf
				reload()
				break
			}
			instrs, opc = instrArr(code.instrs), deopt(code, pc-1, ce)
			goto dispatch
		case op.CALL_BUILTIN_TYPE:
			if ce := &code.caches[code.c.CacheIndex[pc-1]]; regs[a].Is(ce.typ.Value()) {
				if statsOn {
					specStats[opc].hit++
				}
				f.pc, f.lasti = pc, start
				if ce.typ == RangeType { // `for i in range(n)`: the iterator at once
					if it, ok := rangeIterDirect(f.regs[a+1:a+1+b], code.instrs, pc, a); ok {
						regs[a] = it
						break
					}
				}
				if v, e := callBuiltinType(ce.typ, f.regs[a+1:a+1+b]); e != nil {
					err = e
					goto raise
				} else {
					regs[a] = v
				}
				break
			}
			instrs, opc = instrArr(code.instrs), deopt(code, pc-1, &code.caches[code.c.CacheIndex[pc-1]])
			goto dispatch
		case op.CALL_BUILTIN:
			if callee := regs[a]; callee.Type() == BuiltinFunctionType {
				bf := ptrOf[BuiltinFunction](callee)
				f.pc, f.lasti = pc, start
				if r, e, done := callBuiltinFast(bf.m, bf.self, f.regs, a+1, b); done {
					if statsOn {
						specStats[opc].hit++
					}
					if e != nil {
						err = e
						goto raise
					}
					regs[a] = r
					if evalBreaker.Load() != 0 { // as after a generic call
						if err = th.handleEvalBreaker(); err != nil {
							goto raise
						}
					}
					break
				}
			}
			instrs, opc = instrArr(code.instrs), deopt(code, pc-1, &code.caches[code.c.CacheIndex[pc-1]])
			goto dispatch
		case op.CALL_METHOD_DESCR:
			if callee, self := regs[a], regs[a+1]; callee.Type() == MethodDescriptorType && !self.IsNull() {
				d := ptrOf[MethodDescr](callee)
				if self.Type() == d.owner || IsInstance(self, d.owner) {
					f.pc, f.lasti = pc, start
					if b == 1 && isGenSend(d) { // gen.send(v): resume it in this loop
						if gf := th.genEnter(f, ptrOf[Generator](self), regs[a+2], genViaSendCall, a); gf != nil {
							f = gf
							reload()
							continue
						}
					}
					if r, e, done := callBuiltinFast(d.m, self, f.regs, a+2, b); done {
						if statsOn {
							specStats[opc].hit++
						}
						if e != nil {
							err = e
							goto raise
						}
						// Drop the receiver as CPython's refcounting would: a file
						// left unclosed by f.write() must be collectable.
						regs[a], regs[a+1] = r, Value{}
						if evalBreaker.Load() != 0 { // as after a generic call: lock.acquire() returns, then the handler raises
							if err = th.handleEvalBreaker(); err != nil {
								goto raise
							}
						}
						break
					}
				}
			}
			instrs, opc = instrArr(code.instrs), deopt(code, pc-1, &code.caches[code.c.CacheIndex[pc-1]])
			goto dispatch
		case op.CALL_PY, op.CALL_METHOD_PY:
			// CALL_METHOD_PY passes the receiver in regs[a+1] as one more
			// argument; a null there means no receiver was found.
			n := b
			if opc == op.CALL_METHOD_PY {
				n = b + 1
			}
			if callee := regs[a]; callee.Type() == FunctionType && (opc == op.CALL_PY || !regs[a+1].IsNull()) {
				if statsOn {
					specStats[opc].hit++
				}
				f.pc, f.lasti = pc, start
				nf, res, e := th.callPython(f, ptrOf[Function](callee), a+1, n, nil, nil)
				if e != nil {
					err = e
					goto raise
				}
				if nf == nil {
					regs[a] = res
					break
				}
				nf.retReg = a
				f = nf
				reload()
				break
			}
			instrs, opc = instrArr(code.instrs), deopt(code, pc-1, &code.caches[code.c.CacheIndex[pc-1]])
			goto dispatch
		case op.CALL, op.CALL_KW, op.CALL_METHOD, op.CALL_METHOD_KW:
			if (opc == op.CALL || opc == op.CALL_METHOD) && !specializeOff {
				ce := &code.caches[code.c.CacheIndex[pc-1]]
				if ce.counter == 0 {
					var to op.Opcode
					if opc == op.CALL {
						to = specializeCall(regs[a], b, ce)
					} else {
						to = specializeCallMethod(regs[a], regs[a+1], b)
					}
					if to != op.NOP {
						quicken(code, pc-1, to)
						instrs, opc = instrArr(code.instrs), to
						goto dispatch
					}
					specFailed(opc, ce)
				} else {
					ce.counter--
				}
			}
			first, n := a+1, b
			var kwnames []*Str
			if opc == op.CALL_KW || opc == op.CALL_METHOD_KW {
				ce := &code.caches[code.c.CacheIndex[pc-1]]
				if ce.kw == nil {
					ce.kw = kwnamesOf(consts[c])
				}
				kwnames = ce.kw
			}
			if opc == op.CALL_METHOD || opc == op.CALL_METHOD_KW {
				if regs[a+1].IsNull() {
					first = a + 2
				} else {
					n++
				}
			}
			callee := regs[a]
			if callee.Type() == MethodType {
				m := ptrOf[BoundMethod](callee)
				if first == a+1 {
					// Write self where the callable was: the arguments
					// become a contiguous block starting at R[a].
					callee, regs[a] = m.fn, m.self
					first, n = a, n+1
				} else if first == a+2 {
					// CALL_METHOD of a bound method (super().f()): self
					// goes to the empty receiver register.
					callee, regs[a+1] = m.fn, m.self
					first, n = a+1, n+1
				}
			}
			tpCall := false
			if (first == a+1 || first == a+2) && callee.Type().Flags&FlagHeapType != 0 {
				// An instance whose class defines __call__ as a function
				// (perf_callinst.go): the function runs in this loop, self
				// written below the arguments as for a bound method.
				if fv, ok := th.pyCallSlot(callee); ok {
					first--
					callee, regs[first] = fv, callee
					n, tpCall = n+1, true
				}
			}
			if callee.Type() == FunctionType {
				fn := ptrOf[Function](callee)
				f.pc, f.lasti = pc, start
				if tpCall {
					th.depth++ // the call slot's level, as slot_tp_call's enterRecursiveCall
				}
				nf, res, e := th.callPython(f, fn, first, n, kwnames, &code.caches[code.c.CacheIndex[pc-1]])
				if tpCall && (e != nil || nf == nil) {
					th.depth--
				} else if tpCall {
					nf.extraDepth = 1
				}
				if e != nil {
					err = e
					goto raise
				}
				if nf == nil {
					regs[a] = res
					break
				}
				nf.retReg = a
				f = nf
				reload()
				break
			}
			f.pc, f.lasti = pc, start
			if ce := &code.caches[code.c.CacheIndex[pc-1]]; callee.Type() == TypeType && pyInitCached(callee, ce) != nil { // call_type.go
				nf, e := th.callInit(f, callee.AsType(), ptrOf[Function](ce.value), first, n, kwnames, a, ce)
				if e != nil {
					err = e
					goto raise
				}
				f = nf
				reload()
				break
			}
			if callee.Type() == MethodDescriptorType && first < a+2 && n-len(kwnames) >= 1 {
				// A builtin method with its receiver: bind without the
				// heap buffer and the qualified name of the generic call.
				d := ptrOf[MethodDescr](callee)
				if self := regs[first]; self.Type() == d.owner || IsInstance(self, d.owner) {
					if v, e := callMethodScratch(d.m, self, f.regs[first+1:first+n], kwnames, d.qualName); e != nil {
						err = e
						goto raise
					} else {
						regs[a] = v
					}
					if opc == op.CALL_METHOD || opc == op.CALL_METHOD_KW {
						regs[a+1] = Value{}
					}
					if evalBreaker.Load() != 0 { // as after a generic call
						if err = th.handleEvalBreaker(); err != nil {
							goto raise
						}
					}
					break
				}
			}
			v, e, done := callModuleBuiltin(callee, f.regs, first, n, kwnames) // mod.f(x): perfcoll_call2.go
			if !done {
				v, e = Call(callee, f.regs[first:first+n], kwnames)
			}
			if e != nil {
				err = e
				goto raise
			} else {
				regs[a] = v
				if opc == op.CALL_METHOD || opc == op.CALL_METHOD_KW {
					// Drop the receiver, as CALL_METHOD_DESCR does: a dead
					// register must not keep it alive (an unclosed file).
					regs[a+1] = Value{}
				}
			}
			if evalBreaker.Load() != 0 { // handlers of signals the call raised run now, as in CPython
				if err = th.handleEvalBreaker(); err != nil {
					goto raise
				}
			}
		case op.CALL_EX:
			f.pc, f.lasti = pc, start
			kw := Value{}
			if b != 0 {
				kw = regs[a+2]
			}
			if b == 2 { // the caller's own ** mapping (perfcall_callex.go)
				if kw, err = callerKwargs(regs[a], kw); err != nil {
					goto raise
				}
			}
			if callee := regs[a]; callee.Type() == FunctionType {
				nf, res, e := th.callPythonEx(f, ptrOf[Function](callee), regs[a+1], kw)
				if e != nil {
					err = e
					goto raise
				}
				if nf == nil {
					regs[a] = res
					break
				}
				nf.retReg = a
				f = nf
				reload()
				break
			}
			if callee := regs[a]; callee.Type() == TypeType {
				if nf := th.callInitEx(f, callee, regs[a+1], kw, a); nf != nil { // call_type.go
					f = nf
					reload()
					break
				}
			}
			if v, e := callEx(regs[a], regs[a+1], kw); e != nil {
				err = e
				goto raise
			} else {
				regs[a] = v
			}
			if evalBreaker.Load() != 0 { // as after a generic call
				if err = th.handleEvalBreaker(); err != nil {
					goto raise
				}
			}
		case op.RETURN, op.RETURN_CONST:
			var r Value
			if opc == op.RETURN {
				r = regs[a]
			} else {
				r = consts[bx]
			}
			if f.entry {
				f.pc = pc
				return r, nil
			}
			if f.gen != nil { // a generator resumed in the loop
				f.pc = pc
				f, err = th.genReturn(f, r)
				reload()
				if err != nil {
					start = f.lasti
					goto raise
				}
				break
			}
			back := f.back
			ret := f.retReg
			ctor := f.ctor
			binop := f.binop
			th.popFrame(f)
			th.depth--
			f = back
			th.cur = f
			reload()
			if !ctor.IsNull() { // an __init__ frame of a class call
				if r, err = initResult(ctor, r); err != nil {
					start = f.lasti
					goto raise
				}
			}
			if binop != 0 && r == NotImplemented { // perf_binop.go
				if r, err = binopFallback(f, BinOp(binop-1)); err != nil {
					start = f.lasti
					goto raise
				}
			}
			regs[ret] = r

		case op.YIELD_VALUE:
			f.pc, f.lasti = pc, start
			f.yielded = true
			f.gen.sendReg = int32(a)
			f.gen.delegateReg = int32(c)
			if f.entry {
				return regs[b], nil
			}
			f = th.genYield(f, regs[b]) // back to the consumer in this loop
			reload()
			if evalBreaker.Load() != 0 {
				if err = th.handleEvalBreaker(); err != nil {
					start = f.lasti
					goto raise
				}
			}
		case op.GET_YIELD_FROM_ITER:
			x := regs[b]
			if x.Type() == GeneratorType || x.Type() == CoroutineType {
				if x.Type() == CoroutineType && code.flags&(op.CoCoroutine|op.CoIterableCoroutine) == 0 {
					err = NewTypeError("cannot 'yield from' a coroutine object in a non-coroutine generator")
					goto raise
				}
				regs[a] = x
				break
			}
			if v, e := Iter(x); e != nil {
				err = e
				goto raise
			} else {
				regs[a] = v
			}
		case op.SEND:
			f.pc, f.lasti = pc, start
			if t := regs[b].Type(); (t == GeneratorType || t == CoroutineType) && !th.tr.active() {
				if gf := th.genEnter(f, ptrOf[Generator](regs[b]), regs[a], genViaSend, a); gf != nil {
					f = gf
					reload()
					continue
				}
			}
			v, done, e := genSend(regs[b], regs[a])
			if e == nil && done && th.tr != nil {
				e = th.traceSendStop(f, regs[b], regs[a], v)
			}
			if e != nil {
				err = e
				goto raise
			}
			regs[a] = v
			if done {
				regs[b] = Value{} // CPython pops the exhausted awaitable (it may hold an async generator)
				pc = jumpTarget(code.instrs, pc)
			} else {
				pc += jumpLen(code.instrs, pc)
			}

		case op.BUILD_TUPLE:
			regs[a] = buildTuple(f.regs[b : b+c])
		case op.BUILD_LIST:
			if th.tr == nil && fuseBuildListAdd(code, f.regs, instrs[pc], a, b, c) {
				pc++ // the ADD is done
				break
			}
			regs[a] = buildList(f.regs[b : b+c])
		case op.BUILD_SET:
			s := NewSet()
			for _, x := range f.regs[b : b+c] {
				if err = s.Add(x); err != nil {
					goto raise
				}
			}
			regs[a] = s.Value()
		case op.BUILD_MAP:
			d := NewDictSized(c)
			for i := 0; i < c; i++ {
				if err = d.SetItem(regs[b+2*i], regs[b+2*i+1]); err != nil {
					goto raise
				}
			}
			regs[a] = d.Value()
		case op.BUILD_STRING:
			regs[a] = buildString(f.regs[b : b+c])
		case op.LIST_APPEND:
			l := ptrOf[List](regs[a])
			l.items = listAppend(l.items, regs[b])
		case op.SET_ADD:
			if err = ptrOf[Set](regs[a]).Add(regs[b]); err != nil {
				goto raise
			}
		case op.MAP_ADD:
			if err = regs[a].AsDict().SetItem(regs[b], regs[c]); err != nil {
				goto raise
			}
		case op.LIST_EXTEND:
			if err = displayExtend(ptrOf[List](regs[a]), regs[b], code.instrs, pc, a); err != nil {
				if err.Matches(TypeErrorType) && regs[b].Type().Iter == nil && regs[b].Type().GetItem == nil {
					err = NewTypeError("Value after * must be an iterable, not %s", regs[b].Type().Name)
				}
				goto raise
			}
		case op.SET_UPDATE:
			if err = interpSetUpdate(ptrOf[Set](regs[a]), regs[b]); err != nil {
				goto raise
			}
		case op.DICT_UPDATE:
			if err = interpDictUpdate(regs[a].AsDict(), regs[b], Value{}); err != nil {
				goto raise
			}
		case op.DICT_MERGE:
			if err = interpDictUpdate(regs[a].AsDict(), regs[b], regs[c]); err != nil {
				goto raise
			}
		case op.LIST_TO_TUPLE:
			regs[a] = listToTuple(ptrOf[List](regs[b])) // star_display.go
		case op.FORMAT_VALUE:
			var spec Value
			if c&4 != 0 {
				spec = regs[b+1]
			}
			if v, e := formatValue(regs[b], spec, c); e != nil {
				err = e
				goto raise
			} else {
				regs[a] = v
			}
		case op.UNPACK_SEQUENCE:
			if x := regs[b]; x.Type() == TupleType {
				if items := ptrOf[Tuple](x).items; len(items) == c {
					copy(f.regs[a:a+c], items)
					break
				}
			}
			if err = unpackSequence(regs[b], f.regs[a:a+c]); err != nil {
				goto raise
			}
		case op.UNPACK_EX:
			if err = unpackEx(regs[b], f.regs[a:], c&0xff, c>>8); err != nil {
				goto raise
			}

		case op.MAKE_FUNCTION:
			if fn := compFunction(f, ptrOf[Code](consts[b]), f.regs[a:], c); fn != nil {
				regs[a] = ValueOf(fn)
				break
			}
			regs[a] = makeFunction(f, consts[b], f.regs[a:], c)
		case op.LOAD_BUILD_CLASS:
			v, ok, e := builtinsGet(f, Intern("__build_class__"))
			if err = e; err != nil {
				goto raise
			}
			if !ok {
				err = NewNameError("__build_class__ not found")
				goto raise
			}
			regs[a] = v
		case op.SETUP_ANNOTATIONS:
			if err = setupAnnotations(f); err != nil {
				goto raise
			}
		case op.IMPORT_NAME:
			f.pc, f.lasti = pc, start
			if v, e := importName(f, code.names[bx], regs[a], regs[a+1]); e != nil {
				err = e
				goto raise
			} else {
				regs[a] = v
			}
		case op.IMPORT_FROM:
			if v, e := importFrom(regs[b], code.names[c]); e != nil {
				err = e
				goto raise
			} else {
				regs[a] = v
			}
		case op.IMPORT_STAR:
			if err = importStar(f, regs[a]); err != nil {
				goto raise
			}
		case op.PRINT_EXPR:
			if err = printExpr(regs[a]); err != nil {
				goto raise
			}
		case op.LOAD_ASSERTION_ERROR:
			regs[a] = AssertionErrorType.Value()

		case op.RAISE:
			var x, cause Value
			if c > 0 { // a bare raise has no operands (its frame may have no registers)
				x = regs[a]
			}
			if c > 1 {
				cause = regs[b]
			}
			err = doRaise(th, x, cause, c)
			if c == 0 && err == th.topHandled() {
				// A bare raise keeps the traceback as it is, as CPython's.
				f.lasti = start
				goto unwind
			}
			goto raise
		case op.RERAISE:
			e, _ := regs[a].TryException()
			if e == nil {
				err = NewSystemError("RERAISE of a non-exception")
				goto raise
			}
			// The handler is looked up at the RERAISE itself; R[a+1] (the
			// original lasti, when b != 0) only matters for f_lineno.
			err = e
			f.lasti = start
			if b != 0 && th.tr != nil {
				th.traceReraise(f, regs[a+1])
			}
			if b != 0 && f.obj != nil {
				frameReraiseLine(f, regs[a+1]) // traceback.go
			}
			regs[a] = Value{} // dead now: an outer handler must not keep it alive
			goto unwind
		case op.PUSH_EXC_INFO:
			if th.handled == nil {
				regs[a] = None
			} else {
				regs[a] = th.handled.Value()
			}
			th.handled, _ = regs[b].TryException()
		case op.POP_EXCEPT:
			th.handled, _ = regs[a].TryException()
		case op.CHECK_EXC_MATCH:
			m, e := exceptionMatches(regs[b], regs[c])
			if e != nil {
				err = e
				goto raise
			}
			regs[a] = Bool(m)
		case op.CHECK_EG_MATCH:
			f.pc, f.lasti = pc, start
			if regs[a], regs[a+1], err = checkEgMatch(f, regs[b], regs[c]); err != nil {
				goto raise
			}
			if m, ok := regs[a+1].TryException(); ok {
				th.handled = m
			}
		case op.PREP_RERAISE_STAR:
			if regs[a], err = prepReraiseStar(regs[a], regs[b]); err != nil {
				goto raise
			}
		case op.BEFORE_WITH:
			// Registers from R[a] up are free temporaries (CPython's stack
			// is empty there): drop what finished calls left in them so
			// __enter__ does not see their objects kept alive.
			mgr := regs[b]
			clear(f.regs[a:])
			regs[a], regs[a+1], err = beforeWith(mgr)
			if err != nil {
				goto raise
			}
		case op.WITH_EXCEPT_START:
			x := regs[c]
			tb := None
			if e, ok := x.TryException(); ok && e.Traceback != nil {
				tb = ValueOf(e.Traceback)
			}
			f.pc, f.lasti = pc, start
			if v, e := Call(regs[b], []Value{x.Type().Value(), x, tb}, nil); e != nil {
				err = e
				goto raise
			} else {
				regs[a] = v
			}
		case op.GET_LEN:
			n, e := Len(regs[b])
			if e != nil {
				err = e
				goto raise
			}
			regs[a] = Int(int64(n))
		case op.GET_AWAITABLE:
			if c == 0 && th.tr == nil { // a Python __await__ generator: perfcall_await.go
				if g, ok, e := awaitGenerator(f, regs[b], a, pc); e != nil {
					err = e
					goto raise
				} else if ok {
					regs[a] = g
					break
				}
			}
			if v, e := getAwaitable(regs[b], c); e != nil {
				err = e
				goto raise
			} else {
				regs[a] = v
			}
		case op.GET_AITER:
			if v, e := getAIter(regs[b]); e != nil {
				err = e
				goto raise
			} else {
				regs[a] = v
			}
		case op.GET_ANEXT:
			if v, e := getANext(regs[b]); e != nil {
				err = e
				goto raise
			} else {
				regs[a] = v
			}
		case op.END_ASYNC_FOR:
			e, _ := regs[a].TryException()
			if e == nil || !e.Matches(exceptionTypeByName["StopAsyncIteration"]) {
				if e == nil {
					e = NewSystemError("END_ASYNC_FOR without an exception")
				}
				err = e
				f.lasti = start
				goto unwind
			}
			th.handled = nil
		case op.BEFORE_ASYNC_WITH:
			regs[a], regs[a+1], err = beforeAsyncWith(regs[b])
			if err != nil {
				goto raise
			}
		case op.ASYNC_GEN_WRAP:
			regs[a] = ValueOf(&asyncGenWrapped{Header{asyncGenWrapType}, regs[b]})
		case op.MATCH_MAPPING:
			regs[a] = Bool(isMatchMapping(regs[b]))
		case op.MATCH_SEQUENCE:
			regs[a] = Bool(isMatchSequence(regs[b]))
		case op.MATCH_KEYS:
			if v, e := matchKeys(regs[b], regs[c]); e != nil {
				err = e
				goto raise
			} else {
				regs[a] = v
			}
		case op.MATCH_CLASS:
			if v, e := matchClass(regs[b], regs[b+1], regs[b+2], c); e != nil {
				err = e
				goto raise
			} else {
				regs[a] = v
			}
		case op.COPY_DICT_WITHOUT_KEYS:
			if v, e := copyDictWithoutKeys(regs[b], regs[c]); e != nil {
				err = e
				goto raise
			} else {
				regs[a] = v
			}
		case opTrace:
			f.pc, f.lasti = pc, start
			if o, j, e := th.traceStep(f, start, pc-1); e != nil {
				err = e
				goto raise
			} else if j >= 0 {
				pc = j
				continue
			} else {
				opc = o
				if start != pc-1 {
					a, b, c, bx = traceDecode(code.instrs, start, pc, o)
				}
			}
			goto dispatch
		default:
			err = NewSystemError("unknown opcode %s", op.OpTable[opc].Name)
			goto raise
		}
	next:
		continue

	raise:
		f.lasti = start
		addTraceback(err, f)
		if !err.chained {
			err.chained = true
			if h := th.topHandled(); h != nil && err != h && err.Context == nil {
				setContext(err, h)
			}
		}
		if th.tr != nil {
			err = th.traceException(f, err)
		}
	unwind:
		for {
			if h, ok := f.code.c.HandlerAt(f.lasti); ok {
				f.regs[h.Reg] = err.Value()
				// The try body's temporaries (all above the handler's
				// registers, which are allocated when the try starts) are
				// dead: drop them, as CPython's unwinding pops its stack.
				if h.Lasti {
					f.regs[h.Reg+1] = Int(int64(f.lasti))
					clear(f.regs[h.Reg+2:])
				} else {
					clear(f.regs[h.Reg+1:])
				}
				f.pc = int(h.Handler)
				reload()
				break
			}
			if th.tr != nil {
				if e := th.traceUnwind(f); e != nil {
					err = e
				}
			}
			if fo := f.obj; fo != nil {
				// f_lineno of a frame the exception leaves is the line
				// of its last instruction (a RERAISE in a handler).
				if l := f.code.Line(f.lasti); l >= 0 {
					fo.lineno, fo.lasti = l, f.lasti
				}
			}
			frameSaveLocals(f)
			if f.entry {
				return Value{}, err
			}
			if f.gen != nil { // a generator resumed in the loop
				f, err = th.genUnwind(f, err)
			} else {
				back := f.back
				th.popFrame(f)
				th.depth--
				f = back
				th.cur = f
			}
			addTraceback(err, f)
			if th.tr != nil {
				err = th.traceException(f, err)
			}
		}
	}
}

// cmpMasks holds, per CompareOp (3 bits each, Lt first), the outcomes that
// make it true: bit 0 less, bit 1 equal, bit 2 greater.
const cmpMasks = 0b001 | 0b011<<3 | 0b010<<6 | 0b101<<9 | 0b100<<12 | 0b110<<15

// cmpInts compares two small ints. It has no switch so that it is inlined
// into the loop's compare-and-branch instructions.
func cmpInts(x, y int64, cop CompareOp) bool {
	o := uint(4)
	if x < y {
		o = 1
	}
	if x == y {
		o = 2
	}
	return (cmpMasks>>(3*uint(cop)))&o != 0
}

//go:noinline
func binaryOp(a, b Value, nb BinOp) (Value, *Exception) {
	if a.Type().pyNumber != 0 && !specializeOff {
		if r, err, ok := pyBinaryOp(a, b, nb); ok {
			return r, err
		}
	}
	return BinaryOp(a, b, nb)
}

// unaryOp applies -, + or ~ (which 0, 1, 2).
//
//go:noinline
func unaryOp(v Value, which int) (Value, *Exception) {
	t := v.Type()
	var f UnaryFunc
	var sym string
	switch which {
	case 0:
		f, sym = t.Neg, "unary -"
	case 1:
		f, sym = t.Pos, "unary +"
	default:
		f, sym = t.Invert, "unary ~"
	}
	if f == nil {
		return Value{}, NewTypeError("bad operand type for %s: '%s'", sym, t.Name)
	}
	return f(v)
}

// kwnamesOf converts the constant tuple of keyword names.
func kwnamesOf(v Value) []*Str {
	items := v.AsTuple().items
	out := make([]*Str, len(items))
	for i, x := range items {
		out[i] = InternStr(x.AsStr())
	}
	return out
}

// callPython calls the Python function fn with the n arguments in
// f.regs[first:]: it returns a new frame to continue in, or (for generator
// functions) the result directly.
func (th *Thread) callPython(f *frame, fn *Function, first, n int, kwnames []*Str, ce *cacheEntry) (*frame, Value, *Exception) {
	co := fn.code
	if th.depth >= th.recursionLimit {
		return nil, Value{}, NewRecursionError("maximum recursion depth exceeded")
	}
	if evalBreaker.Load() != 0 {
		if err := th.handleEvalBreaker(); err != nil {
			return nil, Value{}, err
		}
		traceEnter(co)
	}
	if co.plainArgs && len(kwnames) == 0 && n == co.argcount {
		nf := th.pushCall(f, fn, first, n) // frame.go
		if !co.simple {
			setupCells(nf, fn)
		}
		th.depth++
		th.cur = nf
		return nf, Value{}, nil
	}
	args := f.regs[first : first+n]
	if isGeneratorCode(co) {
		g, err := newGeneratorObject(fn, args, kwnames)
		if err == nil {
			markFresh(f, g) // perfobj_corecycle.go
			if gen := ptrOf[Generator](g); g.Type() == CoroutineType && gen.fresh != freshAwait {
				gen.noteUnawaited() // coro_unawaited.go
				if coroOriginDepth > 0 {
					gen.noteOrigin() // coro_origin.go
				}
			}
		}
		return nil, g, err
	}
	nf := th.pushFrame(co, th.top)
	clear(nf.regs)
	if err := bindPlanned(fn, args, kwnames, nf.regs, ce); err != nil { // bind_plan.go
		th.popFrame(nf)
		return nil, Value{}, err
	}
	clear(args) // the callee owns them now, as CPython's moved references
	if co.ncells|co.nfree != 0 || co.flags&op.CoOptimized == 0 {
		setupCells(nf, fn)
	}
	th.enterFrame(nf, f, fn)
	return nf, Value{}, nil
}

// function_call is the Call slot of functions: a Go caller entering Python.
func function_call(callable Value, args []Value, kwnames []*Str) (Value, *Exception) {
	fn := ptrOf[Function](callable)
	co := fn.code
	th := curThread
	if isGeneratorCode(co) {
		return newGeneratorFrame(fn, args, kwnames)
	}
	if th.depth >= th.recursionLimit {
		return Value{}, NewRecursionError("maximum recursion depth exceeded")
	}
	nf := th.pushFrame(co, th.top)
	clear(nf.regs)
	if co.plainArgs && len(kwnames) == 0 && len(args) == co.argcount {
		copy(nf.regs, args)
	} else if err := bindArgs(fn, args, kwnames, nf.regs); err != nil {
		th.popFrame(nf)
		return Value{}, err
	}
	setupCells(nf, fn)
	nf.fn, nf.globals, nf.builtins = fn, fn.globals, fn.builtins
	th.depth++
	r, err := th.run(nf)
	th.depth--
	th.popFrame(nf)
	return r, err
}

// RunCode executes a module-level code object with globals as its
// namespace (and locals, if not null, as the LOAD_NAME mapping).
func RunCode(co *Code, globals *Dict, locals Value) (Value, *Exception) {
	return runCodeClosure(co, globals, locals, nil)
}

// runCodeClosure is RunCode giving co's free variables the cells of
// closure (exec(code, closure=...)).
func runCodeClosure(co *Code, globals *Dict, locals Value, closure []*Cell) (Value, *Exception) {
	th := curThread
	if _, ok := globals.GetStr(Intern("__builtins__")); !ok {
		// CPython's exec inserts the current builtins dict (imported
		// modules see a dict; __main__ gets the module from start-up).
		globals.SetStr(Intern("__builtins__"), currentBuiltins(th).Value())
	}
	nf := th.pushFrame(co, th.top)
	clear(nf.regs)
	nf.globals, nf.builtins = globals, builtinsOf(globals)
	if locals.IsNull() {
		locals = globals.Value()
	}
	nf.locals = locals
	setupCells(nf, nil)
	for i, c := range closure {
		nf.regs[len(co.varnames)+co.ncells+i] = ValueOf(c)
	}
	// A module or exec() frame counts against the recursion limit, as
	// every CPython frame does.
	if th.depth >= th.recursionLimit {
		th.popFrame(nf)
		return Value{}, NewRecursionError("maximum recursion depth exceeded")
	}
	th.depth++
	r, err := th.run(nf)
	th.depth--
	th.popFrame(nf)
	return r, err
}

// unboundLocal is the UnboundLocalError for register r.
func unboundLocal(co *Code, r int) *Exception {
	return newExcf(UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", []any{co.varnames[r].S})
}

func unboundDeref(co *Code, r int) *Exception {
	name := co.c.CellName(r)
	if r-len(co.varnames) < co.ncells {
		return newExcf(UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", []any{name})
	}
	return NewNameError("cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
}

// nameError is "name 'x' is not defined", with the name for suggestions.
func nameError(name *Str, f *frame) *Exception {
	e := NewNameError("name '%s' is not defined", name.S)
	e.extra = []Value{ValueOf(name)}
	return e
}

// loadGlobal looks name up in globals then builtins, filling the cache.
func loadGlobal(f *frame, name *Str, ce *cacheEntry) (Value, *Exception) {
	if !exactNamespaces(f) {
		ce.v1 = 0
		return loadGlobalSlow(f, name) // builtins_lookup.go
	}
	ce.v1, ce.v2 = f.globals.KeysVersion(), f.builtins.KeysVersion()
	if ix := f.globals.LookupStrIndex(name); ix >= 0 {
		ce.index = int32(ix)
		return f.globals.EntryValue(ix), nil
	}
	if ix := f.builtins.LookupStrIndex(name); ix >= 0 {
		ce.index = int32(-ix - 1)
		return f.builtins.EntryValue(ix), nil
	}
	ce.v1 = 0
	return Value{}, nameError(name, f)
}

// mappingGet looks name up in a namespace mapping (a dict fast).
func mappingGet(m Value, name *Str) (Value, bool, *Exception) {
	if m.IsNull() {
		return Value{}, false, nil
	}
	if m.Type() == DictType {
		d := m.AsDict()
		v, ok := d.GetStr(name)
		return v, ok, nil
	}
	v, err := GetItem(m, ValueOf(name))
	if err != nil {
		if err.Matches(KeyErrorType) {
			return Value{}, false, nil
		}
		return Value{}, false, err
	}
	return v, true, nil
}

func loadName(f *frame, name *Str) (Value, *Exception) {
	if v, ok, err := mappingGet(f.locals, name); err != nil || ok {
		return v, err
	}
	if v, ok := f.globals.GetStr(name); ok {
		return v, nil
	}
	if v, ok, err := builtinsGet(f, name); err != nil || ok {
		return v, err
	}
	return Value{}, nameError(name, f)
}

func storeName(f *frame, name *Str, v Value) *Exception {
	if f.locals.IsNull() {
		return NewSystemError("no locals found when storing '%s'", name.S)
	}
	if f.locals.Type() == DictType {
		d := f.locals.AsDict()
		d.SetStr(name, v)
		return nil
	}
	return SetItem(f.locals, ValueOf(name), v)
}

func deleteName(f *frame, name *Str) *Exception {
	if f.locals.Type() == DictType {
		d := f.locals.AsDict()
		if !d.DelStr(name) {
			return nameError(name, f)
		}
		return nil
	}
	if err := SetItem(f.locals, ValueOf(name), Value{}); err != nil {
		if err.Matches(KeyErrorType) {
			return nameError(name, f)
		}
		return err
	}
	return nil
}

// loadMethod returns (function, self) for a method found on the type
// without creating a bound method, or (attribute, null).
func loadMethod(obj Value, name *Str) (Value, Value, *Exception) {
	t := obj.Type()
	if t.GetAttr == nil || !isGenericGetAttr(t) {
		v, err := GetAttr(obj, name)
		return v, Value{}, err
	}
	descr := t.Lookup(name)
	if !descr.IsNull() {
		dt := descr.Type()
		if dt == FunctionType || dt == MethodDescriptorType {
			if t.InstAttrs != nil {
				if at := t.InstAttrs(obj); at != nil {
					if v, ok := at.get(name); ok {
						return v, Value{}, nil
					}
				}
			}
			return descr, obj, nil
		}
	}
	v, err := GetAttr(obj, name)
	return v, Value{}, err
}

// isGenericGetAttr reports whether t uses object.__getattribute__.
func isGenericGetAttr(t *Type) bool {
	return t.getattrGeneric
}

// addTraceback adds an entry for f at its current instruction.
func addTraceback(e *Exception, f *frame) {
	e.Traceback = &Traceback{Header: Header{TracebackType}, Next: e.Traceback,
		Frame: frameObject(f), Lasti: f.lasti, Lineno: f.code.Line(f.lasti)}
}

// setContext sets e.__context__ = ctx, breaking cycles as CPython does.
// A cycle already in ctx's chain is detected (Floyd's algorithm, as
// CPython's _PyErr_SetObject) so that the walk ends.
func setContext(e, ctx *Exception) {
	slow, toggle := ctx, false
	for o := ctx; o.Context != nil; {
		if o.Context == e {
			o.Context = nil
			break
		}
		o = o.Context
		if o == slow {
			break
		}
		if toggle {
			slow = slow.Context
		}
		toggle = !toggle
	}
	e.Context = ctx
}

// frameObject materializes the frame object of f.
func frameObject(f *frame) *Frame {
	if f.obj == nil {
		f.obj = &Frame{Header: Header{FrameType}, code: f.code, globals: f.globals, lineno: -1, live: f}
		if f.gen != nil {
			f.obj.live, f.obj.genLive = nil, weak.Make(f) // traceback.go
		}
		if f.back != nil {
			f.obj.back = frameObject(f.back)
		}
	}
	f.obj.lineno = f.code.Line(f.lasti)
	f.obj.lasti = f.lasti
	return f.obj
}

func init() {
	_ = fmt.Sprint
}
