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
	sendReg     int // register receiving the sent value at resumption
	delegateReg int // c of the last YIELD_VALUE: 1 + register of the yield-from delegate, or 0
	name        Value
	qualname    Value
}

// newGeneratorFrame binds the arguments of fn and returns the generator,
// without running any of its code.
func newGeneratorFrame(fn *Function, args []Value, kwnames []*Str) (Value, *Exception) {
	co := fn.code
	t := GeneratorType
	if co.flags&compiler.CoCoroutine != 0 {
		t = CoroutineType
	} else if co.flags&compiler.CoAsyncGenerator != 0 {
		t = AsyncGenType
	}
	g := &Generator{Header: Header{t}, name: fn.name, qualname: fn.qualname}
	f := &g.f
	f.code = co
	co.initCaches()
	f.regs = make([]Value, co.c.NumRegs)
	f.base = -1
	if err := bindArgs(fn, args, kwnames, f.regs); err != nil {
		return Value{}, err
	}
	setupCells(f, fn)
	f.fn, f.globals, f.builtins = fn, fn.globals, fn.builtins
	f.gen = g
	return ValueOf(g), nil
}

// resume runs the generator with v sent in (or exc thrown in). It returns
// the yielded value (done false) or the return value (done true).
func (g *Generator) resume(v Value, exc *Exception) (Value, bool, *Exception) {
	if g.running {
		return Value{}, false, NewValueError("generator already executing")
	}
	if g.finished {
		if exc != nil {
			return Value{}, true, exc
		}
		return Value{}, true, nil
	}
	if !g.started && exc == nil && !v.IsNull() && !v.IsNone() {
		return Value{}, false, NewTypeError("can't send non-None value to a just-started generator")
	}
	th := curThread
	if th.depth >= th.recursionLimit {
		return Value{}, false, NewRecursionError("maximum recursion depth exceeded")
	}
	f := &g.f
	if g.started && exc == nil {
		f.regs[g.sendReg] = nullToNone(v)
	}
	fresh := !g.started
	g.started, g.running = true, true
	f.yielded = false
	f.prevTop = th.top
	th.depth++
	saved := th.handled
	var r Value
	var err *Exception
	if exc != nil {
		r, err = th.throwInto(f, exc, fresh)
	} else {
		r, err = th.run(f)
	}
	th.handled = saved
	th.depth--
	g.running = false
	if err != nil {
		g.finished = true
		if err.Matches(StopIterationType) {
			kind := "generator"
			if g.typ == CoroutineType {
				kind = "coroutine"
			}
			e := NewRuntimeError("%s raised StopIteration", kind)
			e.Cause, e.Context = err, err
			return Value{}, true, e
		}
		return Value{}, true, err
	}
	if f.yielded {
		return r, false, nil
	}
	g.finished = true
	f.regs = nil
	return r, true, nil
}

// throwInto raises exc at the generator's suspension point.
// A fresh generator (never resumed) has no handler active yet.
func (th *Thread) throwInto(f *frame, exc *Exception, fresh bool) (Value, *Exception) {
	if !fresh && f.gen.delegateReg != 0 {
		d := f.regs[f.gen.delegateReg-1]
		if dg, ok := d.TryGenerator(); ok {
			v, done, err := dg.resume(Value{}, exc)
			if err == nil {
				if !done {
					f.yielded = true
					return v, nil
				}
				f.regs[f.gen.sendReg] = v
				return th.run(f)
			}
			exc = err
		}
	}
	saved := f.pc
	_ = saved
	f.entry = true
	th.cur, f.back = f, th.cur
	addTraceback(exc, f)
	for {
		if h, ok := f.code.c.HandlerAt(f.lasti); ok && !fresh {
			f.regs[h.Reg] = exc.Value()
			if h.Lasti {
				f.regs[h.Reg+1] = Int(int64(f.lasti))
			}
			f.pc = int(h.Handler)
			th.cur = f.back
			return th.run(f)
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
		r, err = t.Next(it)
		if err == nil && r.IsNull() {
			return None, true, nil
		}
	} else {
		r, err = callSpecial(it, Intern("send"), v)
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
	{Name: "send", Sig: "value, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		return genResultOrStop(ptrOf[Generator](self).resume(a[0], nil))
	}},
	{Name: "throw", Sig: "typ, val=, tb=, /", Flags: MethOld, Fn: func(self Value, a []Value) (Value, *Exception) {
		e, err := makeThrown(a[0], a[1])
		if err != nil {
			return Value{}, err
		}
		return genResultOrStop(ptrOf[Generator](self).resume(Value{}, e))
	}},
	{Name: "close", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
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
			return Value{}, NewRuntimeError("generator ignored GeneratorExit")
		}
		return None, nil
	}},
}

// makeThrown builds the exception of gen.throw(typ[, val]).
func makeThrown(typ, val Value) (*Exception, *Exception) {
	if e, ok := typ.TryException(); ok {
		return e, nil
	}
	if t, ok := typ.TryType(); ok && t.IsSubtype(BaseExceptionType) {
		var args []Value
		if !val.IsNull() && !val.IsNone() {
			if e, ok := val.TryException(); ok {
				return e, nil
			}
			args = []Value{val}
		}
		v, err := Call(typ, args, nil)
		if err != nil {
			return nil, err
		}
		return v.AsException(), nil
	}
	return nil, NewTypeError("exceptions must be classes or instances deriving from BaseException, not %s", typ.Type().Name)
}

func init() {
	for _, t := range []*Type{GeneratorType, CoroutineType} {
		t.methods = generatorMethods
		t.Repr = func(v Value) (Value, *Exception) {
			g := ptrOf[Generator](v)
			return StrValue(fmt.Sprintf("<%s object %s at %#x>", g.typ.Name, g.qualname.AsStr().S, v.Ptr())), nil
		}
		t.getsets = []GetSetDef{
			{Name: "__name__", Get: func(v Value) (Value, *Exception) { return ptrOf[Generator](v).name, nil }},
			{Name: "__qualname__", Get: func(v Value) (Value, *Exception) { return ptrOf[Generator](v).qualname, nil }},
			{Name: "gi_running", Get: func(v Value) (Value, *Exception) { return Bool(ptrOf[Generator](v).running), nil }},
		}
	}
	GeneratorType.Iter = func(v Value) (Value, *Exception) { return v, nil }
	GeneratorType.Next = gen_next
}
