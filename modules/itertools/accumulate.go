// This file defines itertools.accumulate: running totals (or the running
// results of a binary function), optionally starting from an initial value.

package itertools

import "krait/runtime"

var accumulateType *runtime.Type

type accumulateObject struct {
	iterBase
	it      runtime.Value
	fn      runtime.Value // null or None: addition
	total   runtime.Value // null before the first item
	initial runtime.Value // null once produced
}

var accumulateArgs = runtime.Method{Name: "accumulate", Sig: "iterable, func=, *, initial="}

func initAccumulate() {
	accumulateType = newIterType("accumulate", "accumulate(iterable, func=None, *, initial=None)\n\nRunning totals of the items, or running results of func(total, item).",
		false, nil, accumulate_new, accumulate_next, nil)
}

func accumulate_new(t *runtime.Type, args []runtime.Value, kw []*runtime.Str) (runtime.Value, *runtime.Exception) {
	a, err := accumulateArgs.BindClinic(args, kw, "accumulate")
	if err != nil {
		return runtime.Value{}, err
	}
	it, err := runtime.Iter(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	o := &accumulateObject{iterBase: newBase(t), it: it, fn: a[1], initial: a[2]}
	if o.fn.IsNone() {
		o.fn = runtime.Value{}
	}
	if o.initial.IsNone() {
		o.initial = runtime.Value{}
	}
	return runtime.ValueOf(o), nil
}

func accumulate_next(v runtime.Value) (runtime.Value, *runtime.Exception) {
	o := runtime.PtrOf[accumulateObject](v)
	if !o.initial.IsNull() {
		o.total, o.initial = o.initial, runtime.Value{}
		return o.total, nil
	}
	x, err := next(o.it)
	if err != nil || x.IsNull() {
		return x, err
	}
	r := x
	switch {
	case o.total.IsNull():
	case o.fn.IsNull():
		r, err = runtime.BinaryOp(o.total, x, runtime.NbAdd)
	default:
		r, err = runtime.Call2(o.fn, o.total, x)
	}
	if err != nil {
		return runtime.Value{}, err
	}
	o.total = r
	return r, nil
}
