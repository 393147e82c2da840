// This file defines the interpreter's frame records and the per-thread
// register slab frames take their windows from (DESIGN.md §6): a
// Python-to-Python call takes the callee's window right above the caller's
// argument registers, so the arguments are already in place.

package runtime

import "krait/compiler"

// frame is the interpreter's record of one executing code object.
type frame struct {
	code     *Code
	fn       *Function // nil for module and class bodies
	regs     []Value
	base     int // index of regs[0] in the thread's slab, or -1 for a heap window
	pc       int
	lasti    int // the instruction being executed, for tracebacks
	globals  *Dict
	builtins *Dict
	locals   Value // the namespace of LOAD_NAME/STORE_NAME (null in functions)
	back     *frame
	retReg   int // the caller register that receives the result
	prevTop  int
	prevSlab []Value
	entry    bool       // the frame the current run() call started with
	yielded  bool       // the frame suspended at a YIELD_VALUE
	gen      *Generator // the generator this frame belongs to, if any
	handled  *Exception // the handled exception saved at entry (sys.exc_info)
	obj      *Frame     // the materialized frame object, if any
	ctor     Value      // an __init__ frame pushed by a class call: the new instance, returned in place of None
	lent     *Tuple     // the *args tuple header lent to MethBorrowArgs builtins called from this frame
	lentBusy bool
	binop    uint8 // an operator dunder's frame (perf_binop.go): its BinOp plus one
	// extraDepth is the recursion depth the frame holds beyond its own
	// level (a callable instance's __call__: perf_callinst.go).
	extraDepth uint8
	// lend is the call plan this frame gives its *args and **kwargs back
	// to when it ends (kw18_lend.go); nil once they may be kept elsewhere.
	lend *callPlan
}

// slabSize is the number of registers in one slab chunk.
const slabSize = 1 << 16

// window reserves n registers at base (the callee's argument position) of
// the current slab, or at the start of a new chunk when they do not fit.
func (th *Thread) pushFrame(co *Code, base int) *frame {
	var f *frame
	if th.npool < len(th.pool) {
		f = th.pool[th.npool]
	} else {
		f = &frame{}
		th.pool = append(th.pool, f)
	}
	th.npool++
	n := co.c.NumRegs
	f.prevTop = th.top
	if base+n > len(th.slab) {
		f.prevSlab = th.slab // given back by popFrame
		th.slab = make([]Value, max(slabSize, 2*n))
		base = 0
	}
	f.regs = th.slab[base : base+n : base+n]
	f.base = base
	th.top = base + n
	f.code = co
	if co.caches == nil {
		co.initCaches()
	}
	f.pc, f.lasti = 0, 0
	f.back, f.gen, f.yielded, f.entry, f.obj = nil, nil, false, false, nil
	f.locals, f.ctor = Value{}, Value{}
	f.fn = nil
	return f
}

// pushCall is pushFrame for a Python-to-Python call of fn whose n
// positional arguments are f.regs[first:first+n] and bind to its first
// parameters: the window starts at the first argument when it can
// (calleeBase), the rest of it is cleared, and the record gets fn and its
// caller f. It sets everything pushFrame sets, in one pass, and the cell
// registers as setupCells does.
func (th *Thread) pushCall(f *frame, fn *Function, first, n int) *frame {
	co := fn.code
	var nf *frame
	if th.npool < len(th.pool) {
		nf = th.pool[th.npool]
	} else {
		nf = &frame{}
		th.pool = append(th.pool, nf)
	}
	th.npool++
	base := th.calleeBase(f, first-1)
	nr := co.c.NumRegs
	nf.prevTop = th.top
	if base+nr > len(th.slab) {
		nf.prevSlab = th.slab
		th.slab = make([]Value, max(slabSize, 2*nr))
		base = 0
	}
	regs := th.slab[base : base+nr : base+nr]
	th.top = base + nr
	// The arguments are in place unless the window moved to a new slab
	// chunk or the caller's window is not in the slab (a generator's).
	if n > 0 && &regs[0] != &f.regs[first] {
		copy(regs, f.regs[first:first+n])
	}
	if nr-n <= 8 {
		// A loop beats clear's memclrHasPointers call on small windows.
		for i := n; i < len(regs); i++ {
			regs[i] = Value{}
		}
	} else {
		clear(regs[n:])
	}
	nf.regs, nf.base, nf.code = regs, base, co
	if co.caches == nil {
		co.initCaches()
	}
	nf.pc, nf.lasti = 0, 0
	nf.gen, nf.yielded, nf.entry, nf.obj = nil, false, false, nil
	nf.locals, nf.ctor = Value{}, Value{}
	nf.fn, nf.globals, nf.builtins, nf.back = fn, fn.globals, fn.builtins, f
	if co.simple {
		return nf
	}
	if co.ncells != 0 {
		setupCells(nf, fn)
		return nf
	}
	// Free variables only (lambda x: x + k, a decorator's wrapper), the
	// common case: setupCells's copy of the closure's cells written out.
	free := regs[len(co.varnames):]
	for i, c := range fn.closure {
		free[i] = ValueOf(c)
	}
	return nf
}

