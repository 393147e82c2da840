// This file defines the Python-visible behaviour of dict: its slots (repr, len, in,
// subscript, comparison, |, iteration, construction) and methods, with CPython 3.11's
// error messages, and the helpers that fill a dict from mappings and pair sequences.

package runtime

import "strings"

func init() {
	t := DictType
	t.Repr = dict_repr
	t.Len = func(v Value) (int, *Exception) { return v.AsDict().used, nil }
	t.Contains = dict_contains
	t.GetItem = dict_subscript
	t.SetItem = dict_ass_sub
	t.Iter = func(v Value) (Value, *Exception) { return newDictIter(v.AsDict(), dictIterKeys, false), nil }
	t.RichCompare = dict_richcompare
	t.Number[NbOr] = dict_or
	t.Inplace[NbOr] = dict_ior
	t.New = dict_new
	t.Init = dict_init
	t.InstAttrs = dictInstAttrs
	t.noHash = true
	t.methods = dictMethods
}

// dictObject is the object struct of instances of Python subclasses of dict: the
// table followed by the attribute record.
type dictObject struct {
	Dict
	attrs Attrs
}

// dictInstAttrs is the InstAttrs slot of dict and its subclasses: exact dicts have
// no attributes.
func dictInstAttrs(v Value) *Attrs {
	if v.Type() == DictType {
		return nil
	}
	return &ptrOf[dictObject](v).attrs
}

// dict_new is dict.__new__: an empty dict of type t.
func dict_new(t *Type, args []Value, kwnames []*Str) (Value, *Exception) {
	if t == DictType {
		return NewDict().Value(), nil
	}
	if alloc := dictAllocFor(t); alloc != nil {
		return alloc(t), nil
	}
	o := &dictObject{Dict: Dict{Header: Header{t}}}
	return ValueOf(o), nil
}

// dict_init is dict.__init__(self, iterable_or_mapping=(), /, **kwargs).
func dict_init(self Value, args []Value, kwnames []*Str) *Exception {
	return dictUpdateCommon(self.AsDict(), args, kwnames, "dict")
}

// dictUpdateCommon is dict_update_common: at most one positional argument (a mapping
// or an iterable of pairs), then the keyword arguments.
func dictUpdateCommon(d *Dict, args []Value, kwnames []*Str, name string) *Exception {
	npos := len(args) - len(kwnames)
	if npos > 1 {
		return NewTypeError("%s expected at most 1 argument, got %d", name, npos)
	}
	if npos == 1 {
		if err := dictUpdateArg(d, args[0]); err != nil {
			return err
		}
	}
	for i, k := range kwnames {
		d.SetStr(k, args[npos+i])
	}
	return nil
}

// dictUpdateArg merges arg into d: a dict directly, an object with keys() as a
// mapping, anything else as an iterable of key/value pairs (dict_update_arg).
func dictUpdateArg(d *Dict, arg Value) *Exception {
	if o, ok := dictFastSource(arg); ok {
		return d.Update(o)
	}
	keys, err := lookupAttrOpt(arg, "keys")
	if err != nil {
		return err
	}
	if !keys.IsNull() {
		return dictMergeMapping(d, arg, keys)
	}
	return dictMergeSeq2(d, arg)
}

// lookupAttrOpt returns v.name, or the null Value if v has no such attribute.
func lookupAttrOpt(v Value, name string) (Value, *Exception) { return GetAttrOpt(v, Intern(name)) }

// dictFastSource returns arg's table when arg is a dict whose iteration is dict's
// own, so that merging may read its entries directly, as dict_merge does.
func dictFastSource(arg Value) (*Dict, bool) {
	d, ok := arg.TryDict()
	if !ok {
		return nil, false
	}
	if t := arg.Type(); t != DictType && t.LookupString("__iter__") != DictType.LookupString("__iter__") {
		return nil, false
	}
	return d, true
}

// dictMergeMapping copies mapping[k] for every k in keys() (the keys bound method).
func dictMergeMapping(d *Dict, mapping, keys Value) *Exception {
	ks, err := Call(keys, nil, nil)
	if err != nil {
		return err
	}
	return forEach(ks, func(k Value) *Exception {
		v, err := GetItem(mapping, k)
		if err != nil {
			return err
		}
		return d.SetItem(k, v)
	})
}

