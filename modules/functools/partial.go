// This file defines functools.partial: a callable holding a function and
// frozen leading arguments and keywords, with CPython's flattening of
// nested partials, repr, pickling state and instance __dict__.

package functools

import (
	"strings"

	"krait/runtime"
)

// partialObject is a functools.partial instance.
type partialObject struct {
	runtime.Header
	fn    runtime.Value
	args  *runtime.Tuple
	kw    *runtime.Dict
	attrs runtime.Attrs
}

// PartialType is functools.partial.
var PartialType *runtime.Type

func initPartialType() { PartialType = newPartialType() }

func newPartialType() *runtime.Type {
	return runtime.NewNativeType(&runtime.TypeSpec{
		Name:  "functools.partial",
		Flags: runtime.FlagBaseType,
		Doc:   "partial(func, *args, **keywords) - a callable that calls func with args\n    and keywords, followed by the arguments of the call.\n",
		Methods: []runtime.Method{
			{Name: "__reduce__", Fn: partial_reduce, Flags: runtime.MethNoArgs},
			{Name: "__setstate__", Fn: partial_setstate, Flags: runtime.MethO},
			{Name: "__class_getitem__", Fn: runtime.ClassGetItem, Flags: runtime.MethO | runtime.MethClass},
		},
		GetSets: []runtime.GetSetDef{
			{Name: "func", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) { return partialOf(v).fn, nil },
				Set: readonly},
			{Name: "args", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) { return partialOf(v).args.Value(), nil },
				Set: readonly},
			{Name: "keywords", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) { return partialOf(v).kw.Value(), nil },
				Set: readonly},
			{Name: "__dict__", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) {
				return partialOf(v).attrs.Dict().Value(), nil
			}, Set: partial_setdict},
		},
	}, func(t *runtime.Type) {
		t.New = partial_new
		t.Call = partial_call
		t.Repr = partial_repr
		t.InstAttrs = func(v runtime.Value) *runtime.Attrs { return &partialOf(v).attrs }
	})
}

func partialOf(v runtime.Value) *partialObject { return runtime.PtrOf[partialObject](v) }

// readonly is the setter of CPython's READONLY members.
func readonly(v, x runtime.Value) *runtime.Exception {
	return runtime.NewAttributeError("readonly attribute")
}

// isPlainPartial reports whether calling v runs partial_call (its type is
// partial or a subclass not overriding __call__), the condition under which
// CPython flattens partial(partial(f, a), b) into partial(f, a, b).
func isPlainPartial(v runtime.Value) bool {
	t := v.Type()
	if !runtime.IsInstance(v, PartialType) {
		return false
	}
	return t == PartialType || t.LookupString("__call__").Is(PartialType.LookupString("__call__"))
}

func partial_new(t *runtime.Type, args []runtime.Value, kwnames []*runtime.Str) (runtime.Value, *runtime.Exception) {
	npos := len(args) - len(kwnames)
	if npos < 1 {
		return runtime.Value{}, runtime.NewTypeError("type 'partial' takes at least one argument")
	}
	fn := args[0]
	var inner *partialObject
	if isPlainPartial(fn) {
		if p := partialOf(fn); p.attrs.IsEmpty() {
			inner, fn = p, p.fn
		}
	}
	if fn.Type().Call == nil {
		return runtime.Value{}, runtime.NewTypeError("the first argument must be callable")
	}
	p := &partialObject{Header: runtime.HeaderFor(t), fn: fn}
	var pargs []runtime.Value
	if inner != nil {
		pargs = append(pargs, inner.args.Items()...)
	}
	pargs = append(pargs, args[1:npos]...)
	p.args = runtime.NewTuple(pargs)
	p.kw = runtime.NewDict()
	if inner != nil {
		if err := p.kw.Update(inner.kw); err != nil {
			return runtime.Value{}, err
		}
	}
	for i, k := range kwnames {
		p.kw.SetStr(k, args[npos+i])
	}
	return runtime.ValueOf(p), nil
}

