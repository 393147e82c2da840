// This file defines the Python-visible behaviour of set and frozenset: slots (repr,
// len, in, iteration, comparison, hashing, the | & - ^ operators and their in-place
// forms, construction), methods and the set iterator, with CPython 3.11's messages.

package runtime

import "strings"

// SetIterType is set_iterator.
var SetIterType = newBuiltinType("set_iterator", ObjectType, 0)

func init() {
	for _, t := range []*Type{SetType, FrozenSetType} {
		t.Repr = set_repr
		t.Len = func(v Value) (int, *Exception) { return anySet(v).used, nil }
		t.Contains = set_contains
		t.Iter = set_iter
		t.RichCompare = set_richcompare
		t.Number[NbOr] = set_or
		t.Number[NbAnd] = set_and
		t.Number[NbSubtract] = set_sub
		t.Number[NbXor] = set_xor
	}
	SetType.Inplace[NbOr] = set_ior
	SetType.Inplace[NbAnd] = set_iand
	SetType.Inplace[NbSubtract] = set_isub
	SetType.Inplace[NbXor] = set_ixor
	SetType.New = set_new
	SetType.Init = set_init
	FrozenSetType.New = frozenset_new
	FrozenSetType.Hash = func(v Value) (int64, *Exception) { return anySet(v).FrozenSetHash(), nil }
	SetIterType.Iter = func(v Value) (Value, *Exception) { return v, nil }
	SetIterType.Next = setiter_next
}

// anySet returns v's *Set; v must be a set or frozenset.
func anySet(v Value) *Set {
	s, ok := v.TrySet()
	if !ok {
		accessorPanic(v, "set")
	}
	return s
}

// setObject is the object struct of instances of Python subclasses of set and
// frozenset: the table followed by the attribute record.
type setObject struct {
	Set
	attrs Attrs
}

// setInstAttrs is the InstAttrs slot of set, frozenset and their subclasses: exact
// sets have no attributes.
func setInstAttrs(v Value) *Attrs {
	if t := v.Type(); t == SetType || t == FrozenSetType {
		return nil
	}
	return &ptrOf[setObject](v).attrs
}

// newSetValue returns a new empty set or frozenset of type t (a subclass instance
// for a Python subclass).
func newSetValue(t *Type) (Value, *Set) {
	if t == SetType || t == FrozenSetType {
		s := newSetOfType(t)
		return s.Value(), s
	}
	o := &setObject{Set: *newSetOfType(t)}
	return ValueOf(o), &o.Set
}

// noKeywords is _PyArg_NoKeywords: "set() takes no keyword arguments".
func noKeywords(name string, kwnames []*Str) *Exception {
	if len(kwnames) > 0 {
		return NewTypeError("%s() takes no keyword arguments", name)
	}
	return nil
}

// atMostOne checks that a constructor got at most one positional argument.
func atMostOne(name string, args []Value) *Exception {
	if len(args) > 1 {
		return NewTypeError("%s expected at most 1 argument, got %d", name, len(args))
	}
	return nil
}

func set_new(t *Type, args []Value, kwnames []*Str) (Value, *Exception) {
	if t == SetType {
		if err := noKeywords("set", kwnames); err != nil {
			return Value{}, err
		}
	}
	v, _ := newSetValue(t)
	return v, nil
}

// set_init is set.__init__(iterable=(), /): it empties the set first.
func set_init(self Value, args []Value, kwnames []*Str) *Exception {
	if err := noKeywords("set", kwnames); err != nil {
		return err
	}
	if err := atMostOne(self.Type().Name, args); err != nil {
		return err
	}
	s := anySet(self)
	if s.fill > 0 {
		s.Clear()
	}
	if len(args) == 1 {
		return s.update(args[0])
	}
	return nil
}

// frozenset_new builds the frozenset; frozenset(f) of an exact frozenset is f.
func frozenset_new(t *Type, args []Value, kwnames []*Str) (Value, *Exception) {
	if t == FrozenSetType || t.LookupString("__init__") == FrozenSetType.LookupString("__init__") {
		if err := noKeywords("frozenset", kwnames); err != nil {
			return Value{}, err
		}
	}
	if err := atMostOne(t.Name, args[:len(args)-len(kwnames)]); err != nil {
		return Value{}, err
	}
	if len(args) > len(kwnames) && t == FrozenSetType && args[0].Type() == FrozenSetType {
		return args[0], nil
	}
	v, s := newSetValue(t)
	if len(args) > len(kwnames) {
		if err := s.update(args[0]); err != nil {
			return Value{}, err
		}
	}
	return v, nil
}

