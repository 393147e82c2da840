// Package abc implements _abc, the native half of abc.ABCMeta: the
// abstract-method computation at class creation, virtual subclass
// registration, and isinstance/issubclass with their positive and
// negative caches. Classes are held by strong references: Krait's types
// are immortal for now (runtime.Type keeps its subclasses the same way),
// so CPython's weak sets would only add cost.
package abc

import "krait/runtime"

// Module is the _abc module definition.
var Module = &runtime.ModuleDef{
	Name: "_abc",
	Doc:  "Module contains faster C implementation of abc.ABCMeta",
	Methods: []runtime.Method{
		{Name: "get_cache_token", Flags: runtime.MethNoArgs, Fn: abc_get_cache_token,
			Doc: "Returns the current ABC cache token.\n\nThe token changes with every call to register() on any ABC."},
		{Name: "_abc_init", Flags: runtime.MethO, Fn: abc__abc_init, Doc: "Internal ABC helper for class set-up. Should be never used outside abc module."},
		{Name: "_abc_register", Sig: "cls, subclass, /", Fn: abc__abc_register, Doc: "Internal ABC helper for subclasss registration. Should be never used outside abc module."},
		{Name: "_abc_instancecheck", Sig: "cls, instance, /", Fn: abc__abc_instancecheck, Doc: "Internal ABC helper for instance checks. Should be never used outside abc module."},
		{Name: "_abc_subclasscheck", Sig: "cls, subclass, /", Fn: abc__abc_subclasscheck, Doc: "Internal ABC helper for subclasss checks. Should be never used outside abc module."},
		{Name: "_get_dump", Flags: runtime.MethO, Fn: abc__get_dump, Doc: "Internal ABC helper for cache and registry debugging."},
		{Name: "_reset_registry", Flags: runtime.MethO, Fn: abc__reset_registry, Doc: "Internal ABC helper to reset registry of a given class.\n\nShould be only used by refleak.py"},
		{Name: "_reset_caches", Flags: runtime.MethO, Fn: abc__reset_caches, Doc: "Internal ABC helper to reset both caches of a given class.\n\nShould be only used by refleak.py"},
	},
}

// invalidationCounter is the cache token: it changes on every register(),
// which makes every ABC's negative cache stale.
var invalidationCounter int64

// typeSet is an insertion-ordered set of classes.
type typeSet struct {
	index map[*runtime.Type]int
	items []*runtime.Type
}

func (s *typeSet) has(t *runtime.Type) bool {
	_, ok := s.index[t]
	return ok
}

func (s *typeSet) add(t *runtime.Type) {
	if s.has(t) {
		return
	}
	if s.index == nil {
		s.index = make(map[*runtime.Type]int)
	}
	s.index[t] = len(s.items)
	s.items = append(s.items, t)
}

func (s *typeSet) clear() { *s = typeSet{} }

// asSet returns the classes as a Python set.
func (s *typeSet) asSet() (runtime.Value, *runtime.Exception) {
	set := runtime.NewSet()
	for _, t := range s.items {
		if err := set.Add(t.Value()); err != nil {
			return runtime.Value{}, err
		}
	}
	return set.Value(), nil
}

// abcData is an _abc._abc_data object, stored as cls._abc_impl.
type abcData struct {
	runtime.Header
	registry, cache, negativeCache typeSet
	negativeCacheVersion           int64
}

// DataType is _abc._abc_data.
var DataType = runtime.NewNativeType(&runtime.TypeSpec{Name: "_abc._abc_data", Doc: "Internal state held by ABC machinery."},
	func(t *runtime.Type) {
		t.New = func(t *runtime.Type, args []runtime.Value, kw []*runtime.Str) (runtime.Value, *runtime.Exception) {
			return runtime.ValueOf(&abcData{Header: runtime.HeaderFor(t), negativeCacheVersion: invalidationCounter}), nil
		}
	})

var (
	nameAbcImpl         = runtime.Intern("_abc_impl")
	nameIsAbstract      = runtime.Intern("__isabstractmethod__")
	nameAbstractMethods = runtime.Intern("__abstractmethods__")
	nameAbcTpflags      = runtime.Intern("__abc_tpflags__")
	nameSubclassCheck   = runtime.Intern("__subclasscheck__")
	nameSubclassHook    = runtime.Intern("__subclasshook__")
	nameSubclasses      = runtime.Intern("__subclasses__")
	nameClass           = runtime.Intern("__class__")
	nameBases           = runtime.Intern("__bases__")
	nameDict            = runtime.Intern("__dict__")
	nameItems           = runtime.Intern("items")
)

func abc_get_cache_token(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.Int(invalidationCounter), nil
}

