// This file defines generators and coroutines: frames whose register window
// lives on the heap, resumed by the interpreter at their saved pc (never
// goroutines, DESIGN.md §6).

package runtime

import (
	"fmt"

	"krait/compiler"
)

// GeneratorType and CoroutineType are Python's generator and coroutine.
var (
	GeneratorType = newBuiltinType("generator", ObjectType, 0)
	CoroutineType = newBuiltinType("coroutine", ObjectType, 0)
)

// Generator is a generator or coroutine object.
type Generator struct {
	Header
	f           frame
	running     bool
	started     bool
	finished    bool
	finalizer   bool  // it has a finalizer that closes it (gen_finalize.go)
	fresh       uint8 // only the consumer's register refers to it (perfobj_corecycle.go)
	via         uint8 // how the loop resumed it (generator_loop.go), or genViaGo
	hooksInited bool  // an async generator ran sys's asyncgen hooks (asyncgen_hooks.go)
	queued      bool  // a new coroutine waiting in unawaitedQueue for its finalizer (coro_unawaited.go)
	sendReg     int32 // register receiving the sent value at resumption
	delegateReg int32 // c of the last YIELD_VALUE: 1 + register of the yield-from delegate, or 0
	name        Value
	qualname    Value
	handled     *Exception // the exception its except clause handles while suspended (gi_exc_state)
	site        *frameSite // where a coroutine was created, for the never-awaited warning (coro_unawaited.go)
}

// newGeneratorFrame binds the arguments of fn and returns the generator,
// without running any of its code.
func newGeneratorFrame(fn *Function, args []Value, kwnames []*Str) (Value, *Exception) {
	g, err := newGeneratorObject(fn, args, kwnames)
	if err == nil && g.Type() == CoroutineType {
		ptrOf[Generator](g).noteUnawaited() // coro_unawaited.go
		if coroOriginDepth > 0 {
			ptrOf[Generator](g).noteOrigin() // coro_origin.go
		}
	}
	return g, err
}

// newGeneratorObject is newGeneratorFrame without the never-awaited
// finalizer of coroutines, for a caller that knows the coroutine starts
// at once (`await f()`): a finalizer per coroutine is costly and keeps it
// from being recycled.
func newGeneratorObject(fn *Function, args []Value, kwnames []*Str) (Value, *Exception) {
	co := fn.code
	t := GeneratorType
	if co.flags&compiler.CoCoroutine != 0 {
		t = CoroutineType
	} else if co.flags&compiler.CoAsyncGenerator != 0 {
		t = AsyncGenType
	}
	g, regs := allocGenerator(co.c.NumRegs)
	g.Header, g.name, g.qualname = Header{t}, fn.name, fn.qualname
	f := &g.f
	f.code = co
	if co.caches == nil { // as pushFrame: set up once per code object
		co.initCaches()
	}
	f.regs = regs
	f.base = -1
	if len(kwnames) == 0 && len(args) == co.argcount && co.c.KwOnlyArgCount == 0 &&
		co.flags&(compiler.CoVarargs|compiler.CoVarkeywords) == 0 {
		// Exact positional arguments: nothing to bind. A loop, not copy:
		// Go's typed copy costs more than the few stores of a short list.
		for i, v := range args {
			regs[i] = v
		}
	} else if err := bindArgs(fn, args, kwnames, f.regs); err != nil {
		return Value{}, err
	}
	if co.needsCellSetup() {
		setupCells(f, fn) // as callPython: only cells, free variables or module-level code need it
	}
	f.fn, f.globals, f.builtins = fn, fn.globals, fn.builtins
	f.gen = g
	return ValueOf(g), nil
}

// kind names g's type in messages: generator, coroutine, async generator.
func (g *Generator) kind() string {
	switch g.typ {
	case CoroutineType:
		return "coroutine"
	case AsyncGenType:
		return "async generator"
	}
	return "generator"
}

