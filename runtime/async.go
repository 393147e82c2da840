// This file defines the await machinery: awaitable iterators of
// coroutines and __await__ objects, async iteration and async with, and
// async generators (driven through asend awaitables).

package runtime

import "krait/compiler"

// AsyncGenType is async_generator; asyncGenSendType its __anext__/asend
// awaitable; asyncGenWrapType marks values yielded by the async generator
// itself (as opposed to values its awaits pass through).
var (
	AsyncGenType     = newBuiltinType("async_generator", ObjectType, 0)
	asyncGenSendType = newBuiltinType("async_generator_asend", ObjectType, 0)
	// asyncGenThrowType is athrow/aclose's awaitable: asend's, named apart.
	asyncGenThrowType = newBuiltinType("async_generator_athrow", ObjectType, 0)
	asyncGenWrapType  = newBuiltinType("async_generator_wrapped_value", ObjectType, 0)
)

type asyncGenWrapped struct {
	Header
	v Value
}

// asyncGenSend is the awaitable of __anext__/asend (exc nil) and of
// athrow/aclose (exc the exception to throw in at the first step; closing
// marks aclose).
type asyncGenSend struct {
	Header
	g       *Generator
	v       Value
	done    bool
	exc     *Exception
	started bool
	closing bool
}

// strAwaitName is "__await__", interned once (Intern takes a lock).
var strAwaitName = Intern("__await__")

// getAwaitable implements GET_AWAITABLE.
func getAwaitable(v Value, where int) (Value, *Exception) {
	if g, ok := v.TryGenerator(); ok && (g.typ == CoroutineType || g.f.code.flags&compiler.CoIterableCoroutine != 0) {
		if g.typ == CoroutineType && g.started && !g.finished && !g.running && g.delegateReg != 0 {
			return Value{}, NewRuntimeError("coroutine is being awaited already")
		}
		return v, nil
	}
	if t := v.Type(); t == asyncGenSendType || t == asyncGenThrowType {
		return v, nil
	}
	f := v.Type().Lookup(strAwaitName)
	if f.IsNull() {
		switch where {
		case 1:
			return Value{}, NewTypeError("'async with' received an object from __aenter__ that does not implement __await__: %s", v.Type().Name)
		case 2:
			return Value{}, NewTypeError("'async with' received an object from __aexit__ that does not implement __await__: %s", v.Type().Name)
		}
		return Value{}, NewTypeError("object %s can't be used in 'await' expression", v.Type().Name)
	}
	it, err := callSpecial(v, strAwaitName)
	if err != nil {
		return Value{}, err
	}
	if g, ok := it.TryGenerator(); ok && g.typ == CoroutineType {
		return Value{}, NewTypeError("__await__() returned a coroutine")
	}
	if it.Type().Next == nil {
		return Value{}, NewTypeError("__await__() returned non-iterator of type '%s'", it.Type().Name)
	}
	return it, nil
}

func getAIter(v Value) (Value, *Exception) {
	if v.Type().Lookup(Intern("__aiter__")).IsNull() {
		return Value{}, NewTypeError("'async for' requires an object with __aiter__ method, got %s", v.Type().Name)
	}
	it, err := callSpecial(v, Intern("__aiter__"))
	if err != nil {
		return Value{}, err
	}
	if it.Type().Lookup(Intern("__anext__")).IsNull() {
		return Value{}, NewTypeError("'async for' received an object from __aiter__ that does not implement __anext__: %s", it.Type().Name)
	}
	return it, nil
}

func getANext(v Value) (Value, *Exception) {
	if v.Type().Lookup(Intern("__anext__")).IsNull() {
		return Value{}, NewTypeError("'async for' requires an iterator with __anext__ method, got %s", v.Type().Name)
	}
	r, err := callSpecial(v, Intern("__anext__"))
	if err != nil {
		return Value{}, err
	}
	aw, err := getAwaitable(r, 0)
	if err != nil {
		e := NewTypeError("'async for' received an invalid object from __anext__: %s", r.Type().Name)
		e.Cause, e.Context, e.SuppressContext = err, err, true // _PyErr_FormatFromCause
		return Value{}, e
	}
	return aw, nil
}

func beforeAsyncWith(mgr Value) (Value, Value, *Exception) {
	t := mgr.Type()
	if t.Lookup(Intern("__aenter__")).IsNull() {
		return Value{}, Value{}, NewTypeError("'%s' object does not support the asynchronous context manager protocol", t.Name)
	}
	exit := t.Lookup(Intern("__aexit__"))
	if exit.IsNull() {
		return Value{}, Value{}, NewTypeError("'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)", t.Name)
	}
	bound, err := bindDescr(exit, mgr)
	if err != nil {
		return Value{}, Value{}, err
	}
	r, err := callSpecial(mgr, Intern("__aenter__"))
	return bound, r, err
}