// set_repr is {1, 2}, set(), frozenset({1}), or Sub({1}) for a subclass, with
// set(...) for a set reached from inside itself.
func set_repr(v Value) (Value, *Exception) {
	s := anySet(v)
	name := v.Type().Name
	if !reprEnter(v) {
		return StrValue(name + "(...)"), nil
	}
	defer reprLeave()
	if s.used == 0 {
		return StrValue(name + "()"), nil
	}
	var b strings.Builder
	if v.Type() != SetType {
		b.WriteString(name)
		b.WriteByte('(')
	}
	b.WriteByte('{')
	for i, k := range s.Items() {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := Repr(k)
		if err != nil {
			return Value{}, err
		}
		b.WriteString(r.S)
	}
	b.WriteByte('}')
	if v.Type() != SetType {
		b.WriteByte(')')
	}
	return StrValue(b.String()), nil
}

// set_contains is `in`: an unhashable set is looked up as the equal frozenset.
func set_contains(v, key Value) (bool, *Exception) {
	s := anySet(v)
	in, err := s.Contains(key)
	if err != nil {
		tmp, retry := asFrozenKey(key, err)
		if !retry {
			return false, err
		}
		return s.Contains(tmp)
	}
	return in, nil
}

// asFrozenKey returns frozenset(key) when key is a set and err a TypeError (an
// unhashable set used as a set element), so the lookup can be retried.
func asFrozenKey(key Value, err *Exception) (Value, bool) {
	if key.Type() != SetType && !key.Type().IsSubtype(SetType) || !err.Matches(TypeErrorType) {
		return Value{}, false
	}
	f := NewFrozenSet()
	f.Merge(anySet(key))
	return f.Value(), true
}

// setIter is a set_iterator: s is nil once exhausted; used is the set's size when
// created (-1 after a size change, so the error repeats).
type setIter struct {
	Header
	s    *Set
	used int
	pos  int
	left int
}

func set_iter(v Value) (Value, *Exception) {
	s := anySet(v)
	return ValueOf(&setIter{Header{SetIterType}, s, s.used, 0, s.used}), nil
}

func setiter_next(v Value) (Value, *Exception) {
	it := ptrOf[setIter](v)
	if it.s == nil {
		return Value{}, nil
	}
	if it.used != it.s.used {
		it.used = -1
		return Value{}, NewRuntimeError("Set changed size during iteration")
	}
	k, ok := it.s.Next(&it.pos)
	if !ok {
		it.s = nil
		return Value{}, nil
	}
	it.left--
	return k, nil
}

func setiter_len(self Value, args []Value) (Value, *Exception) {
	it := ptrOf[setIter](self)
	if it.s != nil && it.used == it.s.used {
		return Int(int64(it.left)), nil
	}
	return Int(0), nil
}

// setiter_reduce is (iter, (list,)) with the items a copy of the iterator
// has left to produce.
func setiter_reduce(self Value, _ []Value) (Value, *Exception) {
	tmp := *ptrOf[setIter](self)
	items, err := drainIter(ValueOf(&tmp), setiter_next)
	if err != nil {
		return Value{}, err
	}
	return iterReduceList(items)
}

// set_richcompare compares sets as sets: ==, subset and superset.
func set_richcompare(v, w Value, op CompareOp) (Value, *Exception) {
	a := anySet(v)
	b, ok := w.TrySet()
	if !ok {
		return NotImplemented, nil
	}
	var r bool
	var err *Exception
	switch op {
	case Eq, Ne:
		r, err = a.Equal(b)
		r = r == (op == Eq)
	case Le:
		r, err = a.IsSubset(b)
	case Ge:
		r, err = b.IsSubset(a)
	case Lt:
		if a.used < b.used {
			r, err = a.IsSubset(b)
		}
	case Gt:
		if a.used > b.used {
			r, err = b.IsSubset(a)
		}
	}
	if err != nil {
		return Value{}, err
	}
	return Bool(r), nil
}