// implOf returns cls._abc_impl.
func implOf(cls runtime.Value) (*abcData, *runtime.Exception) {
	v, err := runtime.GetAttr(cls, nameAbcImpl)
	if err != nil {
		return nil, err
	}
	if v.Type() != DataType {
		return nil, runtime.NewTypeError("_abc_impl is set to a wrong type")
	}
	return runtime.PtrOf[abcData](v), nil
}

// isAbstract reports whether v has a true __isabstractmethod__.
func isAbstract(v runtime.Value) (bool, *runtime.Exception) {
	r, err := runtime.GetAttrOpt(v, nameIsAbstract)
	if err != nil || r.IsNull() {
		return false, err
	}
	return runtime.IsTrue(r)
}

// computeAbstractMethods sets cls.__abstractmethods__: the names of its
// own abstract attributes and of inherited abstract names it has not
// overridden with a concrete attribute.
func computeAbstractMethods(cls runtime.Value) *runtime.Exception {
	abstracts := runtime.NewFrozenSet()
	ns, err := runtime.GetAttr(cls, nameDict)
	if err != nil {
		return err
	}
	items, err := callMethod(ns, nameItems)
	if err != nil {
		return err
	}
	pairs, err := runtime.IterItems(items)
	if err != nil {
		return err
	}
	for _, p := range pairs {
		kv, ok := p.TryTuple()
		if !ok || kv.Len() != 2 {
			return runtime.NewTypeError("items() returned item which is not a 2-tuple")
		}
		abs, err := isAbstract(kv.Items()[1])
		if err != nil {
			return err
		}
		if abs {
			if err := abstracts.Add(kv.Items()[0]); err != nil {
				return err
			}
		}
	}
	basesV, err := runtime.GetAttr(cls, nameBases)
	if err != nil {
		return err
	}
	bases, ok := basesV.TryTuple()
	if !ok {
		return runtime.NewTypeError("__bases__ is not tuple")
	}
	for _, base := range bases.Items() {
		inherited, err := runtime.GetAttr(base, nameAbstractMethods)
		if err != nil {
			if err.Matches(runtime.AttributeErrorType) {
				continue
			}
			return err
		}
		names, err := runtime.IterItems(inherited)
		if err != nil {
			return err
		}
		for _, name := range names {
			s, ok := name.TryStr()
			if !ok {
				return runtime.NewTypeError("attribute name must be string, not '%s'", name.Type().Name)
			}
			v, err := runtime.GetAttr(cls, s)
			if err != nil {
				if err.Matches(runtime.AttributeErrorType) {
					continue
				}
				return err
			}
			abs, err := isAbstract(v)
			if err != nil {
				return err
			}
			if abs {
				if err := abstracts.Add(name); err != nil {
					return err
				}
			}
		}
	}
	return runtime.SetAttr(cls, nameAbstractMethods, abstracts.Value())
}

// callMethod calls obj.name(*args).
func callMethod(obj runtime.Value, name *runtime.Str, args ...runtime.Value) (runtime.Value, *runtime.Exception) {
	m, err := runtime.GetAttr(obj, name)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.Call(m, args, nil)
}

func abc__abc_init(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	cls := a[0]
	if err := computeAbstractMethods(cls); err != nil {
		return runtime.Value{}, err
	}
	data := &abcData{Header: runtime.HeaderFor(DataType), negativeCacheVersion: invalidationCounter}
	if err := runtime.SetAttr(cls, nameAbcImpl, runtime.ValueOf(data)); err != nil {
		return runtime.Value{}, err
	}
	// collections.abc passes the pattern-matching flags this way; the
	// entry is removed, as CPython removes it.
	if t, ok := cls.TryType(); ok {
		if fl, has := t.Dict().GetStr(nameAbcTpflags); has {
			if fl.IsSmallInt() {
				if err := runtime.SetABCCollectionFlags(t, fl.SmallInt()); err != nil {
					return runtime.Value{}, err
				}
			}
			t.Dict().DelStr(nameAbcTpflags)
			t.Modified()
		}
	}
	return runtime.None, nil
}

func abc__abc_register(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	cls, subclass := a[0], a[1]
	sub, ok := subclass.TryType()
	if !ok {
		return runtime.Value{}, runtime.NewTypeError("Can only register classes")
	}
	already, err := runtime.IsSubclassOf(subclass, cls)
	if err != nil {
		return runtime.Value{}, err
	}
	if already {
		return subclass, nil
	}
	// Cycles are tested after "already a subclass", which lets a
	// registration override an implicit subclass relation.
	cycle, err := runtime.IsSubclassOf(cls, subclass)
	if err != nil {
		return runtime.Value{}, err
	}
	if cycle {
		return runtime.Value{}, runtime.NewRuntimeError("Refusing to create an inheritance cycle")
	}
	impl, err := implOf(cls)
	if err != nil {
		return runtime.Value{}, err
	}
	impl.registry.add(sub)
	if ct, ok := cls.TryType(); ok {
		runtime.RegisterCollectionFlags(ct, sub)
	}
	invalidationCounter++
	return subclass, nil
}

