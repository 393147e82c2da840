// This file defines a temporary stand-in for the object model contract (helper vm):
// Exception, Str, Hash and RichCompareBool, so that the dict and set tables compile
// and can be tested before that contract is merged. It is deleted at the merge.

package runtime

import "unsafe"

// Exception is a stand-in for the object model's exception object.
type Exception struct{ Msg string }

// CompareOp numbers the rich comparisons.
type CompareOp uint8

// Eq is ==.
const Eq CompareOp = 2

// StrType is a stand-in for str.
var StrType = &Type{Header: Header{TypeType}, Name: "str"}

// Str is a stand-in for the str object.
type Str struct {
	Header
	S    string
	hash int64
}

// NewStr returns a str.
func NewStr(s string) *Str { return &Str{Header{StrType}, s, -1} }

var stubHashKey hashKey

// Hash returns hash(s).
func (s *Str) Hash() int64 {
	if s.hash == -1 {
		s.hash = hashStr(s.S, &stubHashKey)
	}
	return s.hash
}

// Equal compares texts.
func (s *Str) Equal(t *Str) bool { return s == t || s.S == t.S }

func strAsValue(s *Str) Value { return Value{unsafe.Pointer(s), 0} }

func valueAsExactStr(v Value) (*Str, bool) {
	if v.p != nil && v.Type() == StrType {
		return (*Str)(v.p), true
	}
	return nil, false
}

// Hash returns hash(v).
func Hash(v Value) (int64, *Exception) {
	switch {
	case v.IsSmallInt():
		return hashInt64(v.SmallInt()), nil
	case v.IsFloat():
		return hashFloat(v.AsFloat(), 0), nil
	}
	if s, ok := valueAsExactStr(v); ok {
		return s.Hash(), nil
	}
	return 0, &Exception{"unhashable"}
}

// RichCompareBool compares a and b.
func RichCompareBool(a, b Value, op CompareOp) (bool, *Exception) {
	if a == b {
		return true, nil
	}
	num := func(v Value) (float64, bool) {
		if v.IsSmallInt() {
			return float64(v.SmallInt()), true
		}
		if v.IsFloat() {
			return v.AsFloat(), true
		}
		return 0, false
	}
	x, ok1 := num(a)
	y, ok2 := num(b)
	if ok1 && ok2 {
		return x == y, nil
	}
	s, ok1 := valueAsExactStr(a)
	t, ok2 := valueAsExactStr(b)
	if ok1 && ok2 {
		return s.Equal(t), nil
	}
	return false, nil
}

// DictType is a stand-in for dict.
var DictType = &Type{Header: Header{TypeType}, Name: "dict"}

// SetType and FrozenSetType are stand-ins.
var (
	SetType       = &Type{Header: Header{TypeType}, Name: "set"}
	FrozenSetType = &Type{Header: Header{TypeType}, Name: "frozenset"}
)

func errDictMutatedDuringUpdate() *Exception { return &Exception{"dict mutated during update"} }

func isSubtype(t, base *Type) bool { return t == base }
