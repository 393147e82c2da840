// This file defines Tuple, the object of Python's tuple type.

package runtime

import "strings"

// TupleType is Python's tuple.
var TupleType = newBuiltinType("tuple", ObjectType, FlagBaseType|FlagTupleSubclass)

// Tuple is a tuple object. items is never modified after the tuple is
// published.
type Tuple struct {
	Header
	items []Value
}

var emptyTuple = &Tuple{Header: Header{TupleType}}

// NewTuple returns a tuple holding items (not copied: the caller gives it up).
func NewTuple(items []Value) *Tuple {
	if len(items) == 0 {
		return emptyTuple
	}
	return &Tuple{Header{TupleType}, items}
}

// TupleValue returns a new tuple of items as a Value (items not copied).
func TupleValue(items ...Value) Value { return ValueOf(NewTuple(items)) }

// tuplePair returns the new tuple (a, b) in one allocation (dict items,
// enumerate and zip pairs); TupleValue's variadic slice is a second one.
func tuplePair(a, b Value) Value {
	o := &tuple2{Tuple: Tuple{Header: Header{TupleType}}, arr: [2]Value{a, b}}
	o.items = o.arr[:]
	return ValueOf(&o.Tuple)
}

// Items returns the tuple's items; callers must not modify them.
func (t *Tuple) Items() []Value { return t.items }

// Len returns the number of items.
func (t *Tuple) Len() int { return len(t.items) }

// Value returns t as a Value.
func (t *Tuple) Value() Value { return ValueOf(t) }

func init() {
	TupleType.Repr = tuple_repr
	TupleType.Hash = tuple_hash
	TupleType.Len = func(v Value) (int, *Exception) { return len(v.AsTuple().items), nil }
}

func tuple_repr(v Value) (Value, *Exception) {
	t := v.AsTuple()
	if len(t.items) == 0 {
		return StrValue("()"), nil
	}
	if !reprEnter(v) {
		return StrValue("(...)"), nil
	}
	defer reprLeave()
	var b strings.Builder
	b.WriteByte('(')
	for i, it := range t.items {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := Repr(it)
		if err != nil {
			return Value{}, err
		}
		b.WriteString(s.S)
	}
	if len(t.items) == 1 {
		b.WriteByte(',')
	}
	b.WriteByte(')')
	return StrValue(b.String()), nil
}

func tuple_hash(v Value) (int64, *Exception) {
	t := v.AsTuple()
	hs := make([]int64, len(t.items))
	for i, it := range t.items {
		h, err := Hash(it)
		if err != nil {
			return -1, err
		}
		hs[i] = h
	}
	return hashTuple(hs), nil
}

// TupleIterType is tuple_iterator.
var TupleIterType = newBuiltinType("tuple_iterator", ObjectType, 0)

type tupleIter struct {
	Header
	t *Tuple
	i int
}

func tuple_subscript(v, key Value) (Value, *Exception) {
	t := v.AsTuple()
	if sl, ok := key.TrySlice(); ok {
		start, _, step, n, err := sl.indices(len(t.items))
		if err != nil {
			return Value{}, err
		}
		if n == len(t.items) && step == 1 && v.Type() == TupleType {
			return v, nil
		}
		out := make([]Value, n)
		for i := range out {
			out[i] = t.items[start+i*step]
		}
		return TupleValue(out...), nil
	}
	i, err := seqIndex(key, len(t.items), "tuple")
	if err != nil {
		return Value{}, err
	}
	if i < 0 {
		return Value{}, NewIndexError("tuple index out of range")
	}
	return t.items[i], nil
}

// tupleSub is an instance of a tuple subclass.
type tupleSub struct {
	Tuple
	attrs Attrs
}

var tupleNewMethod = Method{Name: "tuple", Sig: "iterable=, /"}