// setOperands returns the two sets of a binary operator, or ok false if either
// operand is not a set or frozenset (the operator then returns NotImplemented).
func setOperands(a, b Value) (x, y *Set, ok bool) {
	x, ok1 := a.TrySet()
	y, ok2 := b.TrySet()
	return x, y, ok1 && ok2
}

func setResult(s *Set, err *Exception) (Value, *Exception) {
	if err != nil {
		return Value{}, err
	}
	return s.Value(), nil
}

func set_or(a, b Value) (Value, *Exception) {
	x, y, ok := setOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	return setResult(x.Union(y))
}

func set_and(a, b Value) (Value, *Exception) {
	x, y, ok := setOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	return setResult(x.Intersection(y))
}

func set_sub(a, b Value) (Value, *Exception) {
	x, y, ok := setOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	return setResult(x.Difference(y))
}

func set_xor(a, b Value) (Value, *Exception) {
	x, y, ok := setOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	return setResult(x.SymmetricDifference(y))
}

// inplaceResult returns a itself after an in-place operator succeeded.
func inplaceResult(a Value, err *Exception) (Value, *Exception) {
	if err != nil {
		return Value{}, err
	}
	return a, nil
}

func set_ior(a, b Value) (Value, *Exception) {
	x, y, ok := setOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	return inplaceResult(a, x.Merge(y))
}

func set_iand(a, b Value) (Value, *Exception) {
	x, y, ok := setOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	return inplaceResult(a, x.IntersectionUpdate(y))
}

func set_isub(a, b Value) (Value, *Exception) {
	x, y, ok := setOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	return inplaceResult(a, x.DifferenceUpdate(y))
}

func set_ixor(a, b Value) (Value, *Exception) {
	x, y, ok := setOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	return inplaceResult(a, x.SymmetricDifferenceUpdate(y))
}

// update adds the elements of any iterable (set_update_internal): a set is merged,
// an exact dict's keys are added with their cached hashes.
func (s *Set) update(other Value) *Exception {
	if o, ok := other.TrySet(); ok {
		return s.Merge(o)
	}
	if other.Type() == DictType {
		return s.UpdateDict(other.AsDict())
	}
	if err, ok := s.updateFromSeq(other); ok { // oo18_setupdate.go
		return err
	}
	return forEach(other, s.Add)
}

// intersection is set_intersection with any iterable.
func (s *Set) intersection(other Value) (*Set, *Exception) {
	if o, ok := other.TrySet(); ok {
		return s.Intersection(o)
	}
	return s.intersectionEach(func(fn func(Value) *Exception) *Exception { return forEach(other, fn) })
}

// intersectionEach intersects s with the items each visits, stopping once the
// result is as large as s, as set_intersection does for iterables.
func (s *Set) intersectionEach(each func(func(Value) *Exception) *Exception) (*Set, *Exception) {
	result := newSetOfType(setBaseType(s.typ))
	err := each(func(k Value) *Exception {
		h, err := keyHash(k)
		if err != nil {
			return err
		}
		in, err := s.containsEntry(k, h)
		if err != nil || !in {
			return err
		}
		if err := result.addEntry(k, h); err != nil {
			return err
		}
		if result.used >= s.used {
			return errStopIteration
		}
		return nil
	})
	if err != nil && err != errStopIteration {
		return nil, err
	}
	return result, nil
}

// differenceUpdate is set_difference_update_internal with any iterable.
func (s *Set) differenceUpdate(other Value) *Exception {
	if o, ok := other.TrySet(); ok {
		return s.DifferenceUpdate(o)
	}
	err := forEach(other, func(k Value) *Exception {
		_, err := s.Discard(k)
		return err
	})
	if err != nil {
		return err
	}
	s.purgeDummies()
	return nil
}

// difference is set_difference with any iterable.
func (s *Set) difference(other Value) (*Set, *Exception) {
	if o, ok := other.TrySet(); ok {
		return s.Difference(o)
	}
	if other.Type() == DictType {
		return s.DifferenceDict(other.AsDict())
	}
	r := s.Copy()
	return r, r.differenceUpdate(other)
}