// popFrame releases the innermost pooled frame.
func (th *Thread) popFrame(f *frame) {
	if f.lend != nil {
		f.lend.reclaim(f) // kw18_lend.go
		f.lend = nil
	}
	if f.obj != nil && f.obj.saved == nil {
		frameSaveLocals(f) // f_locals of a frame object that outlives its frame
	}
	th.top = f.prevTop
	th.npool--
	if f.prevSlab != nil { // the frame's window began a new slab chunk
		th.slab, f.prevSlab = f.prevSlab, nil
		for _, g := range th.pool[th.npool:] {
			g.regs = nil // windows in the chunk dropped
		}
	}
	if f.extraDepth != 0 {
		th.depth -= int(f.extraDepth)
		f.extraDepth = 0
	}
	// The pool entry must not keep the frame object (and through it the
	// traceback's saved locals), the function (its closure and defaults),
	// its namespace or its caller (a generator's frame is inside the
	// generator) alive after the frame ends. regs and builtins point at
	// what the thread keeps alive anyway (its slab, the builtins dict) and
	// are overwritten by the next push.
	f.fn, f.code, f.globals, f.back, f.obj = nil, nil, nil, nil, nil
	f.ctor = Value{}
	f.binop = 0
}

// calleeBase returns where the window of a frame called from f (at
// register a) starts: right above the callee register when f's window is
// in the current slab chunk (the arguments are then already in place),
// else at the top of the slab.
func (th *Thread) calleeBase(f *frame, a int) int {
	// Only a frame whose window really is th.slab[f.base:] (not a
	// generator's heap window) can pass its argument registers in place.
	if f.base >= 0 && len(f.regs) > 0 && f.base < len(th.slab) && &f.regs[0] == &th.slab[f.base] {
		return f.base + a + 1
	}
	return th.top
}

// enterFrame makes nf, a frame pushed for a call of fn from f with its
// arguments bound, the running frame.
func (th *Thread) enterFrame(nf, f *frame, fn *Function) {
	th.depth++
	nf.fn, nf.globals, nf.builtins = fn, fn.globals, fn.builtins
	nf.back = f
	th.cur = nf
}

// needsCellSetup reports whether a frame of co needs setupCells: only cells,
// free variables or module-level code (which keeps its locals in a dict) do.
func (co *Code) needsCellSetup() bool {
	return co.ncells|co.nfree != 0 || co.flags&compiler.CoOptimized == 0
}

// setupCells creates the cell registers of a frame: new cells for the
// code's cellvars (holding the argument of the same name) and the closure's
// cells for its freevars.
func setupCells(f *frame, fn *Function) {
	co := f.code
	nv := len(co.varnames)
	for i := 0; i < int(co.ncells); i++ {
		var v Value
		if j := co.cellArg[i]; j >= 0 {
			v = f.regs[j]
		}
		f.regs[nv+i] = ValueOf(newCell(v))
	}
	if fn != nil {
		// A function made from module or class code (no CO_OPTIMIZED)
		// runs with its globals as its locals, as CPython's
		// _PyFunction_Vectorcall.
		if co.flags&compiler.CoOptimized == 0 && f.locals.IsNull() {
			f.locals = fn.globals.Value()
		}
		for i, c := range fn.closure {
			f.regs[nv+int(co.ncells)+i] = ValueOf(c)
		}
	}
}

// isGeneratorCode reports whether calling co creates a generator.
func isGeneratorCode(co *Code) bool {
	return co.flags&(compiler.CoGenerator|compiler.CoCoroutine|compiler.CoAsyncGenerator) != 0
}
