// This file defines dict's iterators (forward and reversed, over keys, values and
// items, detecting changes of the dict during iteration as CPython does) and its
// views dict_keys, dict_values and dict_items, with the set operations of the
// set-like views.

package runtime

import "strings"

// dictIterKind says what a dict iterator or view yields.
type dictIterKind uint8

const (
	dictIterKeys dictIterKind = iota
	dictIterValues
	dictIterItems
)

// The iterator and view types.
var (
	DictKeyIterType      = newBuiltinType("dict_keyiterator", ObjectType, 0)
	DictValueIterType    = newBuiltinType("dict_valueiterator", ObjectType, 0)
	DictItemIterType     = newBuiltinType("dict_itemiterator", ObjectType, 0)
	DictRevKeyIterType   = newBuiltinType("dict_reversekeyiterator", ObjectType, 0)
	DictRevValueIterType = newBuiltinType("dict_reversevalueiterator", ObjectType, 0)
	DictRevItemIterType  = newBuiltinType("dict_reverseitemiterator", ObjectType, 0)
	DictKeysType         = newBuiltinType("dict_keys", ObjectType, 0)
	DictValuesType       = newBuiltinType("dict_values", ObjectType, 0)
	DictItemsType        = newBuiltinType("dict_items", ObjectType, 0)
)

// dictIterTypes[reversed][kind] and dictViewTypes[kind] are the types by kind.
var (
	dictIterTypes = [2][3]*Type{{DictKeyIterType, DictValueIterType, DictItemIterType}, {DictRevKeyIterType, DictRevValueIterType, DictRevItemIterType}}
	dictViewTypes = [3]*Type{DictKeysType, DictValuesType, DictItemsType}
)

const (
	errDictChangedSize    = "dictionary changed size during iteration"
	errDictKeysChanged    = "dictionary keys changed during iteration"
	dictIterLengthHintDoc = "Private method returning an estimate of len(list(it))."
	dictViewIsDisjointDoc = "Return True if the view and the given iterable have a null intersection."
)

// dictIter is a dict iterator. d is nil once exhausted; used is the dict's size when
// the iterator was created (-1 after a size change, so the error repeats).
type dictIter struct {
	Header
	d        *Dict
	used     int
	pos      int
	left     int
	kind     dictIterKind
	reversed bool
}

func newDictIter(d *Dict, kind dictIterKind, reversed bool) Value {
	it := &dictIter{Header: Header{dictIterTypes[boolInt(reversed)][kind]}, d: d, used: d.used, left: d.used, kind: kind, reversed: reversed}
	if reversed {
		it.pos = len(d.entries) - 1
	}
	return ValueOf(it)
}

func init() {
	for _, ts := range dictIterTypes {
		for _, t := range ts {
			t.Iter = func(v Value) (Value, *Exception) { return v, nil }
			t.Next = dictiter_next
			t.methods = []Method{{Name: "__length_hint__", Fn: dictiter_len, Flags: MethNoArgs, Doc: dictIterLengthHintDoc},
				{Name: "__reduce__", Fn: dictiter_reduce, Flags: MethNoArgs, Doc: reduceDoc}}
		}
	}
}

// dictiter_reduce is (iter, (list,)) with the items a copy of the iterator
// has left to produce.
func dictiter_reduce(self Value, _ []Value) (Value, *Exception) {
	tmp := *ptrOf[dictIter](self)
	items, err := drainIter(ValueOf(&tmp), dictiter_next)
	if err != nil {
		return Value{}, err
	}
	return iterReduceList(items)
}

// dictiter_next yields the next entry, raising RuntimeError if the dict changed size
// since the iterator was created, or changed its keys without changing size.
func dictiter_next(v Value) (Value, *Exception) {
	it := ptrOf[dictIter](v)
	e, err := it.advance()
	if e == nil {
		return Value{}, err
	}
	switch it.kind {
	case dictIterKeys:
		return e.key, nil
	case dictIterValues:
		return e.value, nil
	}
	return tuplePair(e.key, e.value), nil
}

// advance steps it to its next entry: nil at the end or on an error. The
// interpreter's fused `for k, v in d.items()` reads the entry without a tuple.
func (it *dictIter) advance() (*dictEntry, *Exception) {
	d := it.d
	if d == nil {
		return nil, nil
	}
	if it.used != d.used {
		it.used = -1
		return nil, NewRuntimeError(errDictChangedSize)
	}
	i := it.pos
	if it.reversed {
		for i >= 0 && i < len(d.entries) && d.entries[i].key.IsNull() {
			i--
		}
		if i < 0 || i >= len(d.entries) {
			it.d = nil
			return nil, nil
		}
		it.pos = i - 1
	} else {
		for i < len(d.entries) && d.entries[i].key.IsNull() {
			i++
		}
		if i >= len(d.entries) {
			it.d = nil
			return nil, nil
		}
		if it.left == 0 {
			it.d = nil
			return nil, NewRuntimeError(errDictKeysChanged)
		}
		it.pos = i + 1
	}
	it.left--
	return &d.entries[i], nil
}

