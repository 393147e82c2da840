// This file defines OrderedDict's methods: those that override dict's
// (pop, popitem, setdefault, update, clear, copy, views, pickling) and its
// own (move_to_end, __reversed__). A subclass's overridden __getitem__,
// __setitem__ and __delitem__ are honoured where CPython's C class does.

package collections

import "krait/runtime"

// odictMethods are OrderedDict's methods, in CPython's order.
var odictMethods = []runtime.Method{
	{Name: "fromkeys", Fn: odict_fromkeys, Sig: "iterable, value=None", Flags: runtime.MethClass,
		Doc: "Create a new ordered dictionary with keys from iterable and values set to value."},
	{Name: "__sizeof__", Fn: odict_sizeof, Flags: runtime.MethNoArgs},
	{Name: "__reduce__", Fn: odict_reduce, Flags: runtime.MethNoArgs, Doc: "Return state information for pickling"},
	{Name: "setdefault", Fn: odict_setdefault, Sig: "key, default=None",
		Doc: "Insert key with a value of default if key is not in the dictionary.\n\nReturn the value for key if key is in the dictionary, else default."},
	{Name: "pop", Fn: odict_pop, Sig: "key, default=",
		Doc: "od.pop(key[,default]) -> v, remove specified key and return the corresponding value.\n\nIf the key is not found, return the default if given; otherwise,\nraise a KeyError."},
	{Name: "popitem", Fn: odict_popitem, Sig: "last=True",
		Doc: "Remove and return a (key, value) pair from the dictionary.\n\nPairs are returned in LIFO order if last is true or FIFO order if false."},
	{Name: "keys", Fn: odict_keys, Flags: runtime.MethNoArgs},
	{Name: "values", Fn: odict_values, Flags: runtime.MethNoArgs},
	{Name: "items", Fn: odict_items, Flags: runtime.MethNoArgs},
	{Name: "update", Fn: odict_update, Sig: "*args, **kwargs"},
	{Name: "clear", Fn: odict_clear, Flags: runtime.MethNoArgs, Doc: "od.clear() -> None.  Remove all items from od."},
	{Name: "copy", Fn: odict_copy, Flags: runtime.MethNoArgs, Doc: "od.copy() -> a shallow copy of od"},
	{Name: "__reversed__", Fn: odict_reversed, Flags: runtime.MethNoArgs, Doc: "od.__reversed__() <==> reversed(od)"},
	{Name: "move_to_end", Fn: odict_move_to_end, Sig: "key, last=True",
		Doc: "Move an existing element to the end (or beginning if last is false).\n\nRaise KeyError if the element does not exist."},
}

// odict_fromkeys is cls.fromkeys(iterable, value=None): cls() with each key
// set through __setitem__.
func odict_fromkeys(cls runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	value := a[1]
	if value.IsNull() {
		value = runtime.None
	}
	d, err := runtime.Call(cls, nil, nil)
	if err != nil {
		return runtime.Value{}, err
	}
	return d, forEach(a[0], func(k runtime.Value) *runtime.Exception { return runtime.SetItem(d, k, value) })
}

// odict_sizeof adds the node array and the nodes to dict's size.
func odict_sizeof(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	r, err := runtime.Call(runtime.DictType.LookupString("__sizeof__"), []runtime.Value{self}, nil)
	if err != nil || !r.IsSmallInt() {
		return r, err
	}
	od := asODict(self)
	n := r.SmallInt() + 8*int64(len(od.fast))
	if od.first != nil {
		n += 32 * int64(od.Len())
	}
	return runtime.Int(n), nil
}

// odict_reduce is (type, (), __getstate__(), None, iter(items())).
func odict_reduce(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	state, err := runtime.CallMethod(self, "__getstate__")
	if err != nil {
		return runtime.Value{}, err
	}
	items, err := runtime.CallMethod(self, "items")
	if err != nil {
		return runtime.Value{}, err
	}
	it, err := runtime.Iter(items)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.TupleValue(self.Type().Value(), runtime.TupleValue(), state, runtime.None, it), nil
}

