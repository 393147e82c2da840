// This file defines the scratch set of `len({... for ...})`: a set
// comprehension whose result goes straight to the builtin len (nqueens'
// `len({p[i] + i for i in range(n)}) == n`). Such a set is built, counted
// and dropped: nothing else can see it (it lives in the comprehension's
// hidden result register, then in the caller's argument register of the
// len call that comes next, with no Python code in between), and its
// iteration order does not matter. So instead of a new set and a 32-slot
// table per run, every run on a thread builds into one kept set, whose
// table len clears for the next run.
//
// The comprehension's first instruction, BUILD_SET, takes the scratch set
// when the instruction its caller resumes at is a one-argument call of
// the builtin len on the comprehension's result register. len gives it
// back. A comprehension that raises never reaches len: its set stays
// taken until the same frame record runs a comprehension again (the old
// run is over by then), and meanwhile other runs allocate as before.

package runtime

import (
	"unsafe"

	op "krait/compiler"
)

// lenScratchSlots is the scratch set's inline table; len drops a bigger
// table it grew, so that clearing stays cheap.
const lenScratchSlots = 32

// lenScratchBox is the scratch set with its inline table.
type lenScratchBox struct {
	s Set
	t [lenScratchSlots]setEntry
}

// lenScratch is the scratch set's state, touched only with the GIL held.
// owner and frame name the thread and frame record of the comprehension
// that took it, while busy.
var lenScratch struct {
	box   *lenScratchBox
	busy  bool
	owner *Thread
	frame *frame
}

// builtinLenMethod is the Method of builtins.len.
var builtinLenMethod *Method

func init() {
	for i := range builtinFunctions {
		if builtinFunctions[i].Name == "len" {
			builtinLenMethod = &builtinFunctions[i]
		}
	}
}

// isBuiltinLen reports whether v is builtins.len.
func isBuiltinLen(v Value) bool {
	return v.Type() == BuiltinFunctionType && ptrOf[BuiltinFunction](v).m == builtinLenMethod
}

// takeLenScratch returns the scratch set for the BUILD_SET at pc start of
// f, a set comprehension's frame, when f's result goes straight to
// len(); nil otherwise (the caller makes a new set).
func takeLenScratch(th *Thread, f *frame, start int) *Set {
	if start != 0 || th.tr != nil || f.back == nil || f.code.name.S != "<setcomp>" {
		return nil
	}
	caller := f.back
	if caller.pc >= len(caller.code.instrs) {
		return nil
	}
	in, ok := shortInstr(caller.code.instrs[caller.pc])
	if !ok || (in.op != op.CALL && in.op != op.CALL_BUILTIN) || in.b != 1 || int(in.a)+1 != f.retReg {
		return nil
	}
	if !isBuiltinLen(caller.regs[in.a]) {
		return nil
	}
	sc := &lenScratch
	if sc.busy && (sc.owner != th || sc.frame != f) {
		return nil // a run still building or counting it (nested, or another thread)
	}
	if sc.box == nil {
		sc.box = &lenScratchBox{s: Set{Header: Header{SetType}, hash: -1}}
		sc.box.s.table = sc.box.t[:]
	}
	s := &sc.box.s
	if s.used != 0 || s.fill != 0 {
		resetLenScratch(s) // taken back from a run that raised
	}
	sc.busy, sc.owner, sc.frame = true, th, f
	return s
}

// releaseLenScratch gives the scratch set back when v is it: len has
// counted it, the last use of that run's set.
func releaseLenScratch(v Value) {
	sc := &lenScratch
	if !sc.busy || v.p != unsafe.Pointer(&sc.box.s) {
		return
	}
	resetLenScratch(&sc.box.s)
	sc.busy, sc.owner, sc.frame = false, nil, nil
}

// resetLenScratch empties the scratch set s for its next run, dropping a
// table grown beyond the inline one.
func resetLenScratch(s *Set) {
	box := (*lenScratchBox)(unsafe.Pointer(s))
	if len(s.table) > lenScratchSlots {
		s.table = box.t[:]
	}
	clear(s.table)
	s.fill, s.used, s.finger, s.hash = 0, 0, 0, -1
	s.epoch++
}

// compCallOf reports whether in, the instruction after `GET_ITER a a`, is
// the call of a comprehension's function (in register a-1) with that
// iterator as its only argument: `{... for i in range(n)}`. The function
// loops over the iterator to its end (or raises) and nothing else can
// refer to it (the argument register is a temporary, the comprehension's
// `.0` the same slab slot or a copy of it), so its FOR_ITER may recycle it
// as a for loop's (perfalloc_rangeiter.go).
func compCallOf(in shortOperands, regs []Value, a int) bool {
	if in.op != op.CALL && in.op != op.CALL_PY || in.b != 1 || int(in.a)+1 != a {
		return false
	}
	fn := regs[in.a]
	return fn.Type() == FunctionType && ptrOf[Function](fn).code.comp == compYes
}

// disownRecycled is called for each register gc.get_objects and its kin
// walk: an object they hand out can be kept, so the scratch set stops
// being the scratch set (the next run makes another) and a fresh range
// iterator stops being recycled.
func disownRecycled(x Value) {
	if sc := &lenScratch; sc.box != nil && x.p == unsafe.Pointer(&sc.box.s) {
		sc.box, sc.busy, sc.owner, sc.frame = nil, false, nil, nil
	}
	if !x.IsNull() && x.Type() == RangeIterType {
		ptrOf[rangeIter](x).fresh = false
	}
}