func partial_call(callable runtime.Value, args []runtime.Value, kwnames []*runtime.Str) (runtime.Value, *runtime.Exception) {
	p := partialOf(callable)
	pa := p.args.Items()
	if p.kw.Len() == 0 {
		if len(pa) == 0 {
			return runtime.Call(p.fn, args, kwnames)
		}
		all := make([]runtime.Value, 0, len(pa)+len(args))
		all = append(append(all, pa...), args...)
		return runtime.Call(p.fn, all, kwnames)
	}
	// Merge the frozen keywords with the call's: the call's win.
	npos := len(args) - len(kwnames)
	kw := p.kw.Copy()
	for i, k := range kwnames {
		kw.SetStr(runtime.InternStr(k), args[npos+i])
	}
	all := make([]runtime.Value, 0, len(pa)+npos+kw.Len())
	all = append(append(all, pa...), args[:npos]...)
	names := make([]*runtime.Str, 0, kw.Len())
	pos := 0
	for {
		k, v, ok := kw.Next(&pos)
		if !ok {
			break
		}
		s, isStr := k.TryStr()
		if !isStr {
			return runtime.Value{}, runtime.NewTypeError("keywords must be strings")
		}
		names = append(names, runtime.InternStr(s))
		all = append(all, v)
	}
	return runtime.Call(p.fn, all, names)
}

func partial_repr(v runtime.Value) (runtime.Value, *runtime.Exception) {
	p := partialOf(v)
	name := v.Type().Name
	if !runtime.ReprEnter(v) {
		return runtime.StrValue("..."), nil
	}
	defer runtime.ReprLeave()
	var b strings.Builder
	r, err := runtime.Repr(p.fn)
	if err != nil {
		return runtime.Value{}, err
	}
	b.WriteString(r.S)
	for _, a := range p.args.Items() {
		r, err := runtime.Repr(a)
		if err != nil {
			return runtime.Value{}, err
		}
		b.WriteString(", " + r.S)
	}
	pos := 0
	for {
		k, val, ok := p.kw.Next(&pos)
		if !ok {
			break
		}
		ks, err := runtime.StrOf(k)
		if err != nil {
			return runtime.Value{}, err
		}
		r, err := runtime.Repr(val)
		if err != nil {
			return runtime.Value{}, err
		}
		b.WriteString(", " + ks.S + "=" + r.S)
	}
	return runtime.StrValue(name + "(" + b.String() + ")"), nil
}

func partial_reduce(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	p := partialOf(self)
	d := runtime.None
	if !p.attrs.IsEmpty() {
		if dd := p.attrs.Dict(); dd.Len() > 0 {
			d = dd.Value()
		}
	}
	return runtime.TupleValue(self.Type().Value(), runtime.TupleValue(p.fn),
		runtime.TupleValue(p.fn, p.args.Value(), p.kw.Value(), d)), nil
}

func partial_setstate(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	p := partialOf(self)
	st, ok := a[0].TryTuple()
	if !ok || st.Len() != 4 {
		return runtime.Value{}, runtime.NewTypeError("invalid partial state")
	}
	it := st.Items()
	fn, fnargs, kw, dict := it[0], it[1], it[2], it[3]
	fa, isTuple := fnargs.TryTuple()
	kd, isDict := kw.TryDict()
	dd, dictOK := dict.TryDict()
	if fn.Type().Call == nil || !isTuple || (!kw.IsNone() && !isDict) || (!dict.IsNone() && !dictOK) {
		return runtime.Value{}, runtime.NewTypeError("invalid partial state")
	}
	if fnargs.Type() != runtime.TupleType {
		fa = runtime.NewTuple(append([]runtime.Value(nil), fa.Items()...))
	}
	switch {
	case kw.IsNone():
		kd = runtime.NewDict()
	case kw.Type() != runtime.DictType:
		kd = kd.Copy()
	}
	p.fn, p.args, p.kw = fn, fa, kd
	if dict.IsNone() {
		p.attrs = runtime.Attrs{}
	} else {
		p.attrs.SetDict(dd)
	}
	return runtime.None, nil
}

func partial_setdict(v, x runtime.Value) *runtime.Exception {
	if x.IsNull() {
		return runtime.NewTypeError("cannot delete __dict__")
	}
	d, ok := x.TryDict()
	if !ok {
		return runtime.NewTypeError("__dict__ must be set to a dictionary, not a '%s'", x.Type().Name)
	}
	partialOf(v).attrs.SetDict(d)
	return nil
}
