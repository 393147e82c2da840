// This file defines the iterator Future.__await__ and __iter__ return
// (CPython's FutureIter): it yields the pending future to the task once,
// then returns its result.

package asyncio

import "krait/runtime"

type futureIter struct {
	runtime.Header
	fut value // null once finished
}

var fiType *runtime.Type

func futureIterType() *runtime.Type {
	if fiType == nil {
		fiType = runtime.NewNativeType(&runtime.TypeSpec{Name: "_asyncio.FutureIter", Methods: []runtime.Method{
			{Name: "send", Sig: "value, /", Flags: runtime.MethO, Fn: futureiter_send},
			{Name: "throw", Sig: "type, value=, traceback=, /", Flags: runtime.MethOld, Fn: futureiter_throw},
			{Name: "close", Flags: runtime.MethNoArgs, Fn: futureiter_close},
		}}, func(t *runtime.Type) {
			t.Iter = func(v value) (value, *exc) { return v, nil }
			t.Next = futureiter_next
		})
	}
	return fiType
}

func newFutureIter(fut value) value {
	return runtime.ValueOf(&futureIter{Header: runtime.HeaderFor(futureIterType()), fut: fut})
}

func future_iter(v value) (value, *exc) {
	if err := futureOf(v).checkInit(); err != nil {
		return value{}, err
	}
	return newFutureIter(v), nil
}

func future_await(self value, _ []value) (value, *exc) { return future_iter(self) }

func futureiter_next(v value) (value, *exc) {
	it := runtime.PtrOf[futureIter](v)
	if it.fut.IsNull() {
		return value{}, nil
	}
	f := futureOf(it.fut)
	if f.state == statePending {
		if !f.blocking {
			f.blocking = true
			return it.fut, nil
		}
		return value{}, runtime.NewRuntimeError("await wasn't used with future")
	}
	it.fut = value{}
	r, err := f.resultOrRaise()
	if err != nil {
		return value{}, err
	}
	if r.IsNone() || r.IsNull() {
		return value{}, nil
	}
	return value{}, runtime.NewStopIteration(r)
}

func futureiter_send(self value, a []value) (value, *exc) {
	if !a[0].IsNone() {
		return value{}, runtime.NewTypeError("can't send non-None value to a FutureIter")
	}
	r, err := futureiter_next(self)
	if err == nil && r.IsNull() {
		return value{}, runtime.NewStopIteration(value{})
	}
	return r, err
}

// futureiter_throw raises the exception thrown in (the iterator has no
// frame to raise it into).
func futureiter_throw(self value, a []value) (value, *exc) {
	typ, val, tb := a[0], a[1], a[2]
	if !tb.IsNull() && !tb.IsNone() && tb.Type().Name != "traceback" {
		return value{}, runtime.NewTypeError("throw() third argument must be a traceback")
	}
	var e value
	if t, ok := typ.TryType(); ok && t.IsSubtype(runtime.BaseExceptionType) {
		if !val.IsNull() && !val.IsNone() && runtime.IsInstance(val, t) {
			e = val
		} else {
			var args []value
			if !val.IsNull() && !val.IsNone() {
				if tu, ok := val.TryTuple(); ok {
					args = tu.Items()
				} else {
					args = []value{val}
				}
			}
			inst, err := runtime.Call(typ, args, nil)
			if err != nil {
				return value{}, err
			}
			e = inst
		}
	} else if _, ok := typ.TryException(); ok {
		if !val.IsNull() && !val.IsNone() {
			return value{}, runtime.NewTypeError("instance exception may not have a separate value")
		}
		e = typ
	} else {
		return value{}, runtime.NewTypeError("exceptions must be classes deriving BaseException or instances of such a class")
	}
	x, ok := e.TryException()
	if !ok {
		return value{}, runtime.NewTypeError("calling %s should have returned an instance of BaseException, not %s", typ.Type().Name, e.Type().Name)
	}
	if !tb.IsNull() && !tb.IsNone() {
		x.Traceback = runtime.PtrOf[runtime.Traceback](tb)
	}
	runtime.PtrOf[futureIter](self).fut = value{}
	return value{}, x
}

func futureiter_close(self value, _ []value) (value, *exc) {
	runtime.PtrOf[futureIter](self).fut = value{}
	return runtime.None, nil
}
