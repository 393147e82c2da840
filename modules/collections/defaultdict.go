// This file defines collections.defaultdict: a dict subclass whose
// __missing__ calls default_factory and stores the result.

package collections

import (
	"krait/runtime"
)

// DefaultDictType is collections.defaultdict.
var DefaultDictType *runtime.Type

// defDict is the object of defaultdict and its subclasses: the dict table
// first (so dict's own code can use it), then the factory and the
// attribute record of Python subclass instances.
type defDict struct {
	runtime.Dict
	factory runtime.Value // null or None: no factory
	attrs   *runtime.Attrs
}

func initDefaultDictType() {
	DefaultDictType = runtime.NewNativeType(&runtime.TypeSpec{
		Name:  "collections.defaultdict",
		Base:  runtime.DictType,
		Flags: runtime.FlagBaseType,
		Doc: "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n" +
			"A missing key looked up with d[key] gets the value default_factory()\n" +
			"(stored under the key); without a factory it raises KeyError. The\n" +
			"other arguments are those of dict().",
		Methods: defdictMethods,
		GetSets: []runtime.GetSetDef{{Name: "default_factory", Get: defdict_get_factory, Set: defdict_set_factory}},
	}, func(t *runtime.Type) {
		t.New = defdict_new
		t.Init = defdict_init
		t.Repr = defdict_repr
		t.GetItem = defdict_subscript
		t.Number[runtime.NbOr] = defdict_or
		t.InstAttrs = func(v runtime.Value) *runtime.Attrs { return runtime.PtrOf[defDict](v).attrs }
	})
}

func asDefDict(v runtime.Value) *defDict { return runtime.PtrOf[defDict](v) }

// factoryOf returns the factory of dd as Python sees it (None for none).
func (dd *defDict) factoryOf() runtime.Value {
	if dd.factory.IsNull() {
		return runtime.None
	}
	return dd.factory
}

func defdict_new(t *runtime.Type, args []runtime.Value, kwnames []*runtime.Str) (runtime.Value, *runtime.Exception) {
	dd := &defDict{Dict: runtime.Dict{Header: runtime.HeaderFor(t)}}
	if t != DefaultDictType {
		dd.attrs = &runtime.Attrs{}
	}
	return runtime.ValueOf(dd), nil
}

// defdict_init takes the factory from the first positional argument and
// passes the rest to dict.__init__.
func defdict_init(self runtime.Value, args []runtime.Value, kwnames []*runtime.Str) *runtime.Exception {
	dd := asDefDict(self)
	var factory runtime.Value
	if len(args) > len(kwnames) {
		factory = args[0]
		if !factory.IsNone() && factory.Type().Call == nil {
			return runtime.NewTypeError("first argument must be callable or None")
		}
		args = args[1:]
	}
	dd.factory = factory
	return runtime.DictType.Init(self, args, kwnames)
}

func defdict_get_factory(v runtime.Value) (runtime.Value, *runtime.Exception) {
	return asDefDict(v).factoryOf(), nil
}

// defdict_set_factory assigns default_factory (any object, as a T_OBJECT
// member); deleting it leaves no factory.
func defdict_set_factory(v, x runtime.Value) *runtime.Exception {
	asDefDict(v).factory = x
	return nil
}

// missing is defdict_missing: KeyError(key) without a factory, else
// the factory's result stored under key and returned.
func missing(self, key runtime.Value) (runtime.Value, *runtime.Exception) {
	f := asDefDict(self).factory
	if f.IsNull() || f.IsNone() {
		return runtime.Value{}, runtime.NewKeyError(key)
	}
	v, err := runtime.Call(f, nil, nil)
	if err != nil {
		return runtime.Value{}, err
	}
	if err := runtime.SetItem(self, key, v); err != nil {
		return runtime.Value{}, err
	}
	return v, nil
}

