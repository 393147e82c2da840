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