func dictiter_len(self Value, args []Value) (Value, *Exception) {
	it := ptrOf[dictIter](self)
	if it.d != nil && it.used == it.d.used {
		return Int(int64(it.left)), nil
	}
	return Int(0), nil
}

// dictView is a dict_keys, dict_values or dict_items object.
type dictView struct {
	Header
	d    *Dict
	dv   Value // the dict as a Value (a subclass instance keeps its type)
	kind dictIterKind
}

func newDictView(dv Value, kind dictIterKind) Value {
	return ValueOf(&dictView{Header{dictViewTypes[kind]}, dv.AsDict(), dv, kind})
}

func dict_keys(self Value, args []Value) (Value, *Exception) {
	return newDictView(self, dictIterKeys), nil
}

func dict_values(self Value, args []Value) (Value, *Exception) {
	return newDictView(self, dictIterValues), nil
}

func dict_items(self Value, args []Value) (Value, *Exception) {
	return newDictView(self, dictIterItems), nil
}

func init() {
	for _, t := range dictViewTypes {
		t.Len = func(v Value) (int, *Exception) { return ptrOf[dictView](v).d.used, nil }
		t.Iter = func(v Value) (Value, *Exception) {
			w := ptrOf[dictView](v)
			return newDictIter(w.d, w.kind, false), nil
		}
		t.Repr = dictview_repr
		t.getsets = []GetSetDef{{Name: "mapping", Get: func(v Value) (Value, *Exception) {
			return newMappingProxy(ptrOf[dictView](v).dv), nil
		}}}
		t.methods = []Method{{Name: "__reversed__", Fn: dictview_reversed, Flags: MethNoArgs, Doc: "Return a reverse iterator over the dict " + viewNoun(t) + "."}}
	}
	for _, t := range []*Type{DictKeysType, DictItemsType} {
		t.Contains = dictview_contains
		t.RichCompare = dictview_richcompare
		t.Number[NbSubtract] = dictviews_sub
		t.Number[NbAnd] = dictviews_and
		t.Number[NbOr] = dictviews_or
		t.Number[NbXor] = dictviews_xor
		t.methods = append(t.methods, Method{Name: "isdisjoint", Fn: dictviews_isdisjoint, Sig: "other, /", Flags: MethO, Doc: dictViewIsDisjointDoc})
		t.noHash = true
	}
}

func viewNoun(t *Type) string { return strings.TrimPrefix(t.Name, "dict_") }

func dictview_reversed(self Value, args []Value) (Value, *Exception) {
	w := ptrOf[dictView](self)
	return newDictIter(w.d, w.kind, true), nil
}

// dictview_repr is e.g. dict_keys([1, 2]); a view inside itself prints as "...".
func dictview_repr(v Value) (Value, *Exception) {
	if !reprEnter(v) {
		return StrValue("..."), nil
	}
	defer reprLeave()
	w := ptrOf[dictView](v)
	var b strings.Builder
	b.WriteString(v.Type().Name)
	b.WriteString("([")
	it := newDictIter(w.d, w.kind, false)
	for n := 0; ; n++ {
		x, err := dictiter_next(it)
		if err != nil {
			return Value{}, err
		}
		if x.IsNull() {
			break
		}
		if n > 0 {
			b.WriteString(", ")
		}
		s, err := Repr(x)
		if err != nil {
			return Value{}, err
		}
		b.WriteString(s.S)
	}
	b.WriteString("])")
	return StrValue(b.String()), nil
}

// dictview_contains is `in` for keys views (key lookup) and items views (a
// (key, value) pair whose value equals the dict's).
func dictview_contains(v, x Value) (bool, *Exception) {
	w := ptrOf[dictView](v)
	if w.kind == dictIterKeys {
		return w.d.Contains(x)
	}
	t, ok := x.TryTuple()
	if !ok || t.Len() != 2 {
		return false, nil
	}
	kv := t.Items()
	found, ok, err := w.d.GetItem(kv[0])
	if err != nil || !ok {
		return false, err
	}
	return RichCompareBool(found, kv[1], Eq)
}

// isSetLike reports whether v is a set, frozenset, dict_keys or dict_items.
func isSetLike(v Value) bool {
	if _, ok := v.TrySet(); ok {
		return true
	}
	return isDictSetView(v)
}

// dictview_richcompare compares a set-like view with a set or set-like view.
func dictview_richcompare(v, w Value, op CompareOp) (Value, *Exception) {
	if !isSetLike(w) {
		return NotImplemented, nil
	}
	n1, err := Len(v)
	if err != nil {
		return Value{}, err
	}
	n2, err := Len(w)
	if err != nil {
		return Value{}, err
	}
	var ok bool
	switch op {
	case Eq, Ne:
		ok = n1 == n2
		if ok {
			ok, err = allContainedIn(v, w)
		}
		if op == Ne {
			ok = !ok
		}
	case Lt, Le:
		ok = n1 < n2 || (op == Le && n1 == n2)
		if ok {
			ok, err = allContainedIn(v, w)
		}
	default:
		ok = n1 > n2 || (op == Ge && n1 == n2)
		if ok {
			ok, err = allContainedIn(w, v)
		}
	}
	if err != nil {
		return Value{}, err
	}
	return Bool(ok), nil
}

