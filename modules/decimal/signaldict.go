// This file defines the signal dicts a Context's flags and traps
// attributes return: decimal.SignalDictMixin, a live view of one of the
// context's condition sets, and SignalDict, the MutableMapping subclass
// the module builds over it as _decimal does.

package cdecimal

import "krait/runtime"

// signalDict views the flags or the traps of ctx.
type signalDict struct {
	runtime.Header
	ctx   *Context
	traps bool
	attrs *runtime.Attrs
}

// signalDictMixinType is decimal.SignalDictMixin; signalDictType is the
// SignalDict class built on it and collections.abc.MutableMapping.
var signalDictMixinType, signalDictType *runtime.Type

func (d *signalDict) field() *uint32 {
	if d.traps {
		return &d.ctx.traps
	}
	return &d.ctx.flags
}

func signalDictOf(v runtime.Value) (*signalDict, bool) {
	if signalDictMixinType == nil || !runtime.IsInstance(v, signalDictMixinType) {
		return nil, false
	}
	d := runtime.PtrOf[signalDict](v)
	return d, d.ctx != nil
}

func newSignalDict(c *Context, traps bool) runtime.Value {
	t := signalDictType
	if t == nil {
		t = signalDictMixinType
	}
	return runtime.ValueOf(&signalDict{Header: runtime.HeaderFor(t), ctx: c, traps: traps, attrs: &runtime.Attrs{}})
}

func sdOf(v runtime.Value) (*signalDict, *runtime.Exception) {
	d, ok := signalDictOf(v)
	if !ok {
		return nil, runtime.NewValueError("invalid signal dict")
	}
	return d, nil
}

func signaldict_getitem(v, key runtime.Value) (runtime.Value, *runtime.Exception) {
	d, err := sdOf(v)
	if err != nil {
		return runtime.Value{}, err
	}
	c, ok := signalCond(key)
	if !ok {
		return runtime.Value{}, runtime.NewKeyError(key)
	}
	return runtime.Bool(*d.field()&c != 0), nil
}

func signaldict_setitem(v, key, val runtime.Value) *runtime.Exception {
	d, err := sdOf(v)
	if err != nil {
		return err
	}
	if val.IsNull() {
		return runtime.NewValueError("signal keys cannot be deleted")
	}
	c, ok := signalCond(key)
	if !ok {
		return runtime.NewKeyError(key)
	}
	on, err := runtime.IsTrue(val)
	if err != nil {
		return err
	}
	if on {
		*d.field() |= c
	} else {
		*d.field() &^= c
	}
	return nil
}

func signaldict_iter(v runtime.Value) (runtime.Value, *runtime.Exception) {
	keys := make([]runtime.Value, len(signalMap))
	for i, s := range signalMap {
		keys[i] = runtime.ValueOf(s.class)
	}
	return runtime.Iter(runtime.TupleValue(keys...))
}

func signaldict_repr(v runtime.Value) (runtime.Value, *runtime.Exception) {
	d, err := sdOf(v)
	if err != nil {
		return runtime.Value{}, err
	}
	s := "{"
	for i, sg := range signalMap {
		if i > 0 {
			s += ", "
		}
		on := "False"
		if *d.field()&sg.cond != 0 {
			on = "True"
		}
		s += "<class 'decimal." + sg.name + "'>:" + on
	}
	return runtime.StrValue(s + "}"), nil
}

func signaldict_copy(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	d, err := sdOf(self)
	if err != nil {
		return runtime.Value{}, err
	}
	dict := runtime.NewDict()
	for _, s := range signalMap {
		if err := dict.SetItem(runtime.ValueOf(s.class), runtime.Bool(*d.field()&s.cond != 0)); err != nil {
			return runtime.Value{}, err
		}
	}
	return runtime.ValueOf(dict), nil
}

func signaldict_richcompare(v, w runtime.Value, op runtime.CompareOp) (runtime.Value, *runtime.Exception) {
	if op != runtime.Eq && op != runtime.Ne {
		return runtime.NotImplemented, nil
	}
	d, err := sdOf(v)
	if err != nil {
		return runtime.Value{}, err
	}
	var other uint32
	if o, ok := signalDictOf(w); ok {
		other = *o.field()
	} else if runtime.IsInstance(w, runtime.DictType) {
		s, err := signalsFromDict(w)
		if err != nil {
			return runtime.NotImplemented, nil
		}
		other = s
	} else {
		return runtime.NotImplemented, nil
	}
	eq := *d.field() == other
	return runtime.Bool(eq == (op == runtime.Eq)), nil
}

func initSignalDict() {
	signalDictMixinType = runtime.NewNativeType(&runtime.TypeSpec{
		Name:  "decimal.SignalDictMixin",
		Flags: runtime.FlagBaseType,
		Methods: []runtime.Method{
			{Name: "copy", Flags: runtime.MethNoArgs, Fn: signaldict_copy},
		},
	}, func(t *runtime.Type) {
		t.New = func(t *runtime.Type, _ []runtime.Value, _ []*runtime.Str) (runtime.Value, *runtime.Exception) {
			return runtime.ValueOf(&signalDict{Header: runtime.HeaderFor(t), attrs: &runtime.Attrs{}}), nil
		}
		t.GetItem = signaldict_getitem
		t.SetItem = signaldict_setitem
		t.Len = func(runtime.Value) (int, *runtime.Exception) { return len(signalMap), nil }
		t.Iter = signaldict_iter
		t.Repr = signaldict_repr
		t.RichCompare = signaldict_richcompare
		t.InstAttrs = func(v runtime.Value) *runtime.Attrs { return runtime.PtrOf[signalDict](v).attrs }
	})
}

// buildSignalDict creates SignalDict(SignalDictMixin, MutableMapping)
// through ABCMeta, once collections.abc can be imported.
func buildSignalDict() *runtime.Exception {
	if signalDictType != nil {
		return nil
	}
	cabc, err := runtime.ImportModule("collections.abc")
	if err != nil {
		return err
	}
	mm, err := runtime.GetAttrString(cabc, "MutableMapping")
	if err != nil {
		return err
	}
	meta := runtime.ValueOf(mm.Type())
	ns := runtime.NewDict()
	ns.SetStr(runtime.Intern("__module__"), runtime.StrValue("abc"))
	ns.SetStr(runtime.Intern("__slots__"), runtime.TupleValue())
	cls, err := runtime.Call(meta, []runtime.Value{runtime.StrValue("SignalDict"),
		runtime.TupleValue(runtime.ValueOf(signalDictMixinType), mm), runtime.ValueOf(ns)}, nil)
	if err != nil {
		return err
	}
	signalDictType = runtime.PtrOf[runtime.Type](cls)
	return nil
}
