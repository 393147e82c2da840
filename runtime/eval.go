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
	handled := th.handled // restored on a Go panic: the frames' handlers never ran
	defer func() {
		if r := recover(); r != nil {
			for g := th.cur; g != nil && g != entry.back; {
				next := g.back // popFrame clears it
				switch {
				case g != entry && g.entry && g.gen != nil:
					// A generator resumed without its own run() (resume).
					g.gen.running, g.gen.finished = false, true
					th.depth--
				case g.gen == nil && g.base >= 0 && g != entry:
					// Frames pushed by the loop, and frames a Go caller
					// entered without a run() of their own (runPlain).
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
			th.cur, th.handled = entry.back, handled
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
	// Only f, code, pc, start and the operand word are carried from one
	// instruction to the next: registers, constants and instructions are
	// read through f and code where used (perfcall9_operands.go), since
	// every value carried in a Go variable is stored to the stack at each
	// dispatch (Go's calls preserve no registers).
	var (
		code  = f.code
		pc    = f.pc
		err   *Exception
		start int
	)
	reload := func() {
		code, pc = f.code, f.pc
	}
	for {
		start = pc
		w := code.ins()[pc]
		pc++
		opw := operandWord(w) // perfcall9_operands.go: each handler decodes its operands
	dispatch:
		switch op.Opcode(opw) {
		case op.NOP:
		case op.EXT:
			n := 0
			if opw, n, err = extOperandWord(code.instrs, start, op.EXT); err != nil { // perfcall9_operands.go
				goto raise
			}
			pc = start + n
			goto dispatch
		case op.MOVE:
			a, b := int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			f.reg()[a] = f.reg()[b]
			// A run of moves (`a, b = b, a`, argument set-up) in one
			// dispatch: a traced word is not a MOVE, so tracing sees each.
			for w := code.ins()[pc]; op.Opcode(w) == op.MOVE; w = code.ins()[pc] {
				f.reg()[int(w>>8)&0xff] = f.reg()[int(w>>16)&0xff]
				pc++
			}
		case op.LOAD_CONST:
			a, bx := int(opw>>8)&0xffffff, int(opw>>32)&0xffff|int(opw>>48)<<8
			f.reg()[a] = code.k()[bx]
		case op.LOAD_NONE:
			a := int(opw>>8) & 0xffffff
			f.reg()[a] = None
		case op.LOAD_TRUE:
			a := int(opw>>8) & 0xffffff
			f.reg()[a] = True
		case op.LOAD_FALSE:
			a := int(opw>>8) & 0xffffff
			f.reg()[a] = False
		case op.CLEAR:
			a, b := int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			clear(f.regs[a : a+b])
		case op.CHECK_FAST:
			a := int(opw>>8) & 0xffffff
			if f.reg()[a].IsNull() {
				err = unboundLocal(code, a)
				goto raise
			}
		case op.DELETE_FAST:
			a := int(opw>>8) & 0xffffff
			old := f.reg()[a]
			if opw>>48 != 0 { // `x = None` (compiler/compat18_dropnone.go)
				f.reg()[a] = None
			} else if old.IsNull() {
				err = unboundLocal(code, a)
				goto raise
			} else {
				f.reg()[a] = Value{}
			}
			if d := int(opw>>32) & 0xffff; d > 0 {
				clearDelTemps(f.regs, d) // leak19_deltemps.go
			}
			if dropWatched(old) {
				if opw>>48 == 2 && isFreshIter(old) { // compat20_freshiter.go
					f.pc, f.lasti = pc, start
					closeFreshIter(old)
				} else if mayDieObservably(old) && (opw>>48 != 2 || isGenType(old.Type())) { // refsem11_prompt.go, compat16_prompt.go: `del x` finalizes promptly; compat19a_dropiter.go
					f.pc, f.lasti = pc, start
					promptFinalize(old)
				}
			}

		case op.LOAD_GLOBAL:
			opc, a, bx := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff|int(opw>>48)<<8
			ce := &code.caches[code.c.CacheIndex[pc-1]] // the op word, after any EXT prefix
			// A module global (index >= 0) does not depend on the builtins' version.
			if ce.v1 == f.globals.KeysVersion() && (ce.index >= 0 || ce.v2 == f.builtins.KeysVersion()) {
				if ce.index >= 0 {
					f.reg()[a] = f.globals.EntryValue(int(ce.index))
				} else {
					f.reg()[a] = f.builtins.EntryValue(int(-ce.index - 1))
				}
				if !f.reg()[a].IsNull() {
					break
				}
			}
			if v, e := loadGlobal(f, code.names[bx], ce); e != nil {
				err = e
				goto raise
			} else {
				f.reg()[a] = v
			}
			if opc == op.LOAD_GLOBAL && start == pc-1 {
				fuseGlobalIf(code, start) // perfcall_globalif.go
			}
		case op.LOAD_GLOBAL_IF: // LOAD_GLOBAL, then the IF_EQ..IF_GE at pc
			opc, a := op.Opcode(opw), int(opw>>8)&0xffffff
			ce := &code.caches[code.c.CacheIndex[pc-1]]
			// A module global (index >= 0) does not depend on the builtins' version.
			if ce.v1 == f.globals.KeysVersion() && (ce.index >= 0 || ce.v2 == f.builtins.KeysVersion()) {
				var g Value
				if ce.index >= 0 {
					g = f.globals.EntryValue(int(ce.index))
				} else {
					g = f.builtins.EntryValue(int(-ce.index - 1))
				}
				for !g.IsNull() {
					if statsOn {
						specStats[opc].hit++
					}
					f.reg()[a] = g
					w := code.ins()[pc]
					o := op.Opcode(w)
					if o < op.IF_EQ || o > op.IF_GE {
						break // traced, or rewritten since: it runs on its own
					}
					x, y := f.reg()[int(w>>8)&0xff], f.reg()[int(w>>16)&0xff]
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
					if j := code.ins()[pc+1]; op.Opcode(j) != op.JUMP || int(j>>16) <= pc+1 {
						break // a backward or long jump: the IF runs on its own
					}
					if cond == (w>>24 != 0) {
						pc = int(code.ins()[pc+1] >> 16)
					} else {
						pc += 2
					}
					// The next test of an `elif op == K:` chain (a module
					// global's) runs here, without a trip through dispatch.
					nw := code.ins()[pc]
					if op.Opcode(nw) != op.LOAD_GLOBAL_IF {
						break
					}
					if ce = &code.caches[code.c.CacheIndex[pc]]; ce.index < 0 || ce.v1 != f.globals.KeysVersion() {
						break
					}
					if g = f.globals.EntryValue(int(ce.index)); g.IsNull() {
						break
					}
					start, pc, a = pc, pc+1, int(nw>>8)&0xff
				}
				break
			}
			opw = withOp(opw, op.LOAD_GLOBAL)
			goto dispatch
		case op.STORE_GLOBAL:
			a, bx := int(opw>>8)&0xffffff, int(opw>>32)&0xffff|int(opw>>48)<<8
			f.globals.SetStr(code.names[bx], f.reg()[a])
		case op.DELETE_GLOBAL:
			bx := int(opw>>32)&0xffff | int(opw>>48)<<8
			old := peekGlobal(f, code.names[bx])
			if !f.globals.DelStr(code.names[bx]) {
				err = nameError(code.names[bx], f)
				goto raise
			}
			clearDelTemps(f.regs, int(opw>>8)&0xffffff) // leak19_deltemps.go
			if mayDieObservably(old) {
				f.pc, f.lasti = pc, start
				promptFinalize(old)
			}
		case op.LOAD_NAME:
			a, bx := int(opw>>8)&0xffffff, int(opw>>32)&0xffff|int(opw>>48)<<8
			if v, e := loadName(f, code.names[bx]); e != nil {
				err = e
				goto raise
			} else {
				f.reg()[a] = v
			}
		case op.STORE_NAME:
			a, bx := int(opw>>8)&0xffffff, int(opw>>32)&0xffff|int(opw>>48)<<8
			if err = storeName(f, code.names[bx], f.reg()[a]); err != nil {
				goto raise
			}
		case op.DELETE_NAME:
			bx := int(opw>>32)&0xffff | int(opw>>48)<<8
			old := peekName(f, code.names[bx])
			if err = deleteName(f, code.names[bx]); err != nil {
				goto raise
			}
			clearDelTemps(f.regs, int(opw>>8)&0xffffff) // leak19_deltemps.go
			if mayDieObservably(old) {
				f.pc, f.lasti = pc, start
				promptFinalize(old)
			}
		case op.LOAD_DEREF:
			a, b := int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			v := ptrOf[Cell](f.reg()[b]).v
			if v.IsNull() {
				err = unboundDeref(code, b)
				goto raise
			}
			f.reg()[a] = v
		case op.LOAD_CLASSDEREF:
			a, b := int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			name := Intern(code.c.CellName(b))
			if v, ok, e := mappingGet(f.locals, name); e != nil {
				err = e
				goto raise
			} else if ok {
				f.reg()[a] = v
				break
			}
			v := ptrOf[Cell](f.reg()[b]).v
			if v.IsNull() {
				err = unboundDeref(code, b)
				goto raise
			}
			f.reg()[a] = v
		case op.STORE_DEREF:
			a, b := int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			ptrOf[Cell](f.reg()[a]).v = f.reg()[b]
		case op.DELETE_DEREF:
			a := int(opw>>8) & 0xffffff
			cl := ptrOf[Cell](f.reg()[a])
			if cl.v.IsNull() {
				err = unboundDeref(code, a)
				goto raise
			}
			cl.v = Value{}

		case op.LOAD_ATTR:
			opc, a, b, c := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			if !specializeOff {
				ce := &code.caches[code.c.CacheIndex[pc-1]]
				if ce.counter == 0 {
					if to := specializeLoadAttr(f.reg()[b], code.names[c], ce); to != op.NOP {
						quicken(code, pc-1, to)
						opw = reOperand(code.instrs, start, pc, to)
						goto dispatch
					}
					specFailed(opc, ce)
				} else {
					ce.counter--
				}
			}
			if v, e := GetAttr(f.reg()[b], code.names[c]); e != nil {
				err = e
				goto raise
			} else {
				f.reg()[a] = v
			}
		case op.LOAD_ATTR_INSTANCE:
			opc, a, b := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			ce := &code.caches[code.c.CacheIndex[pc-1]]
			if x := f.reg()[b]; x.Type().Version == uint32(ce.v1) {
				if in := ptrOf[Instance](x); in.layout == ce.layout {
					if v := in.values[ce.index]; !v.IsNull() {
						f.reg()[a] = v
						if statsOn {
							specStats[opc].hit++
						}
						break
					}
				}
			}
			opw = reOperand(code.instrs, start, pc, deopt(code, pc-1, ce))
			goto dispatch
		case op.LOAD_ATTR_SLOT:
			opc, a, b := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff
		slotAgain:
			ce := &code.caches[code.c.CacheIndex[pc-1]]
			if x := f.reg()[b]; x.Type().Version == uint32(ce.v1) {
				if v := *ptrOf[Instance](x).slotAt(int(ce.index)); !v.IsNull() {
					f.reg()[a] = v
					if statsOn {
						specStats[opc].hit++
					}
					// `self.x * o.x`: the next slot load in the same dispatch.
					if w := code.ins()[pc]; op.Opcode(w) == op.LOAD_ATTR_SLOT {
						start, pc = pc, pc+1
						a, b = int(w>>8)&0xff, int(w>>16)&0xff
						goto slotAgain
					}
					break
				}
			}
			opw = reOperand(code.instrs, start, pc, deopt(code, pc-1, ce))
			goto dispatch
		case op.LOAD_ATTR_CLASS:
			opc, a, b := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			ce := &code.caches[code.c.CacheIndex[pc-1]]
			if x := f.reg()[b]; x.Type().Version == uint32(ce.v1) && instanceLayoutOf(x.Type(), ptrOf[Instance](x)) == ce.layout {
				f.reg()[a] = ce.value
				if statsOn {
					specStats[opc].hit++
				}
				break
			}
			opw = reOperand(code.instrs, start, pc, deopt(code, pc-1, ce))
			goto dispatch
		case op.LOAD_ATTR_MODULE, op.LOAD_METHOD_MODULE:
			opc, a, b := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			ce := &code.caches[code.c.CacheIndex[pc-1]]
			if x := f.reg()[b]; x.Type() == ModuleType {
				if d := ptrOf[Module](x).Dict; d.KeysVersion() == ce.v1 {
					if v := d.EntryValue(int(ce.index)); !v.IsNull() {
						f.reg()[a] = v
						if opc == op.LOAD_METHOD_MODULE {
							f.reg()[a+1] = Value{}
						}
						if statsOn {
							specStats[opc].hit++
						}
						break
					}
				}
			}
			opw = reOperand(code.instrs, start, pc, deopt(code, pc-1, ce))
			goto dispatch
		case op.LOAD_ATTR_TYPE, op.LOAD_METHOD_TYPE:
			opc, a, b := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			ce := &code.caches[code.c.CacheIndex[pc-1]]
			if f.reg()[b].Is(ce.typ.Value()) && ce.typ.Version == uint32(ce.v1) {
				f.reg()[a] = ce.value
				if opc == op.LOAD_METHOD_TYPE {
					f.reg()[a+1] = Value{}
				}
				if statsOn {
					specStats[opc].hit++
				}
				break
			}
			opw = reOperand(code.instrs, start, pc, deopt(code, pc-1, ce))
			goto dispatch
		case op.LOAD_ATTR_PROPERTY:
			opc, a, b := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			ce := &code.caches[code.c.CacheIndex[pc-1]]
			if x := f.reg()[b]; x.Type().Version == uint32(ce.v1) {
				if fget := ptrOf[Property](ce.value).fget; fget.Type() == FunctionType {
					if statsOn {
						specStats[opc].hit++
					}
					f.pc, f.lasti = pc, start
					if v, e := function_call(fget, f.regs[b:b+1], nil); e != nil {
						err = e
						goto raise
					} else {
						f.reg()[a] = v
					}
					break
				}
			}
			opw = reOperand(code.instrs, start, pc, deopt(code, pc-1, ce))
			goto dispatch
		case op.STORE_ATTR:
			opc, a, b, c := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			if !specializeOff {
				ce := &code.caches[code.c.CacheIndex[pc-1]]
				if ce.counter == 0 {
					if to := specializeStoreAttr(f.reg()[a], code.names[b], ce); to != op.NOP {
						quicken(code, pc-1, to)
						opw = reOperand(code.instrs, start, pc, to)
						goto dispatch
					}
					specFailed(opc, ce)
				} else {
					ce.counter--
				}
			}
			if err = SetAttr(f.reg()[a], code.names[b], f.reg()[c]); err != nil {
				goto raise
			}
		case op.STORE_ATTR_INSTANCE:
			opc, a, c := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>48)
			ce := &code.caches[code.c.CacheIndex[pc-1]]
			if x := f.reg()[a]; x.Type().Version == uint32(ce.v1) {
				if in := ptrOf[Instance](x); in.layout == ce.layout {
					in.values[ce.index] = f.reg()[c]
					if statsOn {
						specStats[opc].hit++
					}
					break
				}
			}
			opw = reOperand(code.instrs, start, pc, deopt(code, pc-1, ce))
			goto dispatch
		case op.STORE_ATTR_ADD:
			opc, a, c := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>48)
			ce := &code.caches[code.c.CacheIndex[pc-1]]
			if x := f.reg()[a]; x.Type().Version == uint32(ce.v1) {
				if in := ptrOf[Instance](x); instanceLayoutOf(x.Type(), in) == ce.layout && len(in.values) == len(ce.layout.names) {
					in.layout = ce.addedLayout()
					in.values = append(in.values, f.reg()[c])
					if statsOn {
						specStats[opc].hit++
					}
					break
				}
			}
			opw = reOperand(code.instrs, start, pc, deopt(code, pc-1, ce))
			goto dispatch
		case op.STORE_ATTR_SLOT:
			opc, a, c := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>48)
			ce := &code.caches[code.c.CacheIndex[pc-1]]
			if x := f.reg()[a]; x.Type().Version == uint32(ce.v1) {
				*ptrOf[Instance](x).slotAt(int(ce.index)) = f.reg()[c]
				if statsOn {
					specStats[opc].hit++
				}
				break
			}
			opw = reOperand(code.instrs, start, pc, deopt(code, pc-1, ce))
			goto dispatch
		case op.DELETE_ATTR:
			a, b := int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			if err = SetAttr(f.reg()[a], code.names[b], Value{}); err != nil {
				goto raise
			}
		case op.LOAD_METHOD:
			opc, a, b, c := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			if !specializeOff {
				ce := &code.caches[code.c.CacheIndex[pc-1]]
				if ce.counter == 0 {
					if to := specializeLoadMethodAt(code, pc-1, start, f.reg()[b], code.names[c], ce); to != op.NOP { // tmpl17_replacechain.go
						quicken(code, pc-1, to)
						opw = reOperand(code.instrs, start, pc, to)
						goto dispatch
					}
					specFailed(opc, ce)
				} else {
					ce.counter--
				}
			}
			obj := f.reg()[b]
			f.reg()[a], f.reg()[a+1], err = loadMethod(obj, code.names[c])
			if err != nil {
				goto raise
			}
		case op.LOAD_METHOD_PY:
			opc, a, b, c := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			ce := &code.caches[code.c.CacheIndex[pc-1]]
			if x := f.reg()[b]; x.Type().Version == uint32(ce.v1) && (ce.index < 0 || instanceLayoutOf(x.Type(), ptrOf[Instance](x)) == ce.layout) {
				f.reg()[a], f.reg()[a+1] = ce.value, x
				if statsOn {
					specStats[opc].hit++
				}
				break
			}
			if polyAdd(code, pc-1, int(code.c.CacheIndex[pc-1]), f.reg()[b], code.names[c]) {
				opw = reOperand(code.instrs, start, pc, op.LOAD_METHOD_POLY)
				goto dispatch
			}
			opw = reOperand(code.instrs, start, pc, deopt(code, pc-1, ce))
			goto dispatch
		case op.LOAD_METHOD_POLY:
			opc, a, b, c := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			ix := code.c.CacheIndex[pc-1]
			x := f.reg()[b]
			t := x.Type()
			for k := range polyEntries {
				ce := &code.caches[int(ix)+k]
				if ce.v1 != 0 && t.Version == uint32(ce.v1) && (ce.index < 0 || instanceLayoutOf(t, ptrOf[Instance](x)) == ce.layout) {
					f.reg()[a], f.reg()[a+1] = ce.value, x
					if statsOn {
						specStats[opc].hit++
					}
					goto next
				}
			}
			if polyAdd(code, pc-1, int(ix), x, code.names[c]) {
				goto dispatch
			}
			opw = reOperand(code.instrs, start, pc, deopt(code, pc-1, &code.caches[ix]))
			goto dispatch
		case op.LOAD_METHOD_BUILTIN:
			opc, a, b := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			ce := &code.caches[code.c.CacheIndex[pc-1]]
			if x := f.reg()[b]; x.Type().Version == uint32(ce.v1) {
				f.reg()[a], f.reg()[a+1] = ce.value, x
				if statsOn {
					specStats[opc].hit++
				}
				break
			}
			opw = reOperand(code.instrs, start, pc, deopt(code, pc-1, ce))
			goto dispatch
		case op.LOAD_METHOD_REPLACE: // tmpl17_replacechain.go
			opc, b := op.Opcode(opw), int(opw>>32)&0xffff
			ce := &code.caches[code.c.CacheIndex[pc-1]]
			if ch := (*replaceChain)(ce.aux); ch != nil {
				if v, ok := ch.run(f.reg()[b]); ok {
					f.reg()[ch.dst] = v
					pc = ch.end
					if statsOn {
						specStats[opc].hit++
					}
					break
				}
			}
			opw = reOperand(code.instrs, start, pc, deopt(code, pc-1, ce))
			goto dispatch
		case op.GET_ITEM:
			a, b, c := int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			x, y := f.reg()[b], f.reg()[c]
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
					f.reg()[a] = items[i]
					goto next
				}
			case xt == DictType:
				v, found, e := ptrOf[Dict](x).GetItem(y)
				if e != nil {
					err = e
					goto raise
				}
				if found {
					f.reg()[a] = v
					goto next
				}
			}
			if v, e := GetItem(x, y); e != nil {
				err = e
				goto raise
			} else {
				f.reg()[a] = v
			}
		case op.SET_ITEM:
			a, b, c := int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			switch x, y := f.reg()[a], f.reg()[b]; x.Type() {
			case ListType:
				if y.IsSmallInt() {
					items := ptrOf[List](x).items
					i := y.SmallInt()
					if i < 0 {
						i += int64(len(items))
					}
					if i >= 0 && i < int64(len(items)) {
						items[i] = f.reg()[c]
						goto next
					}
				}
			case DictType:
				if err = ptrOf[Dict](x).SetItem(y, f.reg()[c]); err != nil {
					goto raise
				}
				goto next
			}
			if err = SetItem(f.reg()[a], f.reg()[b], f.reg()[c]); err != nil {
				goto raise
			}
		case op.DEL_ITEM:
			a, b := int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			if err = SetItem(f.reg()[a], f.reg()[b], Value{}); err != nil {
				goto raise
			}
		case op.GET_SLICE:
			a, b, c := int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			if th.tr == nil && fuseSliceAdd(code, f.regs, code.ins()[pc], a, b, c) {
				pc++ // the ADD is done (list_slice_fast.go)
				break
			}
			if th.tr == nil && c >= a { // `x[:i] + x[i + 1:]` (nq14_slicepair.go)
				if npc, ok := fuseSlicePair(code, f.regs, pc, a, b, c); ok {
					pc = npc
					break
				}
			}
			if th.tr == nil { // `x[:i] = x[i::-1]` (alloc16_slicestore.go)
				if npc, ok := fuseSliceStore(code, f.regs, pc, a, b, c); ok {
					pc = npc
					break
				}
			}
			if v, e := getSlice(f.reg()[b], f.reg()[c], f.reg()[c+1], f.reg()[c+2]); e != nil {
				err = e
				goto raise
			} else {
				f.reg()[a] = v
			}
		case op.SET_SLICE:
			a, b, c := int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			if err = setSlice(f.reg()[a], f.reg()[b], f.reg()[b+1], f.reg()[b+2], f.reg()[c]); err != nil {
				goto raise
			}
		case op.BUILD_SLICE:
			a, b, c := int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			if c == 3 {
				f.reg()[a] = NewSlice(f.reg()[b], f.reg()[b+1], f.reg()[b+2])
			} else {
				f.reg()[a] = NewSlice(f.reg()[b], f.reg()[b+1], None)
			}

		case op.ADD:
			a, b, c := int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			x, y := f.reg()[b], f.reg()[c]
			if x.IsSmallInt() && y.IsSmallInt() {
				s := x.SmallInt() + y.SmallInt()
				if (s > x.SmallInt()) == (y.SmallInt() > 0) {
					f.reg()[a] = Int(s)
					break
				}
			}
			if x.IsFloat() && y.IsFloat() {
				f.reg()[a] = Float(x.AsFloat() + y.AsFloat())
				break
			}
			if x.Type() == StrType && y.Type() == StrType {
				f.reg()[a] = strConcat(ptrOf[Str](x), ptrOf[Str](y))
				break
			}
			if x.Type() == ListType && y.Type() == ListType {
				f.reg()[a] = listConcatExact(ptrOf[List](x), ptrOf[List](y))
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
				f.reg()[a] = v
			}
		case op.IADD:
			a, b, c := int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			x, y := f.reg()[b], f.reg()[c]
			if x.IsSmallInt() && y.IsSmallInt() {
				s := x.SmallInt() + y.SmallInt()
				if (s > x.SmallInt()) == (y.SmallInt() > 0) {
					f.reg()[a] = Int(s)
					break
				}
			}
			if x.IsFloat() && y.IsFloat() {
				f.reg()[a] = Float(x.AsFloat() + y.AsFloat())
				break
			}
			if x.Type() == StrType && y.Type() == StrType {
				f.reg()[a] = strConcat(ptrOf[Str](x), ptrOf[Str](y))
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
				f.reg()[a] = v
			}
		case op.ADD_K, op.IADD_K:
			opc, a, b, c := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			x, y := f.reg()[b], code.k()[c]
			if x.IsSmallInt() && y.IsSmallInt() {
				s := x.SmallInt() + y.SmallInt()
				if (s > x.SmallInt()) == (y.SmallInt() > 0) {
					f.reg()[a] = Int(s)
					break
				}
			}
			if x.Type() == StrType && y.Type() == StrType {
				f.reg()[a] = strConcat(ptrOf[Str](x), ptrOf[Str](y))
				break
			}
			if fx, fy, ok := floatPair(x, y); ok { // call20: int + 0.5 too
				f.reg()[a] = Float(fx + fy)
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
				f.reg()[a] = v
			}
		case op.SUB, op.ISUB:
			opc, a, b, c := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			x, y := f.reg()[b], f.reg()[c]
			if x.IsSmallInt() && y.IsSmallInt() {
				s := x.SmallInt() - y.SmallInt()
				if (s < x.SmallInt()) == (y.SmallInt() > 0) {
					f.reg()[a] = Int(s)
					break
				}
			}
			if fx, fy, ok := floatPair(x, y); ok { // call20: int - float too
				f.reg()[a] = Float(fx - fy)
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
				f.reg()[a] = v
			}
		case op.SUB_K, op.ISUB_K:
			opc, a, b, c := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			x, y := f.reg()[b], code.k()[c]
			if x.IsSmallInt() && y.IsSmallInt() {
				s := x.SmallInt() - y.SmallInt()
				if (s < x.SmallInt()) == (y.SmallInt() > 0) {
					f.reg()[a] = Int(s)
					break
				}
			}
			if fx, fy, ok := floatPair(x, y); ok { // call20: x - 1 and x - 0.5 on floats
				f.reg()[a] = Float(fx - fy)
				break
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
				f.reg()[a] = v
			}
		case op.MUL_K, op.IMUL_K:
			opc, a, b, c := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			x, y := f.reg()[b], code.k()[c]
			if x.IsSmallInt() && y.IsSmallInt() {
				p, hi := x.SmallInt()*y.SmallInt(), false
				if xs, ys := x.SmallInt(), y.SmallInt(); xs != 0 && (p/xs != ys || (xs == -1 && ys == -1<<63)) {
					hi = true
				}
				if !hi {
					f.reg()[a] = Int(p)
					break
				}
			}
			if fx, fy, ok := floatPair(x, y); ok { // call20: x * 3 and i * 0.37
				f.reg()[a] = Float(fx * fy)
				break
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
				f.reg()[a] = v
			}
		case op.MUL, op.IMUL:
			opc, a, b, c := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			x, y := f.reg()[b], f.reg()[c]
			if x.IsSmallInt() && y.IsSmallInt() {
				xs, ys := x.SmallInt(), y.SmallInt()
				if p, ok := mulInts(xs, ys); ok {
					f.reg()[a] = Int(p)
					break
				}
			} else if x.IsFloat() && y.IsFloat() {
				f.reg()[a] = Float(x.AsFloat() * y.AsFloat())
				break
			} else if fx, fy, ok := floatPair(x, y); ok {
				f.reg()[a] = Float(fx * fy)
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
				f.reg()[a] = v
			}
		case op.TRUEDIV, op.ITRUEDIV:
			opc, a, b, c := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			x, y := f.reg()[b], f.reg()[c]
			if fx, fy, ok := floatPair(x, y); ok && fy != 0 {
				f.reg()[a] = Float(fx / fy)
				break
			}
			if x.IsSmallInt() && y.IsSmallInt() {
				if xs, ys := x.SmallInt(), y.SmallInt(); ys != 0 && xs <= 1<<53 && xs >= -1<<53 && ys <= 1<<53 && ys >= -1<<53 {
					f.reg()[a] = Float(float64(xs) / float64(ys))
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
				f.reg()[a] = v
			}
		case op.MATMUL, op.MOD, op.POW, op.LSHIFT, op.RSHIFT, op.OR, op.XOR, op.AND, op.FLOORDIV:
			opc, a, b, c := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			if v, ok := smallIntBinary(f.reg()[b], f.reg()[c], nbOfBinary[opc-op.ADD]); ok {
				f.reg()[a] = v
			} else if v, e := binaryOp(f.reg()[b], f.reg()[c], nbOfBinary[opc-op.ADD]); e != nil {
				err = e
				goto raise
			} else {
				f.reg()[a] = v
			}
		case op.IMATMUL, op.IMOD, op.IPOW, op.ILSHIFT, op.IRSHIFT, op.IOR, op.IXOR, op.IAND, op.IFLOORDIV:
			opc, a, b, c := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			if v, ok := smallIntBinary(f.reg()[b], f.reg()[c], nbOfBinary[opc-op.IADD]+NbInplace); ok {
				f.reg()[a] = v
			} else if v, e := binaryOp(f.reg()[b], f.reg()[c], nbOfBinary[opc-op.IADD]+NbInplace); e != nil {
				err = e
				goto raise
			} else {
				f.reg()[a] = v
			}
		case op.MATMUL_K, op.TRUEDIV_K, op.MOD_K, op.POW_K, op.LSHIFT_K, op.RSHIFT_K, op.OR_K, op.XOR_K, op.AND_K, op.FLOORDIV_K:
			opc, a, b, c := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			if opc == op.TRUEDIV_K {
				if v, ok := floatDivK(f.reg()[b], code.k()[c]); ok { // call20_floatk.go
					f.reg()[a] = v
					break
				}
			}
			if v, ok := smallIntBinary(f.reg()[b], code.k()[c], nbOfBinary[opc-op.ADD_K]); ok {
				f.reg()[a] = v
			} else if v, e := binaryOp(f.reg()[b], code.k()[c], nbOfBinary[opc-op.ADD_K]); e != nil {
				err = e
				goto raise
			} else {
				f.reg()[a] = v
			}
		case op.IMATMUL_K, op.ITRUEDIV_K, op.IMOD_K, op.IPOW_K, op.ILSHIFT_K, op.IRSHIFT_K, op.IOR_K, op.IXOR_K, op.IAND_K, op.IFLOORDIV_K:
			opc, a, b, c := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			if opc == op.ITRUEDIV_K {
				if v, ok := floatDivK(f.reg()[b], code.k()[c]); ok { // call20_floatk.go
					f.reg()[a] = v
					break
				}
			}
			if v, ok := smallIntBinary(f.reg()[b], code.k()[c], nbOfBinary[opc-op.IADD_K]+NbInplace); ok {
				f.reg()[a] = v
			} else if v, e := binaryOp(f.reg()[b], code.k()[c], nbOfBinary[opc-op.IADD_K]+NbInplace); e != nil {
				err = e
				goto raise
			} else {
				f.reg()[a] = v
			}
		case op.NEG:
			a, b := int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			x := f.reg()[b]
			if x.IsSmallInt() && x.SmallInt() != -1<<63 {
				f.reg()[a] = Int(-x.SmallInt())
				break
			}
			if x.IsFloat() { // call20: -t
				f.reg()[a] = Float(-x.AsFloat())
				break
			}
			if v, e := unaryOp(x, 0); e != nil {
				err = e
				goto raise
			} else {
				f.reg()[a] = v
			}
		case op.POS:
			a, b := int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			if v, e := unaryOp(f.reg()[b], 1); e != nil {
				err = e
				goto raise
			} else {
				f.reg()[a] = v
			}
		case op.INVERT:
			a, b := int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			if v, e := unaryOp(f.reg()[b], 2); e != nil {
				err = e
				goto raise
			} else {
				f.reg()[a] = v
			}
		case op.NOT:
			a, b := int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			t, e := IsTrue(f.reg()[b])
			if e != nil {
				err = e
				goto raise
			}
			f.reg()[a] = Bool(!t)

		case op.EQ, op.NE, op.LT, op.LE, op.GT, op.GE:
			opc, a, b, c := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			x, y := f.reg()[b], f.reg()[c]
			cop := cmpOfOpcode[opc-op.EQ]
			if x.IsSmallInt() && y.IsSmallInt() {
				f.reg()[a] = Bool(cmpInts(x.SmallInt(), y.SmallInt(), cop))
				break
			}
			if x.IsFloat() && y.IsFloat() {
				f.reg()[a] = Bool(cmpFloats(x.AsFloat(), y.AsFloat(), cop))
				break
			}
			if fx, fy, ok := floatIntCmpPair(x, y); ok { // call20_floatk.go
				f.reg()[a] = Bool(cmpFloats(fx, fy, cop))
				break
			}
			if v, e := RichCompare(x, y, cop); e != nil {
				err = e
				goto raise
			} else {
				f.reg()[a] = v
			}
		case op.IS:
			a, b, c := int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			f.reg()[a] = Bool(f.reg()[b].Is(f.reg()[c]))
		case op.IS_NOT:
			a, b, c := int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			f.reg()[a] = Bool(!f.reg()[b].Is(f.reg()[c]))
		case op.IN, op.NOT_IN:
			opc, a, b, c := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			in, e := containsOp(f.reg()[c], f.reg()[b]) // set_contains_fast.go
			if e != nil {
				err = e
				goto raise
			}
			f.reg()[a] = Bool(in == (opc == op.IN))
		case op.IF_EQ, op.IF_NE, op.IF_LT, op.IF_LE, op.IF_GT, op.IF_GE,
			op.IF_EQ_K, op.IF_NE_K, op.IF_LT_K, op.IF_LE_K, op.IF_GT_K, op.IF_GE_K:
			opc, a, b, c := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			x := f.reg()[a]
			var y Value
			var cop CompareOp
			if opc >= op.IF_EQ_K {
				y, cop = code.k()[b], cmpOfOpcode[opc-op.IF_EQ_K]
			} else {
				y, cop = f.reg()[b], cmpOfOpcode[opc-op.IF_EQ]
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
			} else if fx, fy, ok := floatIntCmpPair(x, y); ok { // call20_floatk.go: `if t > 0:`
				cond = cmpFloats(fx, fy, cop)
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
				if w := code.ins()[pc]; op.Opcode(w) == op.JUMP && (int(w>>16) > pc || evalBreaker.Load() == 0) {
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
				if op.Opcode(code.ins()[pc]) == op.JUMP {
					pc++
				} else {
					pc += jumpLen(code.instrs, pc)
				}
			}
		case op.IF_IS, op.IF_IS_NOT, op.IF_IS_K, op.IF_IS_NOT_K:
			opc, a, b, c := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			x := f.reg()[a]
			var y Value
			if opc >= op.IF_EQ_K {
				y = code.k()[b]
			} else {
				y = f.reg()[b]
			}
			cond := x.Is(y) == (opc == op.IF_IS || opc == op.IF_IS_K)
			if cond == (c != 0) {
				if w := code.ins()[pc]; op.Opcode(w) == op.JUMP && (int(w>>16) > pc || evalBreaker.Load() == 0) {
					pc = int(w >> 16) // jumpTarget's common case, inlined by hand
				} else {
					pc = jumpTarget(code.instrs, pc)
				}
			} else {
				if op.Opcode(code.ins()[pc]) == op.JUMP {
					pc++
				} else {
					pc += jumpLen(code.instrs, pc)
				}
			}
		case op.IF_IN, op.IF_NOT_IN, op.IF_IN_K, op.IF_NOT_IN_K:
			opc, a, b, c := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			x := f.reg()[a]
			var y Value
			if opc >= op.IF_EQ_K {
				y = code.k()[b]
			} else {
				y = f.reg()[b]
			}
			in, e := containsOp(y, x) // set_contains_fast.go
			if e != nil {
				err = e
				goto raise
			}
			cond := in == (opc == op.IF_IN || opc == op.IF_IN_K)
			if cond == (c != 0) {
				if w := code.ins()[pc]; op.Opcode(w) == op.JUMP && (int(w>>16) > pc || evalBreaker.Load() == 0) {
					pc = int(w >> 16) // jumpTarget's common case, inlined by hand
				} else {
					pc = jumpTarget(code.instrs, pc)
				}
			} else {
				if op.Opcode(code.ins()[pc]) == op.JUMP {
					pc++
				} else {
					pc += jumpLen(code.instrs, pc)
				}
			}

		case op.JUMP:
			bx := int(opw>>32)&0xffff | int(opw>>48)<<8
			pc = bx
		case op.JUMP_BACK:
			bx := int(opw>>32)&0xffff | int(opw>>48)<<8
			pc = bx
			if evalBreaker.Load() != 0 {
				if err = th.handleEvalBreaker(); err != nil {
					goto raise
				}
			}
		case op.JUMP_IF_TRUE, op.JUMP_IF_FALSE:
			opc, a, bx := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff|int(opw>>48)<<8
			x := f.reg()[a]
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
			a, bx := int(opw>>8)&0xffffff, int(opw>>32)&0xffff|int(opw>>48)<<8
			if f.reg()[a].IsNone() {
				pc = bx
				if bx < start && evalBreaker.Load() != 0 { // a while loop's back edge
					if err = th.handleEvalBreaker(); err != nil {
						goto raise
					}
				}
			}
		case op.JUMP_IF_NOT_NONE:
			a, bx := int(opw>>8)&0xffffff, int(opw>>32)&0xffff|int(opw>>48)<<8
			if !f.reg()[a].IsNone() {
				pc = bx
				if bx < start && evalBreaker.Load() != 0 { // a while loop's back edge
					if err = th.handleEvalBreaker(); err != nil {
						goto raise
					}
				}
			}

		case op.GET_ITER:
			a, b := int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			if x := f.reg()[b]; x.Type() == ListType {
				if it, ok := freshListIter(ptrOf[List](x), code.instrs, pc, a); ok {
					f.reg()[a] = it
					break
				}
			}
			if v, e := Iter(f.reg()[b]); e != nil {
				err = e
				goto raise
			} else {
				f.reg()[a] = v
			}
		case op.FOR_ITER, op.FOR_LOOP:
			opc, a, b := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			it := f.reg()[b]
			var v Value
			switch it.Type() {
			case RangeIterType:
				r := ptrOf[rangeIter](it)
				if r.n > 0 {
					v = Int(r.next)
					r.next += r.step
					r.n--
				} else if r.fresh && (f.obj == nil || code.comp != compYes) { // f_locals shows a comprehension's .0
					recycleRangeIter(r)
					f.reg()[b] = Value{}
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
						f.reg()[b] = Value{}
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
				f.reg()[a] = v
			}
			if exhausted == (opc == op.FOR_ITER) {
				if w := code.ins()[pc]; op.Opcode(w) == op.JUMP && (int(w>>16) > pc || evalBreaker.Load() == 0) {
					pc = int(w >> 16) // jumpTarget's common case, inlined by hand
				} else {
					pc = jumpTarget(code.instrs, pc)
				}
			} else {
				if op.Opcode(code.ins()[pc]) == op.JUMP {
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
			opc, a, b := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			ce := &code.caches[code.c.CacheIndex[pc-1]]
			if f.reg()[a].Is(ce.typ.Value()) && ce.typ.Version == uint32(ce.v1) {
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
			opw = reOperand(code.instrs, start, pc, deopt(code, pc-1, ce))
			goto dispatch
		case op.CALL_BUILTIN_TYPE:
			opc, a, b := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			if ce := &code.caches[code.c.CacheIndex[pc-1]]; f.reg()[a].Is(ce.typ.Value()) {
				if statsOn {
					specStats[opc].hit++
				}
				f.pc, f.lasti = pc, start
				if ce.typ == RangeType { // `for i in range(n)`: the iterator at once
					if it, ok := rangeIterDirect(f.regs, f.regs[a+1:a+1+b], code.instrs, pc, a); ok {
						f.reg()[a] = it
						break
					}
				}
				if v, e := callBuiltinType(ce.typ, f.regs[a+1:a+1+b]); e != nil {
					err = e
					goto raise
				} else {
					f.reg()[a] = v
				}
				break
			}
			opw = reOperand(code.instrs, start, pc, deopt(code, pc-1, &code.caches[code.c.CacheIndex[pc-1]]))
			goto dispatch
		case op.CALL_BUILTIN:
			opc, a, b := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			if callee := f.reg()[a]; callee.Type() == BuiltinFunctionType {
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
					f.reg()[a] = r
					if evalBreaker.Load() != 0 { // as after a generic call
						if err = th.handleEvalBreaker(); err != nil {
							goto raise
						}
					}
					break
				}
			}
			opw = reOperand(code.instrs, start, pc, deopt(code, pc-1, &code.caches[code.c.CacheIndex[pc-1]]))
			goto dispatch
		case op.CALL_METHOD_DESCR:
			opc, a, b := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			if callee, self := f.reg()[a], f.reg()[a+1]; callee.Type() == MethodDescriptorType && !self.IsNull() {
				d := ptrOf[MethodDescr](callee)
				if self.Type() == d.owner || IsInstance(self, d.owner) {
					f.pc, f.lasti = pc, start
					if b == 1 && isGenSend(d) { // gen.send(v): resume it in this loop
						if gf := th.genEnter(f, ptrOf[Generator](self), f.reg()[a+2], genViaSendCall, a); gf != nil {
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
						f.reg()[a], f.reg()[a+1] = r, Value{}
						if evalBreaker.Load() != 0 { // as after a generic call: lock.acquire() returns, then the handler raises
							if err = th.handleEvalBreaker(); err != nil {
								goto raise
							}
						}
						break
					}
				}
			}
			opw = reOperand(code.instrs, start, pc, deopt(code, pc-1, &code.caches[code.c.CacheIndex[pc-1]]))
			goto dispatch
		case op.CALL_PY, op.CALL_METHOD_PY:
			opc, a, b := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			// CALL_METHOD_PY passes the receiver in f.reg()[a+1] as one more
			// argument; a null there means no receiver was found.
			n := b
			if opc == op.CALL_METHOD_PY {
				n = b + 1
			}
			if callee := f.reg()[a]; callee.Type() == FunctionType && (opc == op.CALL_PY || !f.reg()[a+1].IsNull()) {
				if statsOn {
					specStats[opc].hit++
				}
				f.pc, f.lasti = pc, start
				fn := ptrOf[Function](callee)
				if co := fn.code; co.plainArgs && n == co.argcount && th.depth < th.recursionLimit && evalBreaker.Load() == 0 {
					// callPython's exact positional call, written out (the
					// common case).
					nf := th.pushCall(f, fn, a+1, n) // frame.go (and the cells)
					th.depth++
					th.cur = nf
					nf.retReg = a
					f, code, pc = nf, co, 0
					break
				}
				nf, res, e := th.callPython(f, fn, a+1, n, nil, nil)
				if e != nil {
					err = e
					goto raise
				}
				if nf == nil {
					f.reg()[a] = res
					break
				}
				nf.retReg = a
				f = nf
				reload()
				break
			}
			opw = reOperand(code.instrs, start, pc, deopt(code, pc-1, &code.caches[code.c.CacheIndex[pc-1]]))
			goto dispatch
		case op.CALL, op.CALL_KW, op.CALL_METHOD, op.CALL_METHOD_KW:
			opc, a, b, c := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			if (opc == op.CALL || opc == op.CALL_METHOD) && !specializeOff {
				ce := &code.caches[code.c.CacheIndex[pc-1]]
				if ce.counter == 0 {
					var to op.Opcode
					if opc == op.CALL {
						to = specializeCall(f.reg()[a], b, ce)
					} else {
						to = specializeCallMethod(f.reg()[a], f.reg()[a+1], b)
					}
					if to != op.NOP {
						quicken(code, pc-1, to)
						opw = reOperand(code.instrs, start, pc, to)
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
				kwnames = ce.kwNames(code.k()[c]) // start15_cacheaux.go
			}
			if opc == op.CALL_METHOD || opc == op.CALL_METHOD_KW {
				if f.reg()[a+1].IsNull() {
					first = a + 2
				} else {
					n++
				}
			}
			callee := f.reg()[a]
			if callee.Type() == MethodType {
				m := ptrOf[BoundMethod](callee)
				if first == a+1 {
					// Write self where the callable was: the arguments
					// become a contiguous block starting at R[a].
					callee, f.reg()[a] = m.fn, m.self
					first, n = a, n+1
				} else if first == a+2 {
					// CALL_METHOD of a bound method (super().f()): self
					// goes to the empty receiver register.
					callee, f.reg()[a+1] = m.fn, m.self
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
					callee, f.reg()[first] = fv, callee
					n, tpCall = n+1, true
				}
			}
			if callee.Type() == FunctionType {
				fn := ptrOf[Function](callee)
				f.pc, f.lasti = pc, start
				if co := fn.code; !tpCall && len(kwnames) == 0 && co.plainArgs && n == co.argcount &&
					th.depth < th.recursionLimit && evalBreaker.Load() == 0 {
					// As CALL_PY: an exact positional call (a site that
					// sees several functions stays generic).
					nf := th.pushCall(f, fn, first, n) // frame.go (and the cells)
					th.depth++
					th.cur = nf
					nf.retReg = a
					f, code, pc = nf, co, 0
					break
				}
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
					f.reg()[a] = res
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
			if v, e, done := classCallCached(callee, f.regs[first:first+n], kwnames, &code.caches[code.c.CacheIndex[pc-1]]); done { // perf11c_newcall.go
				if e != nil {
					err = e
					goto raise
				} else {
					f.reg()[a] = v
				}
				if opc == op.CALL_METHOD || opc == op.CALL_METHOD_KW {
					f.reg()[a+1] = Value{}
				}
				if evalBreaker.Load() != 0 { // as after a generic call
					if err = th.handleEvalBreaker(); err != nil {
						goto raise
					}
				}
				break
			}
			if callee.Type() == MethodDescriptorType && first < a+2 && n-len(kwnames) >= 1 {
				// A builtin method with its receiver: bind without the
				// heap buffer and the qualified name of the generic call.
				d := ptrOf[MethodDescr](callee)
				if self := f.reg()[first]; self.Type() == d.owner || IsInstance(self, d.owner) {
					if v, e := callMethodScratch(d.m, self, f.regs[first+1:first+n], kwnames, d.qualName); e != nil {
						err = e
						goto raise
					} else {
						f.reg()[a] = v
					}
					if opc == op.CALL_METHOD || opc == op.CALL_METHOD_KW {
						f.reg()[a+1] = Value{}
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
				f.reg()[a] = v
				if opc == op.CALL_METHOD || opc == op.CALL_METHOD_KW {
					// Drop the receiver, as CALL_METHOD_DESCR does: a dead
					// register must not keep it alive (an unclosed file).
					f.reg()[a+1] = Value{}
				}
			}
			if evalBreaker.Load() != 0 { // handlers of signals the call raised run now, as in CPython
				if err = th.handleEvalBreaker(); err != nil {
					goto raise
				}
			}
		case op.CALL_EX:
			a, b := int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			f.pc, f.lasti = pc, start
			kw := Value{}
			if b != 0 {
				kw = f.reg()[a+2]
			}
			if b == 2 { // the caller's own ** mapping (perfcall_callex.go)
				if kw, err = callerKwargs(f.reg()[a], kw); err != nil {
					goto raise
				}
			}
			if callee := f.reg()[a]; callee.Type() == FunctionType {
				nf, res, e := th.callPythonEx(f, ptrOf[Function](callee), f.reg()[a+1], kw)
				if e != nil {
					err = e
					goto raise
				}
				if nf == nil {
					f.reg()[a] = res
					break
				}
				nf.retReg = a
				f = nf
				reload()
				break
			}
			f.lend = nil // another callee may keep the star arguments (kw18_lend.go)
			if callee := f.reg()[a]; callee.Type() == TypeType {
				if nf := th.callInitEx(f, callee, f.reg()[a+1], kw, a); nf != nil { // call_type.go
					f = nf
					reload()
					break
				}
			}
			if v, e := callEx(f.reg()[a], f.reg()[a+1], kw); e != nil {
				err = e
				goto raise
			} else {
				f.reg()[a] = v
			}
			if evalBreaker.Load() != 0 { // as after a generic call
				if err = th.handleEvalBreaker(); err != nil {
					goto raise
				}
			}
		case op.RETURN, op.RETURN_CONST:
			opc, a, bx := op.Opcode(opw), int(opw>>8)&0xffffff, int(opw>>32)&0xffff|int(opw>>48)<<8
			var r Value
			if opc == op.RETURN {
				r = f.reg()[a]
			} else {
				r = code.k()[bx]
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
			if f.obj == nil && f.prevSlab == nil && f.binop == 0 && f.extraDepth == 0 && f.lend == nil && (f.ctor.IsNull() || r.IsNone()) {
				// popFrame's common case written out: a plain call's frame,
				// or an __init__ frame's, whose None delivers the instance.
				if !f.ctor.IsNull() {
					r, f.ctor = f.ctor, Value{}
				}
				th.top = f.prevTop
				th.npool--
				f.fn, f.code, f.globals, f.back = nil, nil, nil, nil // as popFrame
				th.depth--
				f = back
				th.cur = f
				code, pc = f.code, f.pc
				f.reg()[ret] = r
				// `x = f()`: the caller's MOVE of the result in this
				// dispatch (a traced word is not a MOVE).
				if w := code.ins()[pc]; op.Opcode(w) == op.MOVE && int(w>>16)&0xff == ret {
					f.reg()[int(w>>8)&0xff] = r
					pc++
				}
				break
			}
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
			f.reg()[ret] = r
			if w := code.ins()[pc]; op.Opcode(w) == op.MOVE && int(w>>16)&0xff == ret {
				f.reg()[int(w>>8)&0xff] = r // as above
				pc++
			}

		case op.YIELD_VALUE:
			a, b, c := int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			f.pc, f.lasti = pc, start
			f.yielded = true
			f.gen.sendReg = int32(a)
			f.gen.delegateReg = int32(c)
			y := f.reg()[b]
			if b >= code.nlocalRegs() {
				clearYieldTemps(f.regs, b) // gcwalk_yield.go
			}
			if f.entry {
				return y, nil
			}
			f = th.genYield(f, y) // back to the consumer in this loop
			reload()
			if evalBreaker.Load() != 0 {
				if err = th.handleEvalBreaker(); err != nil {
					start = f.lasti
					goto raise
				}
			}
		case op.GET_YIELD_FROM_ITER:
			a, b := int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			x := f.reg()[b]
			if x.Type() == GeneratorType || x.Type() == CoroutineType {
				if x.Type() == CoroutineType && code.flags&(op.CoCoroutine|op.CoIterableCoroutine) == 0 {
					err = NewTypeError("cannot 'yield from' a coroutine object in a non-coroutine generator")
					goto raise
				}
				f.reg()[a] = x
				break
			}
			if v, e := Iter(x); e != nil {
				err = e
				goto raise
			} else {
				f.reg()[a] = v
			}
		case op.SEND:
			a, b := int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			f.pc, f.lasti = pc, start
			if t := f.reg()[b].Type(); (t == GeneratorType || t == CoroutineType) && !th.tr.active() {
				if gf := th.genEnter(f, ptrOf[Generator](f.reg()[b]), f.reg()[a], genViaSend, a); gf != nil {
					f = gf
					if gf.pc != 0 { // resumed, not started: maybe at a yield from of its own
						f = th.sendThrough(gf) // gen13_yieldchain.go
					}
					reload()
					continue
				}
			}
			v, done, e := genSend(f.reg()[b], f.reg()[a])
			if e == nil && done && th.tr != nil {
				e = th.traceSendStop(f, f.reg()[b], f.reg()[a], v)
			}
			if e != nil {
				err = e
				goto raise
			}
			f.reg()[a] = v
			if done {
				f.reg()[b] = Value{} // CPython pops the exhausted awaitable (it may hold an async generator)
				pc = jumpTarget(code.instrs, pc)
			} else {
				pc += jumpLen(code.instrs, pc)
			}

		case op.BUILD_TUPLE:
			a, b, c := int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			// The opcode test here keeps the two fusions' calls off plain tuples.
			if next := code.ins()[pc]; th.tr == nil && op.Opcode(next) == op.MAKE_FUNCTION &&
				(fuseCompClosure(f, code, next, a, b, c) || // nq14_compclosure.go
					fuseMakeClosure(f, code, next, a, b, c)) { // tmpl16_closure.go
				pc++ // the MAKE_FUNCTION is done
				break
			}
			f.reg()[a] = buildTuple(f.regs[b : b+c])
		case op.BUILD_LIST:
			a, b, c := int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			if th.tr == nil && fuseBuildListAdd(code, f.regs, code.ins()[pc], a, b, c) {
				pc++ // the ADD is done
				break
			}
			if c == 0 && th.tr == nil { // perf10b_stardisplay.go: `(*rest, x)`
				if n := fuseStarTuple(code.instrs, f.regs, pc, a); n > 0 {
					pc += n
					break
				}
			}
			f.reg()[a] = buildList(f.regs[b : b+c])
		case op.BUILD_SET:
			a, b, c := int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			var s *Set
			if c == 0 && code.comp == compYes {
				s = takeLenScratch(th, f, start) // nq17_lenscratch.go
			}
			if s == nil {
				s = NewSet()
			}
			for _, x := range f.regs[b : b+c] {
				if err = s.Add(x); err != nil {
					goto raise
				}
			}
			f.reg()[a] = s.Value()
		case op.BUILD_MAP:
			a, b, c := int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			d := NewDictSized(c)
			for i := 0; i < c; i++ {
				if err = d.SetItem(f.reg()[b+2*i], f.reg()[b+2*i+1]); err != nil {
					goto raise
				}
			}
			f.reg()[a] = d.Value()
		case op.BUILD_STRING:
			a, b, c := int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			f.reg()[a] = buildString(f.regs[b : b+c])
		case op.LIST_APPEND:
			a, b := int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			l := ptrOf[List](f.reg()[a])
			l.items = listAppend(l.items, f.reg()[b])
		case op.SET_ADD:
			a, b := int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			if err = ptrOf[Set](f.reg()[a]).Add(f.reg()[b]); err != nil {
				goto raise
			}
		case op.MAP_ADD:
			a, b, c := int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			if err = f.reg()[a].AsDict().SetItem(f.reg()[b], f.reg()[c]); err != nil {
				goto raise
			}
		case op.LIST_EXTEND:
			a, b := int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			if err = displayExtend(ptrOf[List](f.reg()[a]), f.reg()[b], code.instrs, pc, a); err != nil {
				if err.Matches(TypeErrorType) && f.reg()[b].Type().Iter == nil && f.reg()[b].Type().GetItem == nil {
					err = NewTypeError("Value after * must be an iterable, not %s", f.reg()[b].Type().Name)
				}
				goto raise
			}
		case op.SET_UPDATE:
			a, b := int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			if err = interpSetUpdate(ptrOf[Set](f.reg()[a]), f.reg()[b]); err != nil {
				goto raise
			}
		case op.DICT_UPDATE:
			a, b := int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			if err = interpDictUpdate(f.reg()[a].AsDict(), f.reg()[b], Value{}); err != nil {
				goto raise
			}
		case op.DICT_MERGE:
			a, b, c := int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			if err = interpDictUpdate(f.reg()[a].AsDict(), f.reg()[b], f.reg()[c]); err != nil {
				goto raise
			}
		case op.LIST_TO_TUPLE:
			a, b := int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			f.reg()[a] = listToTuple(ptrOf[List](f.reg()[b])) // star_display.go
		case op.FORMAT_VALUE:
			a, b, c := int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			var spec Value
			if c&4 != 0 {
				spec = f.reg()[b+1]
			}
			if v, e := formatValue(f.reg()[b], spec, c); e != nil {
				err = e
				goto raise
			} else {
				f.reg()[a] = v
			}
		case op.UNPACK_SEQUENCE:
			a, b, c := int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			if x := f.reg()[b]; x.Type() == TupleType {
				if items := ptrOf[Tuple](x).items; len(items) == c {
					copy(f.regs[a:a+c], items)
					break
				}
			}
			if err = unpackSequence(f.reg()[b], f.regs[a:a+c]); err != nil {
				goto raise
			}
		case op.UNPACK_EX:
			a, b, c := int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			if err = unpackEx(f.reg()[b], f.regs[a:], c&0xff, c>>8); err != nil {
				goto raise
			}

		case op.MAKE_FUNCTION:
			a, b, c := int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			if fn := compFunction(f, ptrOf[Code](code.k()[b]), f.regs[a:], c); fn != nil {
				f.reg()[a] = ValueOf(fn)
				break
			}
			f.reg()[a] = makeFunction(f, code.k()[b], f.regs[a:], c)
		case op.LOAD_BUILD_CLASS:
			a := int(opw>>8) & 0xffffff
			v, ok, e := builtinsGet(f, Intern("__build_class__"))
			if err = e; err != nil {
				goto raise
			}
			if !ok {
				err = NewNameError("__build_class__ not found")
				goto raise
			}
			f.reg()[a] = v
		case op.SETUP_ANNOTATIONS:
			if err = setupAnnotations(f); err != nil {
				goto raise
			}
		case op.IMPORT_NAME:
			a, bx := int(opw>>8)&0xffffff, int(opw>>32)&0xffff|int(opw>>48)<<8
			f.pc, f.lasti = pc, start
			if v, e := importName(f, code.names[bx], f.reg()[a], f.reg()[a+1]); e != nil {
				err = e
				goto raise
			} else {
				f.reg()[a] = v
			}
		case op.IMPORT_FROM:
			a, b, c := int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			if v, e := importFrom(f.reg()[b], code.names[c]); e != nil {
				err = e
				goto raise
			} else {
				f.reg()[a] = v
			}
		case op.IMPORT_STAR:
			a := int(opw>>8) & 0xffffff
			if err = importStar(f, f.reg()[a]); err != nil {
				goto raise
			}
		case op.PRINT_EXPR:
			a := int(opw>>8) & 0xffffff
			if err = printExpr(f.reg()[a]); err != nil {
				goto raise
			}
		case op.LOAD_ASSERTION_ERROR:
			a := int(opw>>8) & 0xffffff
			f.reg()[a] = AssertionErrorType.Value()

		case op.RAISE:
			a, b, c := int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			var x, cause Value
			if c > 0 { // a bare raise has no operands (its frame may have no registers)
				x = f.reg()[a]
			}
			if c > 1 {
				cause = f.reg()[b]
			}
			err = doRaise(th, x, cause, c)
			if c == 0 && err == th.topHandled() {
				// A bare raise keeps the traceback as it is, as CPython's.
				f.lasti = start
				goto unwind
			}
			goto raise
		case op.RERAISE:
			a, b := int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			e, _ := f.reg()[a].TryException()
			if e == nil {
				err = NewSystemError("RERAISE of a non-exception")
				goto raise
			}
			// The handler is looked up at the RERAISE itself; R[a+1] (the
			// original lasti, when b != 0) only matters for f_lineno.
			err = e
			f.lasti = start
			if b != 0 && th.tr != nil {
				th.traceReraise(f, f.reg()[a+1])
			}
			if b != 0 && f.obj != nil {
				frameReraiseLine(f, f.reg()[a+1]) // traceback.go
			}
			f.reg()[a] = Value{} // dead now: an outer handler must not keep it alive
			goto unwind
		case op.PUSH_EXC_INFO:
			a, b := int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			if th.handled == nil {
				f.reg()[a] = None
			} else {
				f.reg()[a] = th.handled.Value()
			}
			th.handled, _ = f.reg()[b].TryException()
		case op.POP_EXCEPT:
			a := int(opw>>8) & 0xffffff
			th.handled, _ = f.reg()[a].TryException()
		case op.CHECK_EXC_MATCH:
			a, b, c := int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			m, e := exceptionMatches(f.reg()[b], f.reg()[c])
			if e != nil {
				err = e
				goto raise
			}
			f.reg()[a] = Bool(m)
		case op.CHECK_EG_MATCH:
			a, b, c := int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			f.pc, f.lasti = pc, start
			if f.reg()[a], f.reg()[a+1], err = checkEgMatch(f, f.reg()[b], f.reg()[c]); err != nil {
				goto raise
			}
			if m, ok := f.reg()[a+1].TryException(); ok {
				th.handled = m
			}
		case op.PREP_RERAISE_STAR:
			a, b := int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			if f.reg()[a], err = prepReraiseStar(f.reg()[a], f.reg()[b]); err != nil {
				goto raise
			}
		case op.BEFORE_WITH:
			a, b := int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			// Registers from R[a] up are free temporaries (CPython's stack
			// is empty there): drop what finished calls left in them so
			// __enter__ does not see their objects kept alive.
			mgr := f.reg()[b]
			clear(f.regs[a:])
			f.reg()[a], f.reg()[a+1], err = beforeWith(mgr)
			if err != nil {
				goto raise
			}
		case op.WITH_EXCEPT_START:
			a, b, c := int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			x := f.reg()[c]
			tb := None
			if e, ok := x.TryException(); ok && e.Traceback != nil {
				tb = ValueOf(e.Traceback)
			}
			f.pc, f.lasti = pc, start
			if v, e := Call(f.reg()[b], []Value{x.Type().Value(), x, tb}, nil); e != nil {
				err = e
				goto raise
			} else {
				f.reg()[a] = v
			}
		case op.GET_LEN:
			a, b := int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			n, e := Len(f.reg()[b])
			if e != nil {
				err = e
				goto raise
			}
			f.reg()[a] = Int(int64(n))
		case op.GET_AWAITABLE:
			a, b, c := int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			if c == 0 && th.tr == nil { // a Python __await__ generator: perfcall_await.go
				if a == b {
					if gf := th.awaitFresh(f, a, pc); gf != nil { // `await f()`: coro15_await.go
						f = gf
						reload()
						continue
					}
				}
				if g, ok, e := awaitGenerator(f, f.reg()[b], a, pc); e != nil {
					err = e
					goto raise
				} else if ok {
					f.reg()[a] = g
					break
				}
			}
			if v, e := getAwaitable(f.reg()[b], c); e != nil {
				err = e
				goto raise
			} else {
				f.reg()[a] = v
			}
		case op.GET_AITER:
			a, b := int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			if v, e := getAIter(f.reg()[b]); e != nil {
				err = e
				goto raise
			} else {
				f.reg()[a] = v
			}
		case op.GET_ANEXT:
			a, b := int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			if v, e := getANext(f.reg()[b]); e != nil {
				err = e
				goto raise
			} else {
				f.reg()[a] = v
			}
		case op.END_ASYNC_FOR:
			a := int(opw>>8) & 0xffffff
			e, _ := f.reg()[a].TryException()
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
			a, b := int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			f.reg()[a], f.reg()[a+1], err = beforeAsyncWith(f.reg()[b])
			if err != nil {
				goto raise
			}
		case op.ASYNC_GEN_WRAP:
			a, b := int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			f.reg()[a] = ValueOf(&asyncGenWrapped{Header{asyncGenWrapType}, f.reg()[b]})
		case op.MATCH_MAPPING:
			a, b := int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			f.reg()[a] = Bool(isMatchMapping(f.reg()[b]))
		case op.MATCH_SEQUENCE:
			a, b := int(opw>>8)&0xffffff, int(opw>>32)&0xffff
			f.reg()[a] = Bool(isMatchSequence(f.reg()[b]))
		case op.MATCH_KEYS:
			a, b, c := int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			if v, e := matchKeys(f.reg()[b], f.reg()[c]); e != nil {
				err = e
				goto raise
			} else {
				f.reg()[a] = v
			}
		case op.MATCH_CLASS:
			a, b, c := int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			if v, e := matchClass(f.reg()[b], f.reg()[b+1], f.reg()[b+2], c); e != nil {
				err = e
				goto raise
			} else {
				f.reg()[a] = v
			}
		case op.COPY_DICT_WITHOUT_KEYS:
			a, b, c := int(opw>>8)&0xffffff, int(opw>>32)&0xffff, int(opw>>48)
			if v, e := copyDictWithoutKeys(f.reg()[b], f.reg()[c]); e != nil {
				err = e
				goto raise
			} else {
				f.reg()[a] = v
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
				opw = reOperand(code.instrs, start, pc, o)
			}
			goto dispatch
		default:
			opc := op.Opcode(opw)
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
				gens := unwoundGens(f.regs[h.Reg+1:]) // compat19a_frameclear.go
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
				if gens != nil {
					finalizeCleared(gens)
				}
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
					fo.lineno, fo.lasti, fo.lineLazy = l, f.lasti, false
				}
			}
			dropFrameTemps(f) // compat19a_frameclear.go
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
		nf := th.pushCall(f, fn, first, n) // frame.go (and the cells)
		th.depth++
		th.cur = nf
		return nf, Value{}, nil
	}
	if nf := th.callKwPlanned(f, fn, first, n, kwnames, ce); nf != nil { // callm16_kwcall.go
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
	// bindPlanned writes or clears the parameters: only the rest is cleared.
	clearRegs(nf.regs[co.nparams:])
	p, err := bindPlanned(fn, args, kwnames, nf.regs, ce) // bind_plan.go
	if err != nil {
		th.popFrame(nf)
		return nil, Value{}, err
	}
	if p != nil && p.lend {
		nf.lend = p // kw18_lend.go
	}
	clearRegs(args) // the callee owns them now, as CPython's moved references
	if co.needsCellSetup() {
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
	if co.plainArgs && len(kwnames) == 0 && len(args) == co.argcount {
		// Exact positional call (key functions, map): only the registers
		// above the arguments need clearing. Loops rather than copy and
		// clear: for a few Values they beat typedslicecopy and
		// memclrHasPointers with their bulk write barriers.
		regs := nf.regs
		for i, a := range args {
			regs[i] = a
		}
		for i := len(args); i < len(regs); i++ {
			regs[i] = Value{}
		}
	} else {
		clearRegs(nf.regs) // call13_regs.go
		// Positional calls bind through the code's plan (call13_extuple.go).
		if len(kwnames) != 0 || !bindExPlanned(fn, args, nf.regs) {
			if err := bindArgs(fn, args, kwnames, nf.regs); err != nil {
				th.popFrame(nf)
				return Value{}, err
			}
		}
	}
	nf.fn, nf.globals, nf.builtins = fn, fn.globals, fn.builtins
	return th.runPlain(nf) // call17_reentry.go: cells, no deferred recover
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
	presizeNamespace(co, locals) // startup10_namespace.go
	setupCells(nf, nil)
	for i, c := range closure {
		nf.regs[len(co.varnames)+int(co.ncells)+i] = ValueOf(c)
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
	if r-len(co.varnames) < int(co.ncells) {
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
	if t == SuperType { // super().f(...): perf10a_super.go
		if fn, self, ok := superMethod(obj, name); ok {
			return fn, self, nil
		}
	}
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
		if fn, self, ok := loadWrappedMethod(obj, t, name, descr); ok { // perf11c_loadmethod.go
			return fn, self, nil
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
	if len(hiddenTracebackFiles) > 0 && hiddenTracebackFiles[f.code.c.Filename] {
		return // export_ctypes10.go
	}
	fo := frameObject(f)
	// The line is found when a traceback is shown (startup12b_lines.go).
	e.Traceback = &Traceback{Header: Header{TracebackType}, Next: e.Traceback,
		Frame: fo, Lasti: f.lasti, lineLazy: true}
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
	f.obj.lineLazy = true // the line of lasti, found if asked (startup12b_lines.go)
	f.obj.lasti = f.lasti
	return f.obj
}

func init() {
	_ = fmt.Sprint
}