// dictMergeSeq2 adds the pairs of an iterable (PyDict_MergeFromSeq2).
func dictMergeSeq2(d *Dict, seq Value) *Exception {
	i := 0
	err := forEach(seq, func(item Value) *Exception {
		pair, err := sequenceItems(item)
		if err != nil {
			if err.Matches(TypeErrorType) {
				return NewTypeError("cannot convert dictionary update sequence element #%d to a sequence", i)
			}
			return err
		}
		if len(pair) != 2 {
			return NewValueError("dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
		}
		i++
		return d.SetItem(pair[0], pair[1])
	})
	if err != nil && err.Matches(TypeErrorType) && i == 0 && !isIterable(seq) {
		return NewTypeError("'%s' object is not iterable", seq.Type().Name)
	}
	return err
}

// isIterable reports whether iter(v) can work (tp_iter or the sequence protocol).
func isIterable(v Value) bool { t := v.Type(); return t.Iter != nil || t.GetItem != nil }

// sequenceItems returns the items of a tuple, or of any iterable, as PySequence_Fast.
func sequenceItems(v Value) ([]Value, *Exception) {
	if t, ok := v.TryTuple(); ok {
		return t.Items(), nil
	}
	var items []Value
	err := forEach(v, func(x Value) *Exception { items = append(items, x); return nil })
	return items, err
}

// forEach calls fn for every item of the iterable v, stopping at the first error.
func forEach(v Value, fn func(Value) *Exception) *Exception {
	it, err := Iter(v)
	if err != nil {
		return err
	}
	for {
		x, err := Next(it)
		if err != nil {
			return err
		}
		if x.IsNull() {
			return nil
		}
		if err := fn(x); err != nil {
			return err
		}
	}
}

// dict_repr is dict.__repr__: {k: v, ...}, with {...} for a dict inside itself.
func dict_repr(v Value) (Value, *Exception) {
	d := v.AsDict()
	if d.used == 0 {
		return StrValue("{}"), nil
	}
	if !reprEnter(v) {
		return StrValue("{...}"), nil
	}
	defer reprLeave()
	var b strings.Builder
	b.WriteByte('{')
	first := true
	for pos := 0; ; {
		k, val, ok := d.Next(&pos)
		if !ok {
			break
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		ks, err := Repr(k)
		if err != nil {
			return Value{}, err
		}
		b.WriteString(ks.S)
		b.WriteString(": ")
		vs, err := Repr(val)
		if err != nil {
			return Value{}, err
		}
		b.WriteString(vs.S)
	}
	b.WriteByte('}')
	return StrValue(b.String()), nil
}

func dict_contains(v, key Value) (bool, *Exception) { return v.AsDict().Contains(key) }

// dict_subscript is d[key]: a missing key calls __missing__ on a subclass that has
// one, else raises KeyError(key).
func dict_subscript(v, key Value) (Value, *Exception) {
	d := v.AsDict()
	val, found, err := d.GetItem(key)
	if found || err != nil {
		return val, err
	}
	if t := v.Type(); t != DictType {
		if m := t.LookupString("__missing__"); !m.IsNull() {
			return callBound(m, v, key)
		}
	}
	return Value{}, NewKeyError(key)
}

// callBound calls the class attribute m bound to self, with args.
func callBound(m, self Value, args ...Value) (Value, *Exception) {
	if get := m.Type().DescrGet; get != nil {
		bound, err := get(m, self, self.Type())
		if err != nil {
			return Value{}, err
		}
		return Call(bound, args, nil)
	}
	return Call(m, append([]Value{self}, args...), nil)
}

// dict_ass_sub is d[key] = val, or del d[key] when val is null.
func dict_ass_sub(v, key, val Value) *Exception {
	d := v.AsDict()
	if !val.IsNull() {
		return d.SetItem(key, val)
	}
	_, found, err := d.DelItem(key)
	if err == nil && !found {
		err = NewKeyError(key)
	}
	return err
}

// dict_richcompare implements == and != between dicts.
func dict_richcompare(v, w Value, op CompareOp) (Value, *Exception) {
	a, ok1 := v.TryDict()
	b, ok2 := w.TryDict()
	if !ok1 || !ok2 || (op != Eq && op != Ne) {
		return NotImplemented, nil
	}
	eq, err := dictEqual(a, b)
	if err != nil {
		return Value{}, err
	}
	return Bool(eq == (op == Eq)), nil
}

// dictEqual compares two dicts item by item in a's order; values are compared with
// the identity shortcut, and a's table is re-read after every comparison because a
// comparison may mutate it.
func dictEqual(a, b *Dict) (bool, *Exception) {
	if a.used != b.used {
		return false, nil
	}
	for i := 0; i < len(a.entries); i++ {
		e := a.entries[i]
		if e.key.IsNull() {
			continue
		}
		bval, found, err := b.GetItemHash(e.key, e.hash)
		if err != nil || !found {
			return false, err
		}
		if eq, err := RichCompareBool(e.value, bval, Eq); err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// dict_or is dict | other for two dicts: a new dict with self's items updated by
// other's.
func dict_or(a, b Value) (Value, *Exception) {
	x, ok1 := a.TryDict()
	_, ok2 := b.TryDict()
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	r := x.Copy()
	if err := dictUpdateArg(r, b); err != nil {
		return Value{}, err
	}
	return r.Value(), nil
}

// dict_ior is dict |= other: other may be any mapping or iterable of pairs.
func dict_ior(a, b Value) (Value, *Exception) {
	d, ok := a.TryDict()
	if !ok {
		return NotImplemented, nil
	}
	if err := dictUpdateArg(d, b); err != nil {
		return Value{}, err
	}
	return a, nil
}

// dictMethods are the methods of dict, in CPython's order.
var dictMethods = []Method{
	{Name: "__contains__", Fn: dict___contains__, Sig: "key, /", Flags: MethO, Doc: "True if the dictionary has the specified key, else False."},
	{Name: "__sizeof__", Fn: dict___sizeof__, Flags: MethNoArgs, Doc: "D.__sizeof__() -> size of D in memory, in bytes"},
	{Name: "get", Fn: dict_get, One: dictGetOne, Two: dictGetCall, Sig: "key, default=, /", Doc: "Return the value for key if key is in the dictionary, else default."},
	{Name: "setdefault", Fn: dict_setdefault, One: dictSetDefaultOne, Two: dictSetDefaultTwo, Sig: "key, default=, /", Doc: "Insert key with a value of default if key is not in the dictionary.\n\nReturn the value for key if key is in the dictionary, else default."},
	{Name: "pop", Fn: dict_pop, One: dictPopOne, Two: dictPopCall, Sig: "key, default=, /", Doc: "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\nIf the key is not found, return the default if given; otherwise,\nraise a KeyError."},
	{Name: "popitem", Fn: dict_popitem, Flags: MethNoArgs, Doc: "Remove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO (last-in, first-out) order.\nRaises KeyError if the dict is empty."},
	{Name: "keys", Fn: dict_keys, Flags: MethNoArgs, Doc: "D.keys() -> a set-like object providing a view on D's keys"},
	{Name: "items", Fn: dict_items, Flags: MethNoArgs, Doc: "D.items() -> a set-like object providing a view on D's items"},
	{Name: "values", Fn: dict_values, Flags: MethNoArgs, Doc: "D.values() -> an object providing a view on D's values"},
	{Name: "update", Fn: dict_update, Sig: "*args, **kwargs", Flags: MethOld | MethBorrowArgs, Doc: "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.\nIf E is present and has a .keys() method, then does:  for k in E: D[k] = E[k]\nIf E is present and lacks a .keys() method, then does:  for k, v in E: D[k] = v\nIn either case, this is followed by: for k in F:  D[k] = F[k]"},
	{Name: "fromkeys", Fn: dict_fromkeys, Sig: "iterable, value=, /", Flags: MethClass, Doc: "Create a new dictionary with keys from iterable and values set to value."},
	{Name: "clear", Fn: dict_clear, Flags: MethNoArgs, Doc: "D.clear() -> None.  Remove all items from D."},
	{Name: "copy", Fn: dict_copy, Flags: MethNoArgs, Doc: "D.copy() -> a shallow copy of D"},
	{Name: "__reversed__", Fn: dict___reversed__, Flags: MethNoArgs, Doc: "Return a reverse iterator over the dict keys."},
	{Name: "__class_getitem__", Fn: classGetItemSelf, Sig: "item, /", Flags: MethO | MethClass, Doc: "See PEP 585"},
}

// classGetItemSelf is the builtin classes' __class_getitem__ (PEP 585).
func classGetItemSelf(cls Value, args []Value) (Value, *Exception) { return ClassGetItem(cls, args) }

func dict___contains__(self Value, args []Value) (Value, *Exception) {
	in, err := self.AsDict().Contains(args[0])
	if err != nil {
		return Value{}, err
	}
	return Bool(in), nil
}

func dict___sizeof__(self Value, args []Value) (Value, *Exception) {
	d := self.AsDict()
	b, _ := typeSizes(self.Type()) // PyDictObject, with a subclass's additions
	size := int(b)
	if d.indices != nil {
		entrySize := 16 // str-only tables keep no hash in their entries
		if d.general {
			entrySize = 24
		}
		size += 32 + len(d.indices)*indexWidth(len(d.indices)) + dictUsable(len(d.indices))*entrySize
	}
	return Int(int64(size)), nil
}

// indexWidth is the byte width of CPython's index entries for a table of size n.
func indexWidth(n int) int {
	switch {
	case n <= 0xff:
		return 1
	case n <= 0xffff:
		return 2
	case n <= 0xffffffff:
		return 4
	}
	return 8
}

// orNone returns v, or None if v is null (an omitted optional argument).
func orNone(v Value) Value {
	if v.IsNull() {
		return None
	}
	return v
}

func dict_get(self Value, args []Value) (Value, *Exception) {
	return dictGetCall(self, args[0], args[1]) // tmpl15_methods.go
}

func dict_setdefault(self Value, args []Value) (Value, *Exception) {
	return self.AsDict().SetDefault(args[0], orNone(args[1]))
}

// dict_pop is dict.pop (tmpl15_methods.go).
func dict_pop(self Value, args []Value) (Value, *Exception) {
	return dictPopCall(self, args[0], args[1])
}

func dict_popitem(self Value, args []Value) (Value, *Exception) {
	k, v, ok := self.AsDict().PopItem()
	if !ok {
		return Value{}, NewExceptionMsg(KeyErrorType, "popitem(): dictionary is empty")
	}
	return tuplePair(k, v), nil
}

func dict_update(self Value, args []Value) (Value, *Exception) {
	pos := args[0].AsTuple().Items()
	if len(pos) > 1 {
		return Value{}, NewTypeError("update expected at most 1 argument, got %d", len(pos))
	}
	d := self.AsDict()
	if len(pos) == 1 {
		if err := dictUpdateArg(d, pos[0]); err != nil {
			return Value{}, err
		}
	}
	if kw, ok := args[1].TryDict(); ok {
		if err := d.Update(kw); err != nil {
			return Value{}, err
		}
	}
	return None, nil
}

// dict_fromkeys is the class method dict.fromkeys(iterable, value=None).
func dict_fromkeys(cls Value, args []Value) (Value, *Exception) {
	iterable, value := args[0], orNone(args[1])
	dv, err := Call(cls, nil, nil)
	if err != nil {
		return Value{}, err
	}
	d, exact := dv.TryDict()
	exact = exact && dv.Type() == DictType
	if exact && d.used == 0 {
		if src, ok := iterable.TryDict(); ok && iterable.Type() == DictType {
			d.resize(dictSizeFor((src.used*3 + 1) / 2))
			for pos := 0; ; {
				e, ok := src.nextEntry(&pos)
				if !ok {
					return dv, nil
				}
				d.insertNew(e.key, e.hash, value)
			}
		}
		if s, ok := iterable.TrySet(); ok && (iterable.Type() == SetType || iterable.Type() == FrozenSetType) {
			d.resize(dictSizeFor((s.used*3 + 1) / 2))
			for pos := 0; ; {
				e, ok := s.nextEntry(&pos)
				if !ok {
					return dv, nil
				}
				d.insertNew(e.key(), e.hash(), value)
			}
		}
	}
	err = forEach(iterable, func(k Value) *Exception {
		if exact {
			return d.SetItem(k, value)
		}
		return SetItem(dv, k, value)
	})
	if err != nil {
		return Value{}, err
	}
	return dv, nil
}

func dict_clear(self Value, args []Value) (Value, *Exception) {
	self.AsDict().Clear()
	return None, nil
}

func dict_copy(self Value, args []Value) (Value, *Exception) {
	if _, ok := dictFastSource(self); !ok {
		// A subclass with its own __iter__: PyDict_Copy merges through
		// keys() and __getitem__, as dict(x) does.
		d := NewDict()
		if err := dictUpdateArg(d, self); err != nil {
			return Value{}, err
		}
		return d.Value(), nil
	}
	return self.AsDict().Copy().Value(), nil
}

func dict___reversed__(self Value, args []Value) (Value, *Exception) {
	return newDictIter(self.AsDict(), dictIterKeys, true), nil
}
