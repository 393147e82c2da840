// This file defines itertools.starmap: function(*args) for each args
// produced by an iterable.

package itertools

import "krait/runtime"

var starmapType *runtime.Type

type starmapObject struct {
	iterBase
	fn, it runtime.Value
}

var starmapArgs = runtime.Method{Name: "starmap", Sig: "function, iterable, /"}

func initStarmap() {
	starmapType = newIterType("starmap", "starmap(function, iterable, /)\n\nfunction(*args) for each args of iterable.",
		false, nil, starmap_new, starmap_next, nil)
}

func starmap_new(t *runtime.Type, args []runtime.Value, kw []*runtime.Str) (runtime.Value, *runtime.Exception) {
	a, err := starmapArgs.BindArgs(args, kw, "starmap")
	if err != nil {
		return runtime.Value{}, err
	}
	it, err := runtime.Iter(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.ValueOf(&starmapObject{iterBase: newBase(t), fn: a[0], it: it}), nil
}

func starmap_next(v runtime.Value) (runtime.Value, *runtime.Exception) {
	s := runtime.PtrOf[starmapObject](v)
	x, err := next(s.it)
	if err != nil || x.IsNull() {
		return x, err
	}
	var args []runtime.Value
	if t, ok := x.TryTuple(); ok {
		args = t.Items()
	} else if args, err = tupleOf(x); err != nil {
		return runtime.Value{}, err
	}
	return runtime.Call(s.fn, args, nil)
}