// symmetricDifferenceUpdate is set_symmetric_difference_update with any iterable:
// a non-set is first made into a set, then its elements are toggled.
func (s *Set) symmetricDifferenceUpdate(other Value) *Exception {
	if other.Type() == DictType {
		return s.SymmetricDifferenceUpdateDict(other.AsDict())
	}
	o, ok := other.TrySet()
	if !ok {
		o = newSetOfType(setBaseType(s.typ))
		if err := o.update(other); err != nil {
			return err
		}
	}
	return s.SymmetricDifferenceUpdate(o)
}

// symmetricDifference is set_symmetric_difference with any iterable.
func (s *Set) symmetricDifference(other Value) (*Set, *Exception) {
	r := newSetOfType(setBaseType(s.typ))
	if err := r.update(other); err != nil {
		return nil, err
	}
	return r, r.SymmetricDifferenceUpdate(s)
}

// issubset is set.issubset with any iterable.
func (s *Set) issubset(other Value) (bool, *Exception) {
	o, ok := other.TrySet()
	if !ok {
		o = NewSet()
		if err := o.update(other); err != nil {
			return false, err
		}
	}
	return s.IsSubset(o)
}

// issuperset is set.issuperset with any iterable.
func (s *Set) issuperset(other Value) (bool, *Exception) {
	if o, ok := other.TrySet(); ok {
		return o.IsSubset(s)
	}
	all := true
	err := forEach(other, func(k Value) *Exception {
		in, err := s.Contains(k)
		if err == nil && !in {
			all = false
			return errStopIteration
		}
		return err
	})
	if err != nil && err != errStopIteration {
		return false, err
	}
	return all, nil
}

// isdisjoint is set.isdisjoint with any iterable.
func (s *Set) isdisjoint(other Value) (bool, *Exception) {
	if o, ok := other.TrySet(); ok && (other.Type() == SetType || other.Type() == FrozenSetType) {
		return s.IsDisjoint(o)
	}
	disjoint := true
	err := forEach(other, func(k Value) *Exception {
		in, err := s.Contains(k)
		if err == nil && in {
			disjoint = false
			return errStopIteration
		}
		return err
	})
	if err != nil && err != errStopIteration {
		return false, err
	}
	return disjoint, nil
}