// allocGenerator allocates a generator and its register window together
// when the window is small (one allocation instead of two per generator
// created, and generators are often created per item). The window sizes
// fill Go's size classes exactly for a 256-byte Generator.
func allocGenerator(n int) (*Generator, []Value) {
	if g, regs, ok := reuseGenerator(n); ok {
		return g, regs
	}
	switch {
	case n <= 2:
		p := &genR2{}
		return &p.g, p.r[:n:n]
	case n <= 4:
		p := &genR4{}
		return &p.g, p.r[:n:n]
	case n <= 6:
		p := &genR6{}
		return &p.g, p.r[:n:n]
	case n <= 8:
		p := &genR8{}
		return &p.g, p.r[:n:n]
	case n <= 12:
		p := &genR12{}
		return &p.g, p.r[:n:n]
	case n <= 16:
		p := &genR16{}
		return &p.g, p.r[:n:n]
	case n <= 24:
		p := &genR24{}
		return &p.g, p.r[:n:n]
	}
	return &Generator{}, make([]Value, n)
}

// Generators with their register windows inline.
type (
	genR2 struct {
		g Generator
		r [2]Value
	}
	genR4 struct {
		g Generator
		r [4]Value
	}
	genR6 struct {
		g Generator
		r [6]Value
	}
	genR8 struct {
		g Generator
		r [8]Value
	}
	genR12 struct {
		g Generator
		r [12]Value
	}
	genR16 struct {
		g Generator
		r [16]Value
	}
	genR24 struct {
		g Generator
		r [24]Value
	}
)

// resume runs the generator with v sent in (or exc thrown in). It returns
// the yielded value (done false) or the return value (done true).
func (g *Generator) resume(v Value, exc *Exception) (Value, bool, *Exception) {
	if g.running {
		return Value{}, false, NewValueError("%s already executing", g.kind())
	}
	if g.finished {
		if g.typ == CoroutineType {
			return Value{}, true, NewRuntimeError("cannot reuse already awaited coroutine")
		}
		if exc != nil {
			return Value{}, true, exc
		}
		return Value{}, true, nil
	}
	if !g.started && exc == nil && !v.IsNull() && !v.IsNone() {
		return Value{}, false, NewTypeError("can't send non-None value to a just-started %s", g.kind())
	}
	th := curThread
	if th.depth >= th.recursionLimit {
		return Value{}, false, NewRecursionError("maximum recursion depth exceeded")
	}
	f := &g.f
	fresh := !g.started
	g.fresh = freshNone
	if g.started && exc == nil {
		f.regs[g.sendReg] = nullToNone(v)
	}
	g.started, g.running = true, true
	f.yielded = false
	f.prevTop = th.top
	th.depth++
	th.outerHandled = append(th.outerHandled, th.handled)
	th.handled = g.handled
	var r Value
	var err *Exception
	if exc != nil {
		r, err = th.throwInto(f, exc, fresh)
	} else if th.cur != nil {
		// Resumed from running Python code: the enclosing run() already
		// turns a Go panic into a SystemError, so skip run's deferred
		// recover (measurable per item of a generator pipeline).
		caller := th.cur
		f.entry = true
		f.back = caller
		th.cur = f
		traceEnter(f.code) // as eval does: made before tracing began, or by a Go caller
		r, err = th.loop(f)
		th.cur = caller
	} else {
		r, err = th.run(f)
	}
	f.back = nil // as genLeave does (generator_loop.go)
	g.handled = th.handled
	n := len(th.outerHandled) - 1
	th.handled = th.outerHandled[n]
	th.outerHandled[n] = nil // the popped exception must not stay reachable
	th.outerHandled = th.outerHandled[:n]
	th.depth--
	g.running = false
	if err != nil && f.yielded {
		return Value{}, false, err // still suspended (throwInto)
	}
	if err != nil || !f.yielded {
		g.handled = nil
	}
	if err != nil {
		pend := takeFreshIters(f.regs) // compat20_freshiter.go
		g.finish()
		closeFreshIters(pend)
		if g.typ == AsyncGenType && err.Matches(exceptionTypeByName["StopAsyncIteration"]) {
			e := NewRuntimeError("async generator raised StopAsyncIteration")
			e.Cause, e.Context, e.SuppressContext = err, err, true
			return Value{}, true, e
		}
		if err.Matches(StopIterationType) {
			e := NewRuntimeError("%s raised StopIteration", g.kind())
			e.Cause, e.Context, e.SuppressContext = err, err, true
			return Value{}, true, e
		}
		return Value{}, true, err
	}
	if f.yielded {
		if !g.finalizer {
			g.noteSuspended()
		}
		return r, false, nil
	}
	g.finish()
	return r, true, nil
}