func tuple_new(t *Type, args []Value, kw []*Str) (Value, *Exception) {
	if len(kw) > 0 && t != TupleType && funcPC(t.Init) != funcPC(TupleType.Init) {
		// A subclass with its own __init__ may take keywords; tuple.__new__
		// ignores them, as CPython's does.
		args, kw = args[:len(args)-len(kw)], nil
	}
	var buf [1]Value
	a, err := tupleNewMethod.bindArgs(args, kw, "tuple", buf[:0])
	if err != nil {
		return Value{}, err
	}
	var items []Value
	shared := false // items are an exact tuple's: copy before keeping them
	if !a[0].IsNull() {
		if t == TupleType && a[0].Type() == TupleType {
			return a[0], nil
		}
		if err := askLengthHint(a[0]); err != nil {
			return Value{}, err
		}
		if items, err = collectIter(a[0]); err != nil {
			return Value{}, err
		}
		shared = a[0].Type() == TupleType
	}
	if t.Flags&FlagHeapType != 0 && t.InstAttrs == nil {
		return tupleSubBare(t, items), nil
	}
	if shared {
		items = append([]Value(nil), items...)
	}
	if t == TupleType {
		if len(items) <= 4 {
			// Items inline with the header: one object, so comparing and
			// hashing the tuple later touches one cache line, not two.
			return buildTuple(items), nil
		}
		return TupleValue(items...), nil
	}
	return ValueOf(&tupleSub{Tuple: Tuple{Header{t}, items}}), nil
}

// tupleSubBare returns an instance of t, a tuple subclass whose instances
// have neither a __dict__ nor __slots__ (a namedtuple's __slots__ = ()), so
// no attribute record: a copy of items, inline when short.
func tupleSubBare(t *Type, items []Value) Value {
	if len(items) == 0 || len(items) > 4 {
		return ValueOf(&Tuple{Header{t}, append([]Value(nil), items...)})
	}
	tu := buildTuple(items).AsTuple()
	tu.typ = t
	return ValueOf(tu)
}

func init() {
	t := TupleType
	t.GetItem = tuple_subscript
	t.New = tuple_new
	t.Iter = func(v Value) (Value, *Exception) {
		return ValueOf(&tupleIter{Header{TupleIterType}, v.AsTuple(), 0}), nil
	}
	t.Contains = func(v, x Value) (bool, *Exception) {
		for _, it := range v.AsTuple().items {
			if eq, err := RichCompareBool(it, x, Eq); err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	}
	t.RichCompare = func(v, w Value, op CompareOp) (Value, *Exception) {
		b, ok := w.TryTuple()
		if !ok {
			return NotImplemented, nil
		}
		return seqCompare(v.AsTuple().items, b.items, op)
	}
	t.Number[NbAdd] = func(a, b Value) (Value, *Exception) {
		x, ok1 := a.TryTuple()
		y, ok2 := b.TryTuple()
		if !ok1 || !ok2 {
			if ok1 {
				if r, done, err := reflectedBinary(a, b, NbAdd); done {
					return r, err
				}
				return Value{}, NewTypeError("can only concatenate tuple (not \"%s\") to tuple", b.Type().Name)
			}
			return NotImplemented, nil
		}
		// CPython returns an exact tuple itself when the other one is empty.
		if len(y.items) == 0 && a.Type() == TupleType {
			return a, nil
		}
		if len(x.items) == 0 && b.Type() == TupleType {
			return b, nil
		}
		return tupleConcat(x.items, y.items), nil // nq18_tupleinline.go
	}
	t.Number[NbMultiply] = func(a, b Value) (Value, *Exception) {
		return seqRepeat(a, b, func(items []Value, n int) Value {
			if n == 1 {
				if a.Type() == TupleType {
					return a // immutable: CPython returns the tuple itself
				}
				if b.Type() == TupleType {
					return b
				}
			}
			return TupleValue(repeatItems(items, n)...)
		})
	}
	t.InstAttrs = func(v Value) *Attrs {
		if vt := v.Type(); vt == TupleType || vt.Flags&FlagHeapType != 0 && vt.InstAttrs == nil {
			return nil // no record: tupleSubBare's instances
		}
		return &ptrOf[tupleSub](v).attrs
	}
	t.methods = []Method{
		{Name: "count", Sig: "value, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
			n := 0
			for _, x := range self.AsTuple().items {
				eq, err := RichCompareBool(x, a[0], Eq)
				if err != nil {
					return Value{}, err
				}
				if eq {
					n++
				}
			}
			return Int(int64(n)), nil
		}},
		{Name: "index", Sig: "value, start=, stop=, /", Fn: func(self Value, a []Value) (Value, *Exception) {
			items := self.AsTuple().items
			start, stop, err := sliceBounds(a[1], a[2], len(items))
			if err != nil {
				return Value{}, err
			}
			for i := start; i < stop && i < len(items); i++ {
				eq, err := RichCompareBool(items[i], a[0], Eq)
				if err != nil {
					return Value{}, err
				}
				if eq {
					return Int(int64(i)), nil
				}
			}
			return Value{}, NewValueError("tuple.index(x): x not in tuple")
		}},
		{Name: "__getnewargs__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
			return TupleValue(TupleValue(self.AsTuple().items...)), nil
		}},
		{Name: "__class_getitem__", Sig: "item, /", Flags: MethO | MethClass, Fn: ClassGetItem},
	}
	TupleIterType.Iter = selfIter
	TupleIterType.Next = func(v Value) (Value, *Exception) {
		it := ptrOf[tupleIter](v)
		if it.t == nil || it.i >= len(it.t.items) {
			it.t = nil
			return Value{}, nil
		}
		it.i++
		return it.t.items[it.i-1], nil
	}
	TupleIterType.methods = []Method{
		{Name: "__length_hint__", Flags: MethNoArgs, Fn: tupleiter_len, Doc: dictIterLengthHintDoc},
		{Name: "__reduce__", Flags: MethNoArgs, Fn: tupleiter_reduce, Doc: reduceDoc},
		{Name: "__setstate__", Flags: MethO, Fn: tupleiter_setstate, Doc: setstateDoc},
	}
}

