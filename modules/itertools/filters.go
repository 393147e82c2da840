// This file defines the itertools types that pass or drop items by a
// test: compress, dropwhile, takewhile and filterfalse.

package itertools

import "krait/runtime"

var (
	compressType    *runtime.Type
	dropwhileType   *runtime.Type
	takewhileType   *runtime.Type
	filterfalseType *runtime.Type
)

// predObject is dropwhile, takewhile or filterfalse: a predicate (None for
// filterfalse's truth test), the source iterator and, for dropwhile and
// takewhile, whether the switch has happened.
type predObject struct {
	iterBase
	fn, it   runtime.Value
	switched bool
}

// compressObject yields the data items whose selector is true.
type compressObject struct {
	iterBase
	data, selectors runtime.Value
}

var (
	compressArgs    = runtime.Method{Name: "compress", Sig: "data, selectors"}
	dropwhileArgs   = runtime.Method{Name: "dropwhile", Sig: "predicate, iterable, /"}
	takewhileArgs   = runtime.Method{Name: "takewhile", Sig: "predicate, iterable, /"}
	filterfalseArgs = runtime.Method{Name: "filterfalse", Sig: "function, iterable, /"}
)

func initFilters() {
	compressType = newIterType("compress", "compress(data, selectors)\n\nThe items of data whose selector (the item of selectors at the same\nposition) is true.",
		false, nil, compress_new, compress_next, nil)
	dropwhileType = newIterType("dropwhile", "dropwhile(predicate, iterable, /)\n\nThe items of iterable from the first for which predicate is false.",
		false, nil, predNew(&dropwhileArgs), dropwhile_next, nil)
	takewhileType = newIterType("takewhile", "takewhile(predicate, iterable, /)\n\nThe items of iterable up to the first for which predicate is false.",
		false, nil, predNew(&takewhileArgs), takewhile_next, nil)
	filterfalseType = newIterType("filterfalse", "filterfalse(function, iterable, /)\n\nThe items of iterable for which function(item) is false (with None,\nthe false items).",
		false, nil, predNew(&filterfalseArgs), filterfalse_next, nil)
}

func compress_new(t *runtime.Type, args []runtime.Value, kw []*runtime.Str) (runtime.Value, *runtime.Exception) {
	a, err := compressArgs.BindClinic(args, kw, "compress")
	if err != nil {
		return runtime.Value{}, err
	}
	data, err := runtime.Iter(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	sel, err := runtime.Iter(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.ValueOf(&compressObject{iterBase: newBase(t), data: data, selectors: sel}), nil
}

func compress_next(v runtime.Value) (runtime.Value, *runtime.Exception) {
	c := runtime.PtrOf[compressObject](v)
	for {
		x, err := next(c.data)
		if err != nil || x.IsNull() {
			return x, err
		}
		s, err := next(c.selectors)
		if err != nil || s.IsNull() {
			return s, err
		}
		ok, err := runtime.IsTrue(s)
		if err != nil {
			return runtime.Value{}, err
		}
		if ok {
			return x, nil
		}
	}
}

// predNew returns the constructor of a (predicate, iterable) type.
func predNew(m *runtime.Method) func(*runtime.Type, []runtime.Value, []*runtime.Str) (runtime.Value, *runtime.Exception) {
	return func(t *runtime.Type, args []runtime.Value, kw []*runtime.Str) (runtime.Value, *runtime.Exception) {
		a, err := m.BindArgs(args, kw, m.Name)
		if err != nil {
			return runtime.Value{}, err
		}
		it, err := runtime.Iter(a[1])
		if err != nil {
			return runtime.Value{}, err
		}
		return runtime.ValueOf(&predObject{iterBase: newBase(t), fn: a[0], it: it}), nil
	}
}

// test returns the truth of fn(x).
func (p *predObject) test(x runtime.Value) (bool, *runtime.Exception) {
	r, err := runtime.Call1(p.fn, x)
	if err != nil {
		return false, err
	}
	return runtime.IsTrue(r)
}

func dropwhile_next(v runtime.Value) (runtime.Value, *runtime.Exception) {
	p := runtime.PtrOf[predObject](v)
	for {
		x, err := next(p.it)
		if err != nil || x.IsNull() || p.switched {
			return x, err
		}
		ok, err := p.test(x)
		if err != nil {
			return runtime.Value{}, err
		}
		if !ok {
			p.switched = true
			return x, nil
		}
	}
}

func takewhile_next(v runtime.Value) (runtime.Value, *runtime.Exception) {
	p := runtime.PtrOf[predObject](v)
	if p.switched {
		return runtime.Value{}, nil
	}
	x, err := next(p.it)
	if err != nil || x.IsNull() {
		return x, err
	}
	ok, err := p.test(x)
	if err != nil {
		return runtime.Value{}, err
	}
	if ok {
		return x, nil
	}
	p.switched = true
	return runtime.Value{}, nil
}

func filterfalse_next(v runtime.Value) (runtime.Value, *runtime.Exception) {
	p := runtime.PtrOf[predObject](v)
	for {
		x, err := next(p.it)
		if err != nil || x.IsNull() {
			return x, err
		}
		var ok bool
		if p.fn.IsNone() || p.fn == runtime.BoolType.Value() {
			ok, err = runtime.IsTrue(x)
		} else {
			ok, err = p.test(x)
		}
		if err != nil {
			return runtime.Value{}, err
		}
		if !ok {
			return x, nil
		}
	}
}