// throwInto raises exc at the generator's suspension point (at its start,
// outside any handler, when it is fresh).
func (th *Thread) throwInto(f *frame, exc *Exception, fresh bool) (Value, *Exception) {
	if fo := f.obj; fo != nil && fo.tr != nil {
		// A line set at the yield's 'return' event is for resuming by
		// send: the exception is raised where the generator stopped.
		fo.tr.jumpTo = -1
	}
	if !fresh && f.gen.delegateReg != 0 {
		args := genThrowArgs[f.gen]
		v, done, err, delegated := throwToDelegate(f.regs[f.gen.delegateReg-1], exc, args)
		if err != nil && !delegated {
			// Looking up the delegate's throw failed: the error goes to
			// the caller and the generator stays suspended.
			f.yielded = true
			return Value{}, err
		}
		if delegated {
			if err == nil {
				if !done {
					f.yielded = true
					return v, nil
				}
				// The yield from loop resumes at its SEND, which
				// finishes with v.
				f.regs[f.gen.delegateReg-1] = ValueOf(&delegateResult{Header{delegateResultType}, v})
				f.regs[f.gen.sendReg] = None
				return th.run(f)
			}
			exc = err
		}
	}
	exc.chained = true
	if h := th.handled; h != nil && h != exc {
		// The generator's own handled exception is the context
		// (_PyErr_ChainStackItem), not its caller's.
		setContext(exc, h)
	}
	f.entry = true
	th.cur, f.back = f, th.cur
	addTraceback(exc, f)
	if th.tr != nil {
		exc = th.traceThrow(f, exc)
	}
	for {
		if h, ok := f.code.c.HandlerAt(f.lasti); ok && !fresh {
			f.regs[h.Reg] = exc.Value()
			if h.Lasti {
				f.regs[h.Reg+1] = Int(int64(f.lasti))
			}
			f.pc = int(h.Handler)
			dropUnwoundGens(f, int(h.Reg)+1) // compat19a_frameclear.go
			th.cur = f.back
			return th.run(f)
		}
		if th.tr != nil {
			if e := th.traceUnwind(f); e != nil {
				exc = e
			}
		}
		if !fresh {
			dropFrameTemps(f) // compat19a_frameclear.go
		}
		th.cur = f.back
		return Value{}, exc
	}
}

// TryGenerator returns v's *Generator if v is a generator or coroutine.
func (v Value) TryGenerator() (*Generator, bool) {
	if v.p == nil || (v.Type() != GeneratorType && v.Type() != CoroutineType && v.Type() != AsyncGenType) {
		return nil, false
	}
	return ptrOf[Generator](v), true
}

// genSend sends v into the iterator it for SEND: (value, done, err).
func genSend(it, v Value) (Value, bool, *Exception) {
	if g, ok := it.TryGenerator(); ok {
		r, done, err := g.resume(v, nil)
		if done && err == nil && r.IsNull() {
			r = None
		}
		return r, done, err
	}
	var r Value
	var err *Exception
	if v.IsNone() || v.IsNull() {
		t := it.Type()
		if t.Next == nil {
			return Value{}, false, NewTypeError("'%s' object is not an iterator", t.Name)
		}
		if t.Flags&FlagHeapType != 0 {
			// __next__ itself, for the value of its StopIteration
			// (the Next slot drops it).
			r, err = callSpecial(it, strNext)
		} else {
			r, err = t.Next(it)
		}
		if err == nil && r.IsNull() {
			return None, true, nil
		}
	} else {
		// An ordinary attribute lookup, as PyObject_CallMethod.
		var send Value
		if send, err = GetAttrString(it, "send"); err == nil {
			r, err = Call(send, []Value{v}, nil)
		}
	}
	if err != nil {
		if err.Matches(StopIterationType) {
			return stopIterationValue(err), true, nil
		}
		return Value{}, false, err
	}
	return r, false, nil
}