// allContainedIn reports whether every item of a is in b.
func allContainedIn(a, b Value) (bool, *Exception) {
	all := true
	err := forEach(a, func(x Value) *Exception {
		in, err := Contains(b, x)
		if err == nil && !in {
			all = false
			return errStopIteration
		}
		return err
	})
	if err == errStopIteration {
		err = nil
	}
	return all, err
}

// errStopIteration ends a forEach early; it never escapes.
var errStopIteration = &Exception{}

// viewToSet returns set(x), reading a keys view's dict directly (dictviews_to_set).
func viewToSet(x Value) (*Set, *Exception) {
	if x.Type() == DictKeysType {
		if w := ptrOf[dictView](x); w.dv.Type() == DictType {
			x = w.dv
		}
	}
	s := NewSet()
	return s, s.update(x)
}

func dictviews_sub(a, b Value) (Value, *Exception) {
	s, err := viewToSet(a)
	if err == nil {
		err = s.differenceUpdate(b)
	}
	if err != nil {
		return Value{}, err
	}
	return s.Value(), nil
}

func dictviews_or(a, b Value) (Value, *Exception) {
	s, err := viewToSet(a)
	if err == nil {
		err = s.update(b)
	}
	if err != nil {
		return Value{}, err
	}
	return s.Value(), nil
}

// dictviews_and is _PyDictView_Intersect: the smaller operand is iterated and
// looked up in the other.
func dictviews_and(a, b Value) (Value, *Exception) {
	self, other := a, b
	if !isDictSetView(self) {
		self, other = other, self
	}
	n, _ := Len(self)
	if other.Type() == SetType {
		if o, _ := other.TrySet(); n <= o.used {
			r, err := o.intersection(self)
			if err != nil {
				return Value{}, err
			}
			return r.Value(), nil
		}
	}
	if isDictSetView(other) {
		if m, _ := Len(other); m > n {
			self, other = other, self
		}
	}
	result := NewSet()
	err := forEach(other, func(x Value) *Exception {
		in, err := dictview_contains(self, x)
		if err == nil && in {
			err = result.Add(x)
		}
		return err
	})
	if err != nil {
		return Value{}, err
	}
	return result.Value(), nil
}

// isDictSetView reports whether v is a keys or items view, of dict or of a
// subtype's view type (odict_keys), as PyDictKeys_Check does.
func isDictSetView(v Value) bool {
	t := v.Type()
	return t == DictKeysType || t == DictItemsType || t.IsSubtype(DictKeysType) || t.IsSubtype(DictItemsType)
}

// dictviews_xor is the symmetric difference, with dictitems_xor's algorithm for two
// items views.
func dictviews_xor(a, b Value) (Value, *Exception) {
	if a.Type().IsSubtype(DictItemsType) && b.Type().IsSubtype(DictItemsType) {
		return dictitems_xor(ptrOf[dictView](a).d, ptrOf[dictView](b).d)
	}
	s, err := viewToSet(a)
	if err == nil {
		err = s.symmetricDifferenceUpdate(b)
	}
	if err != nil {
		return Value{}, err
	}
	return s.Value(), nil
}

func dictitems_xor(d1, d2 *Dict) (Value, *Exception) {
	tmp := d1.Copy()
	result := NewSet()
	for pos := 0; ; {
		e, ok := d2.nextEntry(&pos)
		if !ok {
			break
		}
		v1, found, err := tmp.GetItemHash(e.key, e.hash)
		del := false
		if err == nil && found {
			del, err = RichCompareBool(v1, e.value, Eq)
		}
		if err == nil && del {
			_, _, err = tmp.DelItemHash(e.key, e.hash)
		} else if err == nil {
			err = result.Add(tuplePair(e.key, e.value))
		}
		if err != nil {
			return Value{}, err
		}
	}
	for pos := 0; ; {
		k, v, ok := tmp.Next(&pos)
		if !ok {
			return result.Value(), nil
		}
		if err := result.Add(tuplePair(k, v)); err != nil {
			return Value{}, err
		}
	}
}

// dictviews_isdisjoint is isdisjoint for keys and items views.
func dictviews_isdisjoint(self Value, args []Value) (Value, *Exception) {
	other := args[0]
	if self == other {
		n, _ := Len(self)
		return Bool(n == 0), nil
	}
	probe, iterated := self, other
	if isSetLike(other) {
		n, _ := Len(self)
		m, err := Len(other)
		if err != nil {
			return Value{}, err
		}
		if m > n {
			probe, iterated = other, self
		}
	}
	disjoint := true
	err := forEach(iterated, func(x Value) *Exception {
		in, err := Contains(probe, x)
		if err == nil && in {
			disjoint = false
			return errStopIteration
		}
		return err
	})
	if err != nil && err != errStopIteration {
		return Value{}, err
	}
	return Bool(disjoint), nil
}