// step resumes the async generator with v (or exc) for its asend/athrow
// awaitable: a wrapped yield finishes the awaitable with StopIteration.
func (a *asyncGenSend) step(v Value, exc *Exception) (Value, *Exception) {
	if a.done {
		if a.exc != nil {
			return Value{}, NewRuntimeError("cannot reuse already awaited aclose()/athrow()")
		}
		return Value{}, NewRuntimeError("cannot reuse already awaited __anext__()/asend()")
	}
	if !a.started {
		a.started = true
		if a.exc != nil && exc == nil {
			if a.closing && (!a.g.started || a.g.finished) || a.g.finished {
				// aclose() of a generator not running closes it; in 3.11
				// athrow() of a closed one is a no-op too (its await
				// gives None).
				a.g.finished = true
				a.done = true
				return Value{}, NewStopIteration(Value{})
			}
			exc, v = a.exc, Value{}
		} else if exc == nil && a.g.finished {
			a.done = true
			return Value{}, NewException(exceptionTypeByName["StopAsyncIteration"])
		} else if exc == nil && (v.IsNull() || v.IsNone()) {
			v = a.v // asend(value) sends value at the first step
		}
	}
	r, done, err := a.g.resume(v, exc)
	if err != nil {
		a.done = true
		if a.closing && (err.Matches(GeneratorExitType) || err.Matches(exceptionTypeByName["StopAsyncIteration"])) {
			return Value{}, NewStopIteration(Value{})
		}
		return Value{}, err
	}
	if done {
		a.done = true
		if a.closing {
			return Value{}, NewStopIteration(Value{})
		}
		return Value{}, NewException(exceptionTypeByName["StopAsyncIteration"])
	}
	if r.Type() == asyncGenWrapType {
		a.done = true
		if a.closing {
			return Value{}, NewRuntimeError("async generator ignored GeneratorExit")
		}
		return Value{}, NewStopIteration(ptrOf[asyncGenWrapped](r).v)
	}
	return r, nil
}

func newAsyncGenSend(self, v Value, exc *Exception, closing bool) Value {
	t := asyncGenSendType
	if exc != nil {
		t = asyncGenThrowType
	}
	return ValueOf(&asyncGenSend{Header: Header{t}, g: ptrOf[Generator](self), v: v, exc: exc, closing: closing})
}

func init() {
	AsyncGenType.methods = []Method{
		{Name: "__aiter__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) { return self, nil }},
		{Name: "__anext__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
			if err := async_gen_init_hooks(self); err != nil {
				return Value{}, err
			}
			return newAsyncGenSend(self, None, nil, false), nil
		}},
		{Name: "asend", Sig: "value, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
			if err := async_gen_init_hooks(self); err != nil {
				return Value{}, err
			}
			return newAsyncGenSend(self, a[0], nil, false), nil
		}},
		{Name: "athrow", Sig: "typ, val=, tb=, /", Flags: MethOld, Fn: func(self Value, a []Value) (Value, *Exception) {
			if err := async_gen_init_hooks(self); err != nil {
				return Value{}, err
			}
			e, err := makeThrown(a[0], a[1], a[2])
			if err != nil {
				return Value{}, err
			}
			return newAsyncGenSend(self, Value{}, e, false), nil
		}},
		{Name: "__class_getitem__", Fn: classGetItemSelf, Sig: "item, /", Flags: MethO | MethClass, Doc: "See PEP 585"},
		{Name: "aclose", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
			if err := async_gen_init_hooks(self); err != nil {
				return Value{}, err
			}
			return newAsyncGenSend(self, Value{}, NewException(GeneratorExitType), true), nil
		}},
	}
	AsyncGenType.Repr = func(v Value) (Value, *Exception) {
		g := ptrOf[Generator](v)
		return StrValue("<async_generator object " + g.qualname.AsStr().S + " at " + hexAddr(v) + ">"), nil
	}
	asyncGenSendType.Iter = selfIter
	asyncGenSendType.Next = func(v Value) (Value, *Exception) {
		a := ptrOf[asyncGenSend](v)
		x := a.v
		a.v = None
		return a.step(x, nil)
	}
	asyncGenSendType.methods = []Method{
		{Name: "send", Sig: "value, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
			return ptrOf[asyncGenSend](self).step(a[0], nil)
		}},
		{Name: "throw", Sig: "typ, val=, tb=, /", Flags: MethOld, Fn: func(self Value, a []Value) (Value, *Exception) {
			e, err := makeThrown(a[0], a[1], a[2])
			if err != nil {
				return Value{}, err
			}
			return ptrOf[asyncGenSend](self).step(Value{}, e)
		}},
		{Name: "close", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
			ptrOf[asyncGenSend](self).done = true
			return None, nil
		}},
		{Name: "__await__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) { return self, nil }},
	}
	asyncGenThrowType.Iter, asyncGenThrowType.Next = asyncGenSendType.Iter, asyncGenSendType.Next
	asyncGenThrowType.methods = asyncGenSendType.methods
	CoroutineType.methods = append(append([]Method(nil), generatorMethods...), Method{Name: "__await__", Flags: MethNoArgs,
		Fn: func(self Value, a []Value) (Value, *Exception) {
			return ValueOf(&coroWrapper{Header{coroWrapperType}, self}), nil
		}, Doc: "Return an iterator to be used in await expression."})
	for i := range CoroutineType.methods {
		if d, ok := coroMethodDocs[CoroutineType.methods[i].Name]; ok {
			CoroutineType.methods[i].Doc = d
		}
	}
	coroWrapperType.Iter = selfIter
	coroWrapperType.Next = func(v Value) (Value, *Exception) { return gen_next(ptrOf[coroWrapper](v).c) }
	coroWrapperType.methods = generatorMethodsOn(func(v Value) Value { return ptrOf[coroWrapper](v).c })
}

var coroWrapperType = newBuiltinType("coroutine_wrapper", ObjectType, 0)

type coroWrapper struct {
	Header
	c Value
}

// generatorMethodsOn returns send/throw/close forwarding to the generator
// that get returns.
func generatorMethodsOn(get func(Value) Value) []Method {
	out := make([]Method, len(generatorMethods))
	for i := range generatorMethods {
		m := &generatorMethods[i]
		out[i] = Method{Name: m.Name, Sig: m.Sig, Flags: m.Flags, Fn: func(self Value, a []Value) (Value, *Exception) {
			return m.Fn(get(self), a)
		}}
	}
	return out
}