func tupleiter_len(self Value, _ []Value) (Value, *Exception) {
	it := ptrOf[tupleIter](self)
	if it.t == nil {
		return Int(0), nil
	}
	return Int(int64(max(0, len(it.t.items)-it.i))), nil
}

// tupleiter_reduce is (iter, (tuple,), index), or iter over () once exhausted.
func tupleiter_reduce(self Value, _ []Value) (Value, *Exception) {
	if it := ptrOf[tupleIter](self); it.t != nil {
		return iterReduce("iter", ValueOf(it.t), int64(it.i))
	}
	return iterReduceEmpty(TupleValue())
}

func tupleiter_setstate(self Value, a []Value) (Value, *Exception) {
	i, err := iterStateIndex(a[0])
	if err != nil {
		return Value{}, err
	}
	if it := ptrOf[tupleIter](self); it.t != nil {
		it.i = int(clampIter(i, 0, int64(len(it.t.items))))
	}
	return None, nil
}

// reflectedBinary gives b's own number slot the first chance, as CPython's
// binary_op1 tries nb_add of both operands before a sequence's sq_concat
// raises its "can only concatenate" error. done is false when b declined.
func reflectedBinary(a, b Value, op BinOp) (r Value, done bool, err *Exception) {
	at, bt := a.Type(), b.Type()
	f := bt.Number[op]
	if bt == at || f == nil {
		return Value{}, false, nil
	}
	r, err = f(a, b)
	if err != nil || r != NotImplemented {
		return r, true, err
	}
	return Value{}, false, nil
}

// repeatDeclined is seq * cnt when cnt has no __index__: the right
// operand's own slot runs first when the sequence is the left operand (a
// left one has already declined otherwise), then CPython's sequence_repeat
// error.
func repeatDeclined(a, b, cnt Value) (Value, *Exception) {
	if repeatReflecting == [2]Value{a, b} {
		// b is a sequence too (its slot is a repeat like ours): decline,
		// so that the left operand's repeat reports b, as CPython's
		// sequence_repeat does, instead of recursing.
		return NotImplemented, nil
	}
	if cnt == b {
		saved := repeatReflecting
		repeatReflecting = [2]Value{a, b}
		r, done, err := reflectedBinary(a, b, NbMultiply)
		repeatReflecting = saved
		if done {
			return r, err
		}
	}
	return Value{}, NewTypeError("can't multiply sequence by non-int of type '%s'", cnt.Type().Name)
}

// repeatReflecting is the (sequence, right operand) pair whose right
// operand's multiply slot repeatDeclined is trying.
var repeatReflecting [2]Value