// defdict_subscript is d[key]: dict's lookup, then __missing__; an exact
// defaultdict calls its own without looking the method up.
func defdict_subscript(self, key runtime.Value) (runtime.Value, *runtime.Exception) {
	v, found, err := asDefDict(self).GetItem(key)
	if found || err != nil {
		return v, err
	}
	if self.Type() == DefaultDictType {
		return missing(self, key)
	}
	m, err := runtime.GetAttrString(self, "__missing__")
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.Call(m, []runtime.Value{key}, nil)
}

func defdict_missing(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return missing(self, a[0])
}

// newLike calls type(dd)(factory, arg), as copy() and | do.
func newLike(dd runtime.Value, arg runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.Call(dd.Type().Value(), []runtime.Value{asDefDict(dd).factoryOf(), arg}, nil)
}

func defdict_copy(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	return newLike(self, self)
}

// defdict_reduce is (type, (factory,) or (), None, None, iter(items())).
func defdict_reduce(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	args := runtime.TupleValue()
	if f := asDefDict(self).factory; !f.IsNull() && !f.IsNone() {
		args = runtime.TupleValue(f)
	}
	items, err := runtime.GetAttrString(self, "items")
	if err == nil {
		items, err = runtime.Call(items, nil, nil)
	}
	if err != nil {
		return runtime.Value{}, err
	}
	it, err := runtime.Iter(items)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.TupleValue(self.Type().Value(), args, runtime.None, runtime.None, it), nil
}

// defdict_repr is "defaultdict(factory, {...})", with "..." for a factory
// whose repr is already in progress.
func defdict_repr(v runtime.Value) (runtime.Value, *runtime.Exception) {
	// dict's repr in CPython checks for recursion before emptiness, which
	// shows when a defaultdict is its own factory.
	base := "{...}"
	if runtime.ReprEnter(v) {
		runtime.ReprLeave()
		r, err := runtime.DictType.Repr(v)
		if err != nil {
			return runtime.Value{}, err
		}
		base = r.AsStr().S
	}
	f := asDefDict(v).factoryOf()
	fr := "..."
	if runtime.ReprEnter(f) {
		s, err := runtime.Repr(f)
		runtime.ReprLeave()
		if err != nil {
			return runtime.Value{}, err
		}
		fr = s.S
	}
	return runtime.StrValue(typeShortName(v.Type()) + "(" + fr + ", " + base + ")"), nil
}

// defdict_or is defaultdict | dict and dict | defaultdict: a new object of
// the defaultdict operand's type holding the left items updated by the
// right ones.
func defdict_or(a, b runtime.Value) (runtime.Value, *runtime.Exception) {
	self, other := a, b
	if !runtime.IsInstance(a, DefaultDictType) {
		self, other = b, a
	}
	if _, ok := other.TryDict(); !ok {
		return runtime.NotImplemented, nil
	}
	r, err := newLike(self, a)
	if err != nil {
		return runtime.Value{}, err
	}
	rd, ok := r.TryDict()
	if !ok {
		return runtime.Value{}, runtime.NewTypeError("'%s' object is not a dict", r.Type().Name)
	}
	return r, rd.Update(b.AsDict())
}

// defdictMethods are defaultdict's methods, in CPython's order.
var defdictMethods = []runtime.Method{
	{Name: "__missing__", Fn: defdict_missing, Sig: "key, /", Flags: runtime.MethO,
		Doc: "__missing__(key): called by d[key] for a missing key; stores and returns\ndefault_factory(), or raises KeyError without a factory."},
	{Name: "copy", Fn: defdict_copy, Flags: runtime.MethNoArgs, Doc: "A shallow copy of the defaultdict."},
	{Name: "__copy__", Fn: defdict_copy, Flags: runtime.MethNoArgs, Doc: "A shallow copy of the defaultdict."},
	{Name: "__reduce__", Fn: defdict_reduce, Flags: runtime.MethNoArgs, Doc: "Pickling support."},
	{Name: "__class_getitem__", Fn: runtime.ClassGetItem, Sig: "item, /", Flags: runtime.MethO | runtime.MethClass, Doc: "Parameterize the class (PEP 585)."},
}