func abc__abc_instancecheck(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	cls, instance := a[0], a[1]
	impl, err := implOf(cls)
	if err != nil {
		return runtime.Value{}, err
	}
	subclass, err := runtime.GetAttr(instance, nameClass)
	if err != nil {
		return runtime.Value{}, err
	}
	if st, ok := subclass.TryType(); ok && impl.cache.has(st) {
		return runtime.True, nil
	}
	subtype := instance.Type().Value()
	if subtype.Is(subclass) {
		if impl.negativeCacheVersion == invalidationCounter && impl.negativeCache.has(instance.Type()) {
			return runtime.False, nil
		}
		return callMethod(cls, nameSubclassCheck, subclass)
	}
	r, err := callMethod(cls, nameSubclassCheck, subclass)
	if err != nil {
		return runtime.Value{}, err
	}
	ok, err := runtime.IsTrue(r)
	if err != nil || ok {
		return r, err
	}
	return callMethod(cls, nameSubclassCheck, subtype)
}

func abc__abc_subclasscheck(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	cls, subclass := a[0], a[1]
	sub, ok := subclass.TryType()
	if !ok {
		return runtime.Value{}, runtime.NewTypeError("issubclass() arg 1 must be a class")
	}
	impl, err := implOf(cls)
	if err != nil {
		return runtime.Value{}, err
	}
	if impl.cache.has(sub) {
		return runtime.True, nil
	}
	if impl.negativeCacheVersion < invalidationCounter {
		impl.negativeCache.clear()
		impl.negativeCacheVersion = invalidationCounter
	} else if impl.negativeCache.has(sub) {
		return runtime.False, nil
	}
	hook, err := callMethod(cls, nameSubclassHook, subclass)
	if err != nil {
		return runtime.Value{}, err
	}
	switch {
	case hook.Is(runtime.True):
		impl.cache.add(sub)
		return runtime.True, nil
	case hook.Is(runtime.False):
		impl.negativeCache.add(sub)
		return runtime.False, nil
	case !hook.Is(runtime.NotImplemented):
		return runtime.Value{}, runtime.NewExceptionMsg(runtime.AssertionErrorType,
			"__subclasshook__ must return either False, True, or NotImplemented")
	}
	if impl.registry.has(sub) && !isRealSubclass(cls, sub) {
		return runtime.True, nil // a registered class itself: CPython does not cache it
	}
	found, err := subclassFound(cls, sub, impl)
	if err != nil {
		return runtime.Value{}, err
	}
	if found {
		impl.cache.add(sub)
		return runtime.True, nil
	}
	impl.negativeCache.add(sub)
	return runtime.False, nil
}

// isRealSubclass reports whether cls is on sub's MRO.
func isRealSubclass(cls runtime.Value, sub *runtime.Type) bool {
	t, ok := cls.TryType()
	return ok && sub.IsSubtype(t)
}

// subclassFound runs steps 4 to 6 of the subclass check: sub is a real
// subclass of cls, or a subclass of a registered class, or of one of
// cls's subclasses.
func subclassFound(cls runtime.Value, sub *runtime.Type, impl *abcData) (bool, *runtime.Exception) {
	if isRealSubclass(cls, sub) {
		return true, nil
	}
	for _, r := range append([]*runtime.Type(nil), impl.registry.items...) {
		ok, err := runtime.IsSubclassOf(sub.Value(), r.Value())
		if err != nil || ok {
			return ok, err
		}
	}
	subs, err := callMethod(cls, nameSubclasses)
	if err != nil {
		return false, err
	}
	list, err := runtime.IterItems(subs)
	if err != nil {
		return false, err
	}
	for _, scls := range list {
		ok, err := runtime.IsSubclassOf(sub.Value(), scls)
		if err != nil || ok {
			return ok, err
		}
	}
	return false, nil
}

// abc__get_dump returns (registry, cache, negative cache, negative cache
// version). CPython's sets hold weak references to the classes; these hold
// the classes.
func abc__get_dump(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	impl, err := implOf(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	var sets [3]runtime.Value
	for i, s := range []*typeSet{&impl.registry, &impl.cache, &impl.negativeCache} {
		if sets[i], err = s.asSet(); err != nil {
			return runtime.Value{}, err
		}
	}
	return runtime.TupleValue(sets[0], sets[1], sets[2], runtime.Int(impl.negativeCacheVersion)), nil
}

func abc__reset_registry(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	impl, err := implOf(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	impl.registry.clear()
	return runtime.None, nil
}

func abc__reset_caches(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	impl, err := implOf(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	impl.cache.clear()
	impl.negativeCache.clear()
	return runtime.None, nil
}