// odict_setdefault skips __missing__; a subclass goes through its own
// __contains__, __getitem__ and __setitem__.
func odict_setdefault(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	key, dflt := a[0], a[1]
	if dflt.IsNull() {
		dflt = runtime.None
	}
	if self.Type() == OrderedDictType {
		h, err := runtime.Hash(key)
		if err != nil {
			return runtime.Value{}, err
		}
		v, found, err := asODict(self).GetItemHash(key, h)
		if err != nil || found {
			return v, err
		}
		return dflt, setItemHash(self, key, h, dflt)
	}
	exists, err := runtime.Contains(self, key)
	if err != nil {
		return runtime.Value{}, err
	}
	if exists {
		return runtime.GetItem(self, key)
	}
	return dflt, runtime.SetItem(self, key, dflt)
}

func odict_pop(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	h, err := runtime.Hash(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	return popKey(self, a[0], a[1], h)
}

// popKey removes key (hash h) and returns its value, or dflt (KeyError
// when null) if it is absent. The node goes first, before the dict can
// resize or reuse the entry; a subclass's __getitem__ and __delitem__ are
// not called (bpo-27275).
func popKey(self, key, dflt runtime.Value, h int64) (runtime.Value, *runtime.Exception) {
	od := asODict(self)
	n, err := od.findNode(key, h)
	if err != nil {
		return runtime.Value{}, err
	}
	if n != nil {
		if err := od.clearNode(n, key, h); err != nil {
			return runtime.Value{}, err
		}
		v, found, err := od.DelItemHash(key, h)
		if err != nil || found {
			return v, err
		}
	}
	if dflt.IsNull() {
		return runtime.Value{}, runtime.NewKeyError(key)
	}
	return dflt, nil
}

// odict_popitem removes the last pair, or the first with last=False.
func odict_popitem(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	last, err := boolArg(a[0], true)
	if err != nil {
		return runtime.Value{}, err
	}
	od := asODict(self)
	if od.first == nil {
		return runtime.Value{}, runtime.NewException(runtime.KeyErrorType, runtime.StrValue("dictionary is empty"))
	}
	n := od.first
	if last {
		n = od.last
	}
	key := n.key
	value, err := popKey(self, key, runtime.Value{}, n.hash)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.TupleValue(key, value), nil
}

// boolArg is a "p" (truth value) argument, dflt when omitted.
func boolArg(v runtime.Value, dflt bool) (bool, *runtime.Exception) {
	if v.IsNull() {
		return dflt, nil
	}
	return runtime.IsTrue(v)
}

func odict_keys(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.NewDictView(odictKeysType, self, runtime.DictViewKeys), nil
}

func odict_values(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.NewDictView(odictValuesType, self, runtime.DictViewValues), nil
}

func odict_items(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.NewDictView(odictItemsType, self, runtime.DictViewItems), nil
}

// odict_update is MutableMapping.update: at most one positional argument
// (a mapping or an iterable of pairs), then the keywords, each item set
// through __setitem__.
func odict_update(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	pos := a[0].AsTuple().Items()
	if len(pos) > 1 {
		return runtime.Value{}, runtime.NewTypeError("update() takes at most 1 positional argument (%d given)", len(pos))
	}
	if len(pos) == 1 {
		if err := mutablemappingUpdateArg(self, pos[0]); err != nil {
			return runtime.Value{}, err
		}
	}
	if kw, ok := a[1].TryDict(); ok && kw.Len() > 0 {
		var pos int
		for {
			k, v, ok := kw.Next(&pos)
			if !ok {
				break
			}
			if err := runtime.SetItem(self, k, v); err != nil {
				return runtime.Value{}, err
			}
		}
	}
	return runtime.None, nil
}

// mutablemappingUpdate is update() with the positional and keyword
// arguments of a vectorcall (OrderedDict.__init__).
func mutablemappingUpdate(self runtime.Value, pos []runtime.Value, kwnames []*runtime.Str, kwvals []runtime.Value) *runtime.Exception {
	if len(pos) > 1 {
		return runtime.NewTypeError("update() takes at most 1 positional argument (%d given)", len(pos))
	}
	if len(pos) == 1 {
		if err := mutablemappingUpdateArg(self, pos[0]); err != nil {
			return err
		}
	}
	for i, k := range kwnames {
		if err := runtime.SetItem(self, runtime.ValueOf(k), kwvals[i]); err != nil {
			return err
		}
	}
	return nil
}

// mutablemappingUpdateArg sets the items of arg in self: an exact dict's
// items, a mapping's keys() with arg[key], an object's items(), or the
// pairs of an iterable.
func mutablemappingUpdateArg(self, arg runtime.Value) *runtime.Exception {
	if arg.Type() == runtime.DictType {
		d := arg.AsDict()
		var pairs []runtime.Value
		var pos int
		for {
			k, v, ok := d.Next(&pos)
			if !ok {
				break
			}
			pairs = append(pairs, runtime.TupleValue(k, v))
		}
		return addPairs(self, runtime.NewList(pairs))
	}
	keys, err := attrOpt(arg, "keys")
	if err != nil {
		return err
	}
	if !keys.IsNull() {
		ks, err := runtime.Call(keys, nil, nil)
		if err != nil {
			return err
		}
		return forEach(ks, func(k runtime.Value) *runtime.Exception {
			v, err := runtime.GetItem(arg, k)
			if err != nil {
				return err
			}
			return runtime.SetItem(self, k, v)
		})
	}
	items, err := attrOpt(arg, "items")
	if err != nil {
		return err
	}
	if !items.IsNull() {
		its, err := runtime.Call(items, nil, nil)
		if err != nil {
			return err
		}
		return addPairs(self, its)
	}
	return addPairs(self, arg)
}

// addPairs sets self[k] = v for each two-item iterable (k, v) of pairs.
func addPairs(self, pairs runtime.Value) *runtime.Exception {
	return forEach(pairs, func(pair runtime.Value) *runtime.Exception {
		it, err := runtime.Iter(pair)
		if err != nil {
			return err
		}
		var kv [2]runtime.Value
		for i, msg := range []string{"need more than 0 values to unpack", "need more than 1 value to unpack"} {
			x, err := runtime.Next(it)
			if err != nil {
				return err
			}
			if x.IsNull() {
				return runtime.NewValueError("%s", msg)
			}
			kv[i] = x
		}
		x, err := runtime.Next(it)
		if err != nil {
			return err
		}
		if !x.IsNull() {
			return runtime.NewValueError("too many values to unpack (expected 2)")
		}
		return runtime.SetItem(self, kv[0], kv[1])
	})
}

// attrOpt returns v.name, or the null Value when v has no such attribute.
func attrOpt(v runtime.Value, name string) (runtime.Value, *runtime.Exception) {
	r, err := runtime.GetAttrString(v, name)
	if err != nil && err.Matches(runtime.AttributeErrorType) {
		return runtime.Value{}, nil
	}
	return r, err
}

func odict_clear(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	od := asODict(self)
	od.Clear()
	od.clearNodes()
	return runtime.None, nil
}

// odict_copy is a new object of od's type with od's items in od's order;
// a subclass is called without arguments and filled through its own
// __getitem__ and __setitem__.
func odict_copy(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	od := asODict(self)
	if self.Type() == OrderedDictType {
		c := newODict(OrderedDictType)
		for n := od.first; n != nil; n = n.next {
			v, found, err := od.GetItem(n.key)
			if err == nil && !found {
				err = runtime.NewKeyError(n.key)
			}
			if err == nil {
				err = setItemHash(c, n.key, n.hash, v)
			}
			if err != nil {
				return runtime.Value{}, err
			}
		}
		return c, nil
	}
	c, err := runtime.Call(self.Type().Value(), nil, nil)
	if err != nil {
		return runtime.Value{}, err
	}
	for n := od.first; n != nil; n = n.next {
		v, err := runtime.GetItem(self, n.key)
		if err != nil {
			return runtime.Value{}, err
		}
		if err := runtime.SetItem(c, n.key, v); err != nil {
			return runtime.Value{}, err
		}
	}
	return c, nil
}

func odict_reversed(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	return newODictIter(self, odIterKeys|odIterReversed), nil
}

// odict_move_to_end moves key's node to the end, or to the front with
// last=False; KeyError if key is absent.
func odict_move_to_end(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	key := a[0]
	last, err := boolArg(a[1], true)
	if err != nil {
		return runtime.Value{}, err
	}
	od := asODict(self)
	if od.first == nil {
		return runtime.Value{}, runtime.NewKeyError(key)
	}
	n := od.first
	if last {
		n = od.last
	}
	if key == n.key {
		return runtime.None, nil
	}
	h, err := runtime.Hash(key)
	if err != nil {
		return runtime.Value{}, err
	}
	if n, err = od.findNode(key, h); err != nil {
		return runtime.Value{}, err
	}
	if n == nil {
		return runtime.Value{}, runtime.NewKeyError(key)
	}
	switch {
	case last && n != od.last:
		od.removeNode(n)
		od.addTail(n)
	case !last && n != od.first:
		od.removeNode(n)
		od.addHead(n)
	}
	return runtime.None, nil
}
