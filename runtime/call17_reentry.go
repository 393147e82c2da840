// This file defines the fast re-entry of Go code into a Python function
// called with exactly its positional parameters (map's function, sort's and
// min's key, filter's predicate, reduce's function, a dunder method called
// through its slot): the arguments are written straight into the callee's
// register window, and a call made while Python code is running skips
// run()'s deferred recover, which the enclosing run() already provides.

package runtime

// plainCallee returns callable as a *Function when a call of it with n
// positional arguments and no keywords binds them to its first n
// registers in order (no defaults, cells of arguments aside, *args or
// generator), else nil. It is checked per call: a function's __code__ can
// be replaced between two calls.
func plainCallee(callable Value, n int) *Function {
	if callable.Type() != FunctionType {
		return nil
	}
	fn := ptrOf[Function](callable)
	if co := fn.code; !co.plainArgs || co.argcount != n {
		return nil
	}
	return fn
}

// pushPlain takes a pooled frame for a call of fn with its window at the
// top of the slab, clears the registers from n up and sets the frame's
// function fields: the caller writes the n arguments, then calls runPlain.
// It is pushFrame without the fields runPlain (or run) sets anyway, since
// every pointer store into the frame pays a write-barrier check.
func (th *Thread) pushPlain(fn *Function, n int) *frame {
	co := fn.code
	var nf *frame
	if th.npool < len(th.pool) {
		nf = th.pool[th.npool]
	} else {
		nf = &frame{}
		th.pool = append(th.pool, nf)
	}
	th.npool++
	base, nr := th.top, co.c.NumRegs
	nf.prevTop = base
	if base+nr > len(th.slab) {
		nf.prevSlab = th.slab // given back by popFrame
		th.slab = make([]Value, max(slabSize, 2*nr))
		base = 0
	}
	regs := th.slab[base : base+nr : base+nr]
	th.top = base + nr
	// A loop beats clear's memclrHasPointers call on a small window.
	for i := n; i < len(regs); i++ {
		regs[i] = Value{}
	}
	nf.regs, nf.base, nf.code = regs, base, co
	if co.caches == nil {
		co.initCaches()
	}
	nf.pc, nf.lasti = 0, 0
	if nf.gen != nil || !nf.locals.IsNull() {
		nf.gen, nf.locals = nil, Value{} // left by a generator's or module's push
	}
	nf.yielded = false
	// popFrame cleared obj and ctor.
	nf.fn, nf.globals, nf.builtins = fn, fn.globals, fn.builtins
	return nf
}

// runPlain runs nf, pushed by pushPlain with its arguments written, and
// releases it. While a Python frame is running, an enclosing run() turns a
// Go panic into a SystemError and unwinds this frame too (see run's
// deferred function), so the loop is entered directly, as a generator
// resumed from running code is (generator.go).
func (th *Thread) runPlain(nf *frame) (Value, *Exception) {
	if !nf.code.simple {
		setupCells(nf, nf.fn) // after the arguments: a cell may hold one
	}
	th.depth++
	var r Value
	var err *Exception
	if caller := th.cur; caller != nil {
		nf.entry = true
		nf.back = caller
		th.cur = nf
		traceEnter(nf.code)
		r, err = th.loop(nf)
		th.cur = caller
	} else {
		r, err = th.run(nf)
	}
	th.depth--
	th.popFrame(nf)
	return r, err
}

// callPlain1 returns fn(x) for fn accepted by plainCallee(fn, 1).
func callPlain1(fn *Function, x Value) (Value, *Exception) {
	th := curThread
	if th.depth >= th.recursionLimit {
		return Value{}, NewRecursionError("maximum recursion depth exceeded")
	}
	nf := th.pushPlain(fn, 1)
	nf.regs[0] = x
	return th.runPlain(nf)
}

// callPlain2 returns fn(x, y) for fn accepted by plainCallee(fn, 2).
func callPlain2(fn *Function, x, y Value) (Value, *Exception) {
	th := curThread
	if th.depth >= th.recursionLimit {
		return Value{}, NewRecursionError("maximum recursion depth exceeded")
	}
	nf := th.pushPlain(fn, 2)
	nf.regs[0], nf.regs[1] = x, y
	return th.runPlain(nf)
}

// Call1 returns callable(x): for Go code (native modules) calling a
// Python function per item, without an argument slice.
func Call1(callable, x Value) (Value, *Exception) { return callOne(callable, x) }

// Call2 returns callable(x, y), as Call1.
func Call2(callable, x, y Value) (Value, *Exception) { return callTwo(callable, x, y) }