// setMethods are the methods of set, in CPython's order; frozensetMethods those of
// frozenset.
var (
	setMethods = []Method{
		{Name: "add", Fn: set_add, One: setAddOne, Sig: "object, /", Flags: MethO, Doc: "Add an element to a set.\n\nThis has no effect if the element is already present."},
		{Name: "clear", Fn: set_clear, Flags: MethNoArgs, Doc: "Remove all elements from this set."},
		{Name: "__contains__", Fn: set_direct_contains, Sig: "object, /", Flags: MethO, Doc: "x.__contains__(y) <==> y in x."},
		{Name: "copy", Fn: set_copy, Flags: MethNoArgs, Doc: "Return a shallow copy of a set."},
		{Name: "discard", Fn: set_discard, One: setDiscardOne, Sig: "object, /", Flags: MethO, Doc: "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\nan exception when an element is missing from the set."},
		{Name: "difference", Fn: set_difference_multi, Sig: "*others", Doc: "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are in this set but not the others.)"},
		{Name: "difference_update", Fn: set_difference_update, Sig: "*others", Doc: "Remove all elements of another set from this set."},
		{Name: "intersection", Fn: set_intersection_multi, Sig: "*others", Doc: "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both sets.)"},
		{Name: "intersection_update", Fn: set_intersection_update_multi, Sig: "*others", Doc: "Update a set with the intersection of itself and another."},
		{Name: "isdisjoint", Fn: set_isdisjoint, Sig: "other, /", Flags: MethO, Doc: "Return True if two sets have a null intersection."},
		{Name: "issubset", Fn: set_issubset, Sig: "other, /", Flags: MethO, Doc: "Report whether another set contains this set."},
		{Name: "issuperset", Fn: set_issuperset, Sig: "other, /", Flags: MethO, Doc: "Report whether this set contains another set."},
		{Name: "pop", Fn: set_pop, Flags: MethNoArgs, Doc: "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty."},
		{Name: "remove", Fn: set_remove, One: setRemoveOne, Sig: "object, /", Flags: MethO, Doc: "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError."},
		{Name: "__sizeof__", Fn: set_sizeof, Flags: MethNoArgs, Doc: "S.__sizeof__() -> size of S in memory, in bytes"},
		{Name: "symmetric_difference", Fn: set_symmetric_difference, Sig: "other, /", Flags: MethO, Doc: "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that are in exactly one of the sets.)"},
		{Name: "symmetric_difference_update", Fn: set_symmetric_difference_update, Sig: "other, /", Flags: MethO, Doc: "Update a set with the symmetric difference of itself and another."},
		{Name: "union", Fn: set_union, Sig: "*others", Doc: "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)"},
		{Name: "update", Fn: set_update, Sig: "*others", Doc: "Update a set with the union of itself and others."},
		{Name: "__reduce__", Fn: set_reduce, Flags: MethNoArgs, Doc: "Return state information for pickling."},
		{Name: "__class_getitem__", Fn: classGetItemSelf, Sig: "item, /", Flags: MethO | MethClass, Doc: "See PEP 585"},
	}
	frozensetMethods = []Method{
		{Name: "__contains__", Fn: set_direct_contains, Sig: "object, /", Flags: MethO, Doc: "x.__contains__(y) <==> y in x."},
		{Name: "copy", Fn: frozenset_copy, Flags: MethNoArgs, Doc: "Return a shallow copy of a set."},
		{Name: "difference", Fn: set_difference_multi, Sig: "*others", Doc: "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are in this set but not the others.)"},
		{Name: "intersection", Fn: set_intersection_multi, Sig: "*others", Doc: "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both sets.)"},
		{Name: "isdisjoint", Fn: set_isdisjoint, Sig: "other, /", Flags: MethO, Doc: "Return True if two sets have a null intersection."},
		{Name: "issubset", Fn: set_issubset, Sig: "other, /", Flags: MethO, Doc: "Report whether another set contains this set."},
		{Name: "issuperset", Fn: set_issuperset, Sig: "other, /", Flags: MethO, Doc: "Report whether this set contains another set."},
		{Name: "__sizeof__", Fn: set_sizeof, Flags: MethNoArgs, Doc: "S.__sizeof__() -> size of S in memory, in bytes"},
		{Name: "symmetric_difference", Fn: set_symmetric_difference, Sig: "other, /", Flags: MethO, Doc: "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that are in exactly one of the sets.)"},
		{Name: "union", Fn: set_union, Sig: "*others", Doc: "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)"},
		{Name: "__reduce__", Fn: set_reduce, Flags: MethNoArgs, Doc: "Return state information for pickling."},
		{Name: "__class_getitem__", Fn: classGetItemSelf, Sig: "item, /", Flags: MethO | MethClass, Doc: "See PEP 585"},
	}
)

// set_reduce is __reduce__: (type(s), (list(s),), s.__getstate__()).
func set_reduce(self Value, args []Value) (Value, *Exception) {
	state, err := callGetState(self, false)
	if err != nil {
		return Value{}, err
	}
	return TupleValue(self.Type().Value(), TupleValue(NewList(anySet(self).Items())), state), nil
}

func init() {
	SetType.methods = setMethods
	SetType.noHash = true
	FrozenSetType.methods = frozensetMethods
	SetIterType.methods = []Method{{Name: "__length_hint__", Fn: setiter_len, Flags: MethNoArgs, Doc: dictIterLengthHintDoc},
		{Name: "__reduce__", Fn: setiter_reduce, Flags: MethNoArgs, Doc: reduceDoc}}
	SetType.InstAttrs = setInstAttrs
	FrozenSetType.InstAttrs = setInstAttrs
}

// others returns the items of a *others argument.
func others(v Value) []Value { return v.AsTuple().Items() }

func set_add(self Value, args []Value) (Value, *Exception) {
	return noneResult(anySet(self).Add(args[0]))
}

// noneResult returns None after a method that succeeded.
func noneResult(err *Exception) (Value, *Exception) {
	if err != nil {
		return Value{}, err
	}
	return None, nil
}

func set_clear(self Value, args []Value) (Value, *Exception) {
	anySet(self).Clear()
	return None, nil
}

func set_direct_contains(self Value, args []Value) (Value, *Exception) {
	in, err := set_contains(self, args[0])
	if err != nil {
		return Value{}, err
	}
	return Bool(in), nil
}

func set_copy(self Value, args []Value) (Value, *Exception) {
	return anySet(self).Copy().Value(), nil
}