// stopIterationValue is e.value of a StopIteration.
func stopIterationValue(e *Exception) Value {
	if len(e.extra) == 1 { // assigned to e.value
		return e.extra[0]
	}
	if e.Args != nil && len(e.Args.items) > 0 {
		return e.Args.items[0]
	}
	return None
}

func gen_next(v Value) (Value, *Exception) {
	g := ptrOf[Generator](v)
	r, done, err := g.resume(None, nil)
	if err != nil {
		return Value{}, err
	}
	if done {
		if !r.IsNull() && !r.IsNone() {
			return Value{}, NewStopIteration(r)
		}
		return Value{}, nil
	}
	return r, nil
}

func genResultOrStop(r Value, done bool, err *Exception) (Value, *Exception) {
	if err != nil {
		return Value{}, err
	}
	if done {
		if r.IsNull() || r.IsNone() {
			return Value{}, NewStopIteration(Value{})
		}
		return Value{}, NewStopIteration(r)
	}
	return r, nil
}

var generatorMethods = []Method{
	{Name: "send", Sig: "value, /", Flags: MethO, Doc: genSendDoc, Fn: func(self Value, a []Value) (Value, *Exception) {
		return genResultOrStop(ptrOf[Generator](self).resume(a[0], nil))
	}},
	{Name: "throw", Sig: "typ, val=, tb=, /", Flags: MethOld, Doc: genThrowDoc, Fn: func(self Value, a []Value) (Value, *Exception) {
		e, err := makeThrown(a[0], a[1], a[2])
		if err != nil {
			return Value{}, err
		}
		g := ptrOf[Generator](self)
		genThrowArgs[g] = a
		defer delete(genThrowArgs, g)
		return genResultOrStop(g.resume(Value{}, e))
	}},
	{Name: "close", Flags: MethNoArgs, Fn: genClose, Doc: "close() -> raise GeneratorExit inside generator."},
}

// genClose is gen.close() (gen_close), for any generator-like object,
// async generators included (frame.clear closes them too).
func genClose(self Value, a []Value) (Value, *Exception) {
	g := ptrOf[Generator](self)
	if !g.started || g.finished {
		g.finished = true
		return None, nil
	}
	_, done, err := g.resume(Value{}, NewException(GeneratorExitType))
	if err != nil {
		if err.Matches(GeneratorExitType) || err.Matches(StopIterationType) {
			return None, nil
		}
		return Value{}, err
	}
	if !done {
		return Value{}, NewRuntimeError("%s ignored GeneratorExit", g.kind())
	}
	return None, nil
}

// makeThrown builds the exception of gen.throw(typ[, val[, tb]]) as
// CPython normalizes it. A failure to instantiate typ is itself what gets
// thrown into the generator (CPython normalizes inside the generator's
// frame), so only argument errors come back as the second result.
func makeThrown(typ, val, tb Value) (*Exception, *Exception) {
	if !tb.IsNull() && !tb.IsNone() && tb.Type() != TracebackType {
		return nil, NewTypeError("throw() third argument must be a traceback object")
	}
	e, err := normalizeThrown(typ, val)
	if err != nil || e == nil {
		return e, err
	}
	if !tb.IsNull() && !tb.IsNone() {
		e.Traceback = ptrOf[Traceback](tb)
	}
	return e, nil
}

