// This file defines object.__reduce_ex__, object.__reduce__ and
// object.__getstate__: the default pickling protocol that copy, deepcopy
// and pickle use (CPython's Objects/typeobject.c reduce_newobj and
// copyreg._reduce_ex).

package runtime

var objectReduceMethods = []Method{
	{Name: "__reduce_ex__", Sig: "protocol, /", Flags: MethO, Fn: object_reduce_ex},
	{Name: "__reduce__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		return commonReduce(self, 0)
	}},
	{Name: "__getstate__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		return objectGetState(self, false)
	}},
}

func object_reduce_ex(self Value, a []Value) (Value, *Exception) {
	proto, err := indexToInt(a[0], "")
	if err != nil {
		return Value{}, err
	}
	// An overridden __reduce__ wins, as in CPython.
	red, err := getAttrOpt(self, Intern("__reduce__"))
	if err != nil {
		return Value{}, err
	}
	if !red.IsNull() {
		cls := self.Type().Lookup(Intern("__reduce__"))
		objRed, _ := ObjectType.Dict().GetStr(Intern("__reduce__"))
		if !cls.IsNull() && !cls.Is(objRed) {
			return Call(red, nil, nil)
		}
	}
	return commonReduce(self, proto)
}

func commonReduce(self Value, proto int64) (Value, *Exception) {
	copyreg, err := ImportModule("copyreg")
	if err != nil {
		return Value{}, err
	}
	if proto >= 2 {
		return reduceNewObj(self, copyreg)
	}
	return callMethodByName(copyreg, "_reduce_ex", self, Int(proto))
}

// reduceNewObj is reduce_newobj: (copyreg.__newobj__, (cls, *args),
// state, listitems, dictitems).
func reduceNewObj(self, copyreg Value) (Value, *Exception) {
	t := self.Type()
	if t.New == nil {
		return Value{}, NewTypeError("cannot pickle '%s' object", t.Name)
	}
	args, kwargs, err := newArgs(self)
	if err != nil {
		return Value{}, err
	}
	var fn, fnArgs Value
	if kwargs.IsNull() || kwargs.IsNone() || dictLen(kwargs) == 0 {
		if fn, err = GetAttrString(copyreg, "__newobj__"); err != nil {
			return Value{}, err
		}
		items := append([]Value{t.Value()}, args...)
		fnArgs = TupleValue(items...)
	} else {
		if fn, err = GetAttrString(copyreg, "__newobj_ex__"); err != nil {
			return Value{}, err
		}
		fnArgs = TupleValue(t.Value(), TupleValue(args...), kwargs)
	}
	required := args == nil && t.Base != nil && !isInstanceLayout(t) && t.Flags&(FlagListSubclass|FlagDictSubclass) == 0
	state, err := callGetState(self, required)
	if err != nil {
		return Value{}, err
	}
	listItems, dictItems := None, None
	if IsInstance(self, ListType) {
		if listItems, err = Iter(self); err != nil {
			return Value{}, err
		}
	}
	if IsInstance(self, DictType) {
		items, err := callMethodByName(self, "items")
		if err != nil {
			return Value{}, err
		}
		if dictItems, err = Iter(items); err != nil {
			return Value{}, err
		}
	}
	return TupleValue(fn, fnArgs, state, listItems, dictItems), nil
}

func dictLen(v Value) int {
	n, _ := Len(v)
	return n
}

// newArgs calls __getnewargs_ex__ or __getnewargs__ if the object has one.
func newArgs(self Value) ([]Value, Value, *Exception) {
	// Looked up on the type, as CPython's _PyObject_LookupSpecial: an
	// instance __getattr__ is not consulted.
	if f, err := getSpecialOpt(self, Intern("__getnewargs_ex__")); err != nil {
		return nil, Value{}, err
	} else if !f.IsNull() {
		r, err := Call(f, nil, nil)
		if err != nil {
			return nil, Value{}, err
		}
		t, ok := r.TryTuple()
		if !ok || len(t.items) != 2 {
			return nil, Value{}, NewTypeError("__getnewargs_ex__ should return a tuple of length 2, not '%s'", r.Type().Name)
		}
		a, ok := t.items[0].TryTuple()
		if !ok {
			return nil, Value{}, NewTypeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'", t.items[0].Type().Name)
		}
		if _, ok := t.items[1].TryDict(); !ok {
			return nil, Value{}, NewTypeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'", t.items[1].Type().Name)
		}
		return append([]Value{}, a.items...), t.items[1], nil
	}
	if f, err := getSpecialOpt(self, Intern("__getnewargs__")); err != nil {
		return nil, Value{}, err
	} else if !f.IsNull() {
		r, err := Call(f, nil, nil)
		if err != nil {
			return nil, Value{}, err
		}
		a, ok := r.TryTuple()
		if !ok {
			return nil, Value{}, NewTypeError("__getnewargs__ should return a tuple, not '%s'", r.Type().Name)
		}
		return append([]Value{}, a.items...), None, nil
	}
	return nil, None, nil
}