// frozenset_copy returns an exact frozenset itself.
func frozenset_copy(self Value, args []Value) (Value, *Exception) {
	if self.Type() == FrozenSetType {
		return self, nil
	}
	return set_copy(self, args)
}

// set_discard removes an element if present; an unhashable set is looked up as the
// equal frozenset.
func set_discard(self Value, args []Value) (Value, *Exception) {
	_, err := setDiscardKey(anySet(self), args[0])
	return noneResult(err)
}

func setDiscardKey(s *Set, key Value) (bool, *Exception) {
	found, err := s.Discard(key)
	if err != nil {
		tmp, retry := asFrozenKey(key, err)
		if !retry {
			return false, err
		}
		return s.Discard(tmp)
	}
	return found, nil
}

func set_remove(self Value, args []Value) (Value, *Exception) {
	found, err := setDiscardKey(anySet(self), args[0])
	if err == nil && !found {
		err = NewKeyError(args[0])
	}
	return noneResult(err)
}

func set_pop(self Value, args []Value) (Value, *Exception) {
	k, ok := anySet(self).Pop()
	if !ok {
		return Value{}, NewExceptionMsg(KeyErrorType, "pop from an empty set")
	}
	return k, nil
}

func set_sizeof(self Value, args []Value) (Value, *Exception) {
	s := anySet(self)
	b, _ := typeSizes(self.Type()) // PySetObject with its small table
	size := int(b)
	if len(s.table) > setMinSize {
		size += len(s.table) * 16
	}
	return Int(int64(size)), nil
}

func set_difference_multi(self Value, args []Value) (Value, *Exception) {
	s, os := anySet(self), others(args[0])
	if len(os) == 0 {
		return s.Copy().Value(), nil
	}
	r, err := s.difference(os[0])
	for _, o := range os[1:] {
		if err != nil {
			break
		}
		err = r.differenceUpdate(o)
	}
	return setResult(r, err)
}

func set_difference_update(self Value, args []Value) (Value, *Exception) {
	s := anySet(self)
	for _, o := range others(args[0]) {
		if err := s.differenceUpdate(o); err != nil {
			return Value{}, err
		}
	}
	return None, nil
}

// set_intersection_multi intersects with each argument in turn; with none it copies.
func set_intersection_multi(self Value, args []Value) (Value, *Exception) {
	s, os := anySet(self), others(args[0])
	if len(os) == 0 {
		return s.Copy().Value(), nil
	}
	r := s
	for _, o := range os {
		var err *Exception
		if o == r.Value() {
			r = r.Copy()
			continue
		}
		if r, err = r.intersection(o); err != nil {
			return Value{}, err
		}
	}
	return r.Value(), nil
}

func set_intersection_update_multi(self Value, args []Value) (Value, *Exception) {
	r, err := set_intersection_multi(self, args)
	if err != nil {
		return Value{}, err
	}
	anySet(self).swapBodies(anySet(r))
	return None, nil
}

func boolResult(b bool, err *Exception) (Value, *Exception) {
	if err != nil {
		return Value{}, err
	}
	return Bool(b), nil
}

func set_isdisjoint(self Value, args []Value) (Value, *Exception) {
	return boolResult(anySet(self).isdisjoint(args[0]))
}

func set_issubset(self Value, args []Value) (Value, *Exception) {
	return boolResult(anySet(self).issubset(args[0]))
}

func set_issuperset(self Value, args []Value) (Value, *Exception) {
	return boolResult(anySet(self).issuperset(args[0]))
}

func set_symmetric_difference(self Value, args []Value) (Value, *Exception) {
	return setResult(anySet(self).symmetricDifference(args[0]))
}

func set_symmetric_difference_update(self Value, args []Value) (Value, *Exception) {
	return noneResult(anySet(self).symmetricDifferenceUpdate(args[0]))
}

// set_union copies the set and adds each argument, skipping the set itself.
func set_union(self Value, args []Value) (Value, *Exception) {
	r := anySet(self).Copy()
	for _, o := range others(args[0]) {
		if o == self {
			continue
		}
		if err := r.update(o); err != nil {
			return Value{}, err
		}
	}
	return r.Value(), nil
}

func set_update(self Value, args []Value) (Value, *Exception) {
	s := anySet(self)
	for _, o := range others(args[0]) {
		if err := s.update(o); err != nil {
			return Value{}, err
		}
	}
	return None, nil
}