func normalizeThrown(typ, val Value) (*Exception, *Exception) {
	noVal := val.IsNull() || val.IsNone()
	if e, ok := typ.TryException(); ok {
		if !noVal {
			return nil, NewTypeError("instance exception may not have a separate value")
		}
		return e, nil
	}
	t, ok := typ.TryType()
	if !ok || !t.IsSubtype(BaseExceptionType) {
		return nil, NewTypeError("exceptions must be classes or instances deriving from BaseException, not %s", typ.Type().Name)
	}
	if e, ok := val.TryException(); ok && e.Type().IsSubtype(t) {
		return e, nil
	}
	var args []Value
	if tup, ok := val.TryTuple(); ok {
		args = tup.items
	} else if !noVal {
		args = []Value{val}
	}
	v, err := Call(typ, args, nil)
	if err != nil {
		return err, nil
	}
	e, ok := v.TryException()
	if !ok {
		return notAnExceptionInstance(typ, v, true), nil
	}
	return e, nil
}

func init() {
	for _, t := range []*Type{GeneratorType, CoroutineType} {
		if t.methods == nil { // async.go gives coroutines __await__ too
			t.methods = generatorMethods
		}
		t.Repr = func(v Value) (Value, *Exception) {
			g := ptrOf[Generator](v)
			return StrValue(fmt.Sprintf("<%s object %s at %#x>", g.typ.Name, g.qualname.AsStr().S, v.Ptr())), nil
		}
	}
	GeneratorType.Iter = func(v Value) (Value, *Exception) { return v, nil }
	GeneratorType.Next = gen_next
}

// throwToDelegate passes gen.throw(exc) on to d, the iterator a yield
// from or await is delegating to (_gen_throw): GeneratorExit closes d and
// is then raised in the delegating generator; other exceptions go to d's
// throw method. delegated is false when d has no throw method (exc is
// then raised in the delegating generator) or looking it up failed (err);
// done reports d finished with value v; err is what d raised, raised in
// turn in the delegating one.
// args are throw()'s own arguments, passed on as given (up to the first
// one missing) as CPython does.
func throwToDelegate(d Value, exc *Exception, args []Value) (v Value, done bool, err *Exception, delegated bool) {
	if exc.Matches(GeneratorExitType) {
		close, err := lookupAttrOpt(d, "close")
		if err != nil {
			WriteUnraisable(err, "", d) // as gen_close_iter
		} else if !close.IsNull() {
			if _, err = Call(close, nil, nil); err != nil {
				return Value{}, false, err, true
			}
		}
		return Value{}, false, nil, false
	}
	if dg, ok := d.TryGenerator(); ok {
		genThrowArgs[dg] = args
		v, done, err := dg.resume(Value{}, exc)
		delete(genThrowArgs, dg)
		return v, done, err, true
	}
	throw, err := lookupAttrOpt(d, "throw")
	if err != nil {
		return Value{}, false, err, false
	}
	if throw.IsNull() {
		return Value{}, false, nil, false
	}
	var call []Value
	for _, a := range args {
		if a.IsNull() {
			break
		}
		call = append(call, a)
	}
	if args == nil {
		call = []Value{exc.typ.Value(), exc.Value()}
	}
	v, err = Call(throw, call, nil)
	if err != nil {
		if err.Matches(StopIterationType) {
			return stopIterationValue(err), true, nil, true
		}
		return Value{}, false, err, true
	}
	return v, false, nil, true
}

// genThrowArgs holds the arguments of the throw() being run on a
// generator, passed on to its delegate's throw method (kept out of
// Generator, which is allocated per call while throw is rare).
var genThrowArgs = map[*Generator][]Value{}

// delegateResultType is the iterator that stands in for a delegate that
// finished while an exception was thrown into it: the yield from loop's
// next SEND gets its return value from it.
var delegateResultType = newBuiltinType("delegate_result", ObjectType, 0)

type delegateResult struct {
	Header
	v Value
}

func init() {
	delegateResultType.Next = func(v Value) (Value, *Exception) {
		return Value{}, NewStopIteration(ptrOf[delegateResult](v).v)
	}
	delegateResultType.methods = []Method{{Name: "send", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		return Value{}, NewStopIteration(ptrOf[delegateResult](self).v)
	}}}
}