// getSpecialOpt returns the bound special method name of v's type, or null.
func getSpecialOpt(v Value, name *Str) (Value, *Exception) {
	f, selfArg, err := lookupSpecial(v, name)
	if err != nil || f.IsNull() || !selfArg {
		return f, err
	}
	return NewMethod(f, v), nil
}

// callGetState calls self.__getstate__(); object's own version refuses
// objects it cannot describe when required.
func callGetState(self Value, required bool) (Value, *Exception) {
	if own := self.Type().Lookup(Intern("__getstate__")); own.Is(objectGetStateDescr()) {
		return objectGetState(self, required)
	}
	return callMethodByName(self, "__getstate__")
}

func objectGetStateDescr() Value {
	v, _ := ObjectType.Dict().GetStr(Intern("__getstate__"))
	return v
}

// objectGetState is object.__getstate__: the instance dict (None if
// empty), paired with a dict of the __slots__ values when there are any.
func objectGetState(self Value, required bool) (Value, *Exception) {
	t := self.Type()
	state := None
	if required && t.InstAttrs != nil {
		// A builtin layout holds more than a __dict__ can restore
		// (staticmethod, property): CPython's basicsize check refuses it.
		return Value{}, NewTypeError("cannot pickle '%s' object", t.Name)
	}
	if t.InstAttrs != nil {
		if a := t.InstAttrs(self); a != nil {
			d := a.Dict()
			if d.Len() > 0 {
				state = d.Copy().Value()
			}
		}
	} else if required && t.nslots == 0 {
		return Value{}, NewTypeError("cannot pickle '%s' object", t.Name)
	}
	if sn, ok := t.Dict().GetStr(Intern("__slotnames__")); ok {
		// A class's __slotnames__ (copyreg's cache, or set by hand)
		// names the slots, as _PyType_GetSlotNames.
		return slotNamesState(self, state, sn)
	}
	if t.nslots == 0 {
		return state, nil
	}
	slots := NewDict()
	for _, c := range t.MRO {
		if c.Dict() == nil {
			continue
		}
		pos := 0
		for {
			_, v, ok := c.Dict().Next(&pos)
			if !ok {
				break
			}
			if v.Type() != MemberDescrType || ptrOf[memberDescr](v).owner != c {
				continue
			}
			m := ptrOf[memberDescr](v)
			x, err := getAttrOpt(self, m.name)
			if err != nil {
				return Value{}, err
			}
			if !x.IsNull() {
				slots.SetStr(m.name, x)
			}
		}
	}
	if slots.Len() == 0 {
		return state, nil
	}
	return TupleValue(state, slots.Value()), nil
}

// slotNamesState pairs state with the dict of the attributes the class's
// __slotnames__ list names (those that exist), as object_getstate_default.
func slotNamesState(self, state, sn Value) (Value, *Exception) {
	if sn.IsNone() {
		return state, nil
	}
	l, ok := sn.TryList()
	if !ok || sn.Type() != ListType {
		return Value{}, NewTypeError("%s.__slotnames__ should be a list or None, not %s", self.Type().Name, sn.Type().Name)
	}
	names := append([]Value(nil), l.items...) // __getattr__ may change it
	slots := NewDict()
	for _, n := range names {
		s, ok := n.TryStr()
		if !ok {
			return Value{}, NewTypeError("attribute name must be string, not '%s'", n.Type().Name)
		}
		x, err := getAttrOpt(self, InternStr(s))
		if err != nil {
			return Value{}, err
		}
		if !x.IsNull() {
			if err := slots.SetItem(n, x); err != nil {
				return Value{}, err
			}
		}
	}
	if slots.Len() == 0 {
		return state, nil
	}
	return TupleValue(state, slots.Value()), nil
}
