// Package collections is the _collections module: deque, defaultdict and
// the helpers collections/__init__.py imports (_count_elements for Counter,
// _tuplegetter for namedtuple) and OrderedDict, which replaces the
// pure-Python version in collections/__init__.py.
package collections

import "krait/runtime"

// Module is the definition of _collections.
var Module = &runtime.ModuleDef{
	Name: "_collections",
	Doc:  "Container types in Go behind the collections package: deque (fast at both\nends) and defaultdict (a dict with a factory for missing keys).",
	Methods: []runtime.Method{
		{Name: "_count_elements", Fn: count_elements, Sig: "mapping, iterable, /",
			Doc: "_count_elements(mapping, iterable): mapping[x] = mapping.get(x, 0) + 1 for each item x"},
	},
	Exec: func(m *runtime.Module) *runtime.Exception {
		lazyTypes()
		m.SetAttr("deque", DequeType.Value())
		m.SetAttr("defaultdict", DefaultDictType.Value())
		m.SetAttr("_deque_iterator", dequeIterType.Value())
		m.SetAttr("_deque_reverse_iterator", dequeRevIterType.Value())
		m.SetAttr("_tuplegetter", tupleGetterType.Value())
		m.SetAttr("OrderedDict", OrderedDictType.Value())
		return nil
	},
}

// count_elements is _count_elements(mapping, iterable): mapping[x] += 1
// for each x, starting from 0. A dict whose get and __setitem__ are dict's
// own is updated directly with one hash per element.
func count_elements(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	mapping := a[0]
	it, err := runtime.Iter(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	mt := mapping.Type()
	if d, ok := mapping.TryDict(); ok && mt.LookupString("get") == runtime.DictType.LookupString("get") &&
		mt.LookupString("__setitem__") == runtime.DictType.LookupString("__setitem__") {
		return runtime.None, countIntoDict(d, it)
	}
	get, err := runtime.GetAttrString(mapping, "get")
	if err != nil {
		return runtime.Value{}, err
	}
	one, zero := runtime.Int(1), runtime.Int(0)
	for {
		key, err := runtime.Next(it)
		if err != nil || key.IsNull() {
			return runtime.None, err
		}
		old, err := runtime.Call(get, []runtime.Value{key, zero}, nil)
		if err != nil {
			return runtime.Value{}, err
		}
		n, err := runtime.BinaryOp(old, one, runtime.NbAdd)
		if err != nil {
			return runtime.Value{}, err
		}
		if err := runtime.SetItem(mapping, key, n); err != nil {
			return runtime.Value{}, err
		}
	}
}

// countIntoDict is count_elements' fast path.
func countIntoDict(d *runtime.Dict, it runtime.Value) *runtime.Exception {
	one := runtime.Int(1)
	for {
		key, err := runtime.Next(it)
		if err != nil || key.IsNull() {
			return err
		}
		h, err := runtime.Hash(key)
		if err != nil {
			return err
		}
		old, found, err := d.GetItemHash(key, h)
		if err != nil {
			return err
		}
		n := one
		if found {
			if old.IsSmallInt() && old.SmallInt() < 1<<62 {
				n = runtime.Int(old.SmallInt() + 1)
			} else if n, err = runtime.BinaryOp(old, one, runtime.NbAdd); err != nil {
				return err
			}
		}
		if err := d.SetItemHash(key, h, n); err != nil {
			return err
		}
	}
}
