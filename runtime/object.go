// This file defines the generic object operations every part of the
// runtime calls (Hash, RichCompare, Repr, GetAttr, Call, Iter, IsTrue,
// BinaryOp, ...), each dispatching through the operand's type slots, and the
// checked accessors that turn a Value into a pointer to its Go object. Apart
// from value.go this is the only file that uses unsafe.

package runtime

import (
	"fmt"
	"unsafe"
)

// ValueOf returns the Value referring to the heap object p. T must be a
// struct whose first field is Header (directly or through an embedded
// object struct such as Str in a str subclass); p must not be nil.
func ValueOf[T any](p *T) Value { return Value{unsafe.Pointer(p), 0} }

// ptrOf casts v to a pointer to its Go object. Only the checked accessors
// below and the accessors of other object files (through this function)
// may call it: the caller must have checked v's type.
func ptrOf[T any](v Value) *T { return (*T)(v.p) }

// Ptr returns the object pointer of v as a comparable identity (for id()
// and identity hashing): the address of the object, or for unboxed values
// the address of the type's static header.
func (v Value) Ptr() uintptr { return uintptr(v.p) }

// Bits returns the payload word of v (the unboxed int or float bits; 0 for
// heap objects). Together with Ptr it identifies v.
func (v Value) Bits() uint64 { return v.bits }

// accessorPanic reports a wrong-type accessor call: a Go bug, turned into a
// SystemError by the interpreter's recover.
//
// Not inlined: its Sprintf inlined into AsStr, AsTuple, AsType and
// AsException pushed them over the inlining budget, so every call of those
// accessors on the hot paths was a real call.
//
//go:noinline
func accessorPanic(v Value, want string) {
	panic(fmt.Sprintf("krait: Value of type %s used as %s", v.Type().Name, want))
}

// AsStr returns v's *Str; v must be a str (or subclass instance).
func (v Value) AsStr() *Str {
	if v.Type().Flags&FlagStrSubclass == 0 {
		accessorPanic(v, "str")
	}
	return (*Str)(v.p)
}

// TryStr returns v's *Str if v is a str or str subclass instance.
func (v Value) TryStr() (*Str, bool) {
	if v.p == nil || v.Type().Flags&FlagStrSubclass == 0 {
		return nil, false
	}
	return (*Str)(v.p), true
}

// AsType returns v's *Type; v must be a type object.
func (v Value) AsType() *Type {
	if v.Type().Flags&FlagTypeSubclass == 0 {
		accessorPanic(v, "type")
	}
	return (*Type)(v.p)
}

// TryType returns v's *Type if v is a type object.
func (v Value) TryType() (*Type, bool) {
	if v.p == nil || v.Type().Flags&FlagTypeSubclass == 0 {
		return nil, false
	}
	return (*Type)(v.p), true
}

// AsTuple returns v's *Tuple; v must be a tuple (or subclass instance).
func (v Value) AsTuple() *Tuple {
	if v.Type().Flags&FlagTupleSubclass == 0 {
		accessorPanic(v, "tuple")
	}
	return (*Tuple)(v.p)
}

// TryTuple returns v's *Tuple if v is a tuple or tuple subclass instance.
func (v Value) TryTuple() (*Tuple, bool) {
	if v.p == nil || v.Type().Flags&FlagTupleSubclass == 0 {
		return nil, false
	}
	return (*Tuple)(v.p), true
}

// AsException returns v's *Exception; v must be a BaseException instance.
func (v Value) AsException() *Exception {
	if v.Type().Flags&FlagExceptionSubclass == 0 {
		accessorPanic(v, "exception")
	}
	return (*Exception)(v.p)
}

// TryException returns v's *Exception if v is a BaseException instance.
func (v Value) TryException() (*Exception, bool) {
	if v.p == nil || v.Type().Flags&FlagExceptionSubclass == 0 || v.Type().Flags&FlagTypeSubclass != 0 {
		return nil, false
	}
	return (*Exception)(v.p), true
}

// IsNone reports whether v is None.
func (v Value) IsNone() bool { return v.p == unsafe.Pointer(&noneObject) }

// IsInstance reports whether v's type is t or a subtype of t (no
// __instancecheck__ hooks: isinstance() adds those).
func IsInstance(v Value, t *Type) bool {
	vt := v.Type()
	return vt == t || vt.IsSubtype(t)
}

// Hash returns hash(v).
func Hash(v Value) (int64, *Exception) {
	if v.IsSmallInt() {
		return hashInt64(v.SmallInt()), nil
	}
	t := v.Type()
	if t == StrType {
		return (*Str)(v.p).Hash(), nil
	}
	if t.Hash == nil {
		return -1, NewTypeError("unhashable type: '%s'", t.Name)
	}
	return t.Hash(v)
}

// RichCompare returns the result of v op w, as CPython's
// PyObject_RichCompare: the reflected method of w is tried first when w's
// type is a proper subtype of v's that overrides it; == and != fall back to
// identity; ordering comparisons raise TypeError.
func RichCompare(v, w Value, op CompareOp) (Value, *Exception) {
	if err := enterRecursiveCall(" in comparison"); err != nil {
		return Value{}, err
	}
	r, err := richCompare(v, w, op)
	leaveRecursiveCall()
	return r, err
}

// richCompare is RichCompare without the recursion check.
func richCompare(v, w Value, op CompareOp) (Value, *Exception) {
	vt, wt := v.Type(), w.Type()
	checkedReverse := false
	if vt != wt && wt.RichCompare != nil && wt.IsSubtype(vt) {
		checkedReverse = true
		r, err := wt.RichCompare(w, v, compareSwapped[op])
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if vt.RichCompare != nil {
		r, err := vt.RichCompare(v, w, op)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if !checkedReverse && wt.RichCompare != nil {
		r, err := wt.RichCompare(w, v, compareSwapped[op])
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	switch op {
	case Eq:
		return Bool(v.Is(w)), nil
	case Ne:
		return Bool(!v.Is(w)), nil
	}
	return Value{}, NewTypeError("'%s' not supported between instances of '%s' and '%s'",
		compareSymbols[op], vt.Name, wt.Name)
}

// RichCompareBool returns the truth of v op w, with the identity shortcut
// CPython's containers use: identical objects are equal (so a nan is found
// in a list holding it).
func RichCompareBool(v, w Value, op CompareOp) (bool, *Exception) {
	if v.Is(w) {
		if op == Eq {
			return true, nil
		}
		if op == Ne {
			return false, nil
		}
	}
	if v.IsSmallInt() && w.IsSmallInt() {
		a, b := v.SmallInt(), w.SmallInt()
		switch op {
		case Lt:
			return a < b, nil
		case Le:
			return a <= b, nil
		case Eq:
			return a == b, nil
		case Ne:
			return a != b, nil
		case Gt:
			return a > b, nil
		}
		return a >= b, nil
	}
	r, err := RichCompare(v, w, op)
	if err != nil {
		return false, err
	}
	return IsTrue(r)
}

// Equal is RichCompareBool(v, w, Eq).
func Equal(v, w Value) (bool, *Exception) { return RichCompareBool(v, w, Eq) }

// Repr returns repr(v) as a str.
func Repr(v Value) (*Str, *Exception) {
	t := v.Type()
	if t.Repr == nil {
		return NewStr(fmt.Sprintf("<%s object at %#x>", t.Name, v.Ptr())), nil
	}
	r, err := callRecursive(t.Repr, v)
	if err != nil {
		return nil, err
	}
	s, ok := r.TryStr()
	if !ok {
		return nil, NewTypeError("__repr__ returned non-string (type %s)", r.Type().Name)
	}
	return s, nil
}

// StrOf returns str(v).
func StrOf(v Value) (*Str, *Exception) {
	t := v.Type()
	if t == StrType {
		return (*Str)(v.p), nil
	}
	if t.Str == nil {
		return Repr(v)
	}
	r, err := callRecursive(t.Str, v)
	if err != nil {
		return nil, err
	}
	s, ok := r.TryStr()
	if !ok {
		return nil, NewTypeError("__str__ returned non-string (type %s)", r.Type().Name)
	}
	return s, nil
}

// callRecursive calls a unary slot that may re-enter Python (repr of a
// nested container), checking the recursion limit.
func callRecursive(f UnaryFunc, v Value) (Value, *Exception) {
	if err := enterRecursiveCall(" while getting the repr of an object"); err != nil {
		return Value{}, err
	}
	r, err := f(v)
	leaveRecursiveCall()
	return r, err
}

// GetAttr returns v.name.
func GetAttr(v Value, name *Str) (Value, *Exception) {
	t := v.Type()
	if t.GetAttr == nil {
		return Value{}, NewAttributeError("'%s' object has no attribute '%s'", t.Name, name.S)
	}
	r, err := t.GetAttr(v, name)
	if err != nil {
		addAttrErrorContext(err, v, name)
	}
	return r, err
}

// GetAttrString returns v.name for a Go string name (interned).
func GetAttrString(v Value, name string) (Value, *Exception) { return GetAttr(v, Intern(name)) }

// SetAttr sets v.name = val, or deletes v.name when val is null.
func SetAttr(v Value, name *Str, val Value) *Exception {
	t := v.Type()
	if t.SetAttr == nil {
		if t.GetAttr == nil {
			return NewTypeError("'%s' object has no attributes (%s .%s)", t.Name, map[bool]string{true: "del", false: "assign to"}[val.IsNull()], name.S)
		}
		return NewTypeError("'%s' object has only read-only attributes (%s .%s)", t.Name, map[bool]string{true: "del", false: "assign to"}[val.IsNull()], name.S)
	}
	return t.SetAttr(v, name, val)
}

// Call calls callable with positional args and keyword args (the last
// len(kwnames) of args), the vectorcall convention.
func Call(callable Value, args []Value, kwnames []*Str) (Value, *Exception) {
	t := callable.Type()
	if t.Call == nil {
		return Value{}, NewTypeError("'%s' object is not callable", t.Name)
	}
	return t.Call(callable, args, kwnames)
}

// Iter returns iter(v).
func Iter(v Value) (Value, *Exception) {
	t := v.Type()
	if t.Iter == nil {
		if t.GetItem != nil {
			return newSeqIter(v), nil
		}
		return Value{}, NewTypeError("'%s' object is not iterable", t.Name)
	}
	it, err := t.Iter(v)
	if err != nil {
		return Value{}, err
	}
	if it.Type().Next == nil {
		return Value{}, NewTypeError("iter() returned non-iterator of type '%s'", it.Type().Name)
	}
	return it, nil
}

// Next returns the next item of the iterator it, or the null Value with a
// nil *Exception at exhaustion.
func Next(it Value) (Value, *Exception) {
	t := it.Type()
	if t.Next == nil {
		return Value{}, NewTypeError("'%s' object is not an iterator", t.Name)
	}
	r, err := t.Next(it)
	if err != nil && err.Matches(StopIterationType) {
		return Value{}, nil
	}
	return r, err
}

// IsTrue returns the truth value of v (bool(v)).
func IsTrue(v Value) (bool, *Exception) {
	switch {
	case v == True:
		return true, nil
	case v == False, v == None:
		return false, nil
	case v.IsSmallInt():
		return v.SmallInt() != 0, nil
	}
	t := v.Type()
	if t.Bool != nil {
		return t.Bool(v)
	}
	if t.Len != nil {
		n, err := t.Len(v)
		return n != 0, err
	}
	return true, nil
}

// Len returns len(v).
func Len(v Value) (int, *Exception) {
	t := v.Type()
	if t.Len == nil {
		return 0, NewTypeError("object of type '%s' has no len()", t.Name)
	}
	return t.Len(v)
}

// GetItem returns v[key].
func GetItem(v, key Value) (Value, *Exception) {
	t := v.Type()
	if t.GetItem == nil {
		if kt, ok := v.TryType(); ok {
			return classGetItem(kt, key)
		}
		return Value{}, NewTypeError("'%s' object is not subscriptable", t.Name)
	}
	return t.GetItem(v, key)
}

// SetItem sets v[key] = val, or deletes v[key] when val is null.
func SetItem(v, key, val Value) *Exception {
	t := v.Type()
	if t.SetItem == nil {
		if val.IsNull() {
			return NewTypeError("'%s' object doesn't support item deletion", t.Name)
		}
		return NewTypeError("'%s' object does not support item assignment", t.Name)
	}
	return t.SetItem(v, key, val)
}

// Contains returns x in v.
func Contains(v, x Value) (bool, *Exception) {
	t := v.Type()
	if t.Contains != nil {
		return t.Contains(v, x)
	}
	it, err := Iter(v)
	if err != nil {
		if err.Matches(TypeErrorType) { // any TypeError, as _PySequence_IterSearch
			return false, NewTypeError("argument of type '%s' is not iterable", t.Name)
		}
		return false, err
	}
	for {
		item, err := Next(it)
		if err != nil {
			return false, err
		}
		if item.IsNull() {
			return false, nil
		}
		if eq, err := Equal(item, x); err != nil || eq {
			return eq, err
		}
	}
}

// BinaryOp returns a op b (op < NbCount) or the augmented a op= b (op >=
// NbInplace), as CPython's binary_op1/binary_iop1: the in-place slot of a,
// then a's slot, then b's, with a proper subtype's reflected slot first.
func BinaryOp(a, b Value, op BinOp) (Value, *Exception) {
	base := op
	if op >= NbInplace {
		base = op - NbInplace
		if f := a.Type().Inplace[base]; f != nil {
			r, err := f(a, b)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	}
	if op == NbInplace+NbMultiply && inplaceRepeatBlocked(a, b) { // inplace_repeat.go
		if f := a.Type().Number[base]; f != nil {
			if r, err := f(a, b); err != nil || r != NotImplemented {
				return r, err
			}
		}
		return Value{}, binaryOpError(a, b, op)
	}
	r, err := binaryOp1(a, b, base)
	if err != nil || r != NotImplemented {
		return r, err
	}
	return Value{}, binaryOpError(a, b, op)
}

// binaryOp1 tries the forward and reflected slots of a and b.
func binaryOp1(a, b Value, op BinOp) (Value, *Exception) {
	at, bt := a.Type(), b.Type()
	fa := at.Number[op]
	var fb BinaryFunc
	if bt != at && (at.pyNumber&bt.pyNumber)&(1<<op) == 0 {
		fb = bt.Number[op]
	}
	if fa != nil {
		if fb != nil && bt.IsSubtype(at) {
			r, err := fb(a, b)
			if err != nil || r != NotImplemented {
				return r, err
			}
			fb = nil
		}
		r, err := fa(a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if fb != nil {
		return fb(a, b)
	}
	return NotImplemented, nil
}

// binaryOpError is the TypeError for unsupported operand types.
func binaryOpError(a, b Value, op BinOp) *Exception {
	sym := ""
	if op >= NbInplace {
		sym = binOpSymbols[op-NbInplace]
		if op-NbInplace == NbPower {
			sym = "**"
		}
		sym += "="
	} else {
		sym = binOpSymbols[op]
	}
	if op == NbRshift && a.Type() == BuiltinFunctionType && ptrOf[BuiltinFunction](a).m.Name == "print" {
		// CPython's hint for Python 2's "print >> f".
		return NewTypeError("unsupported operand type(s) for %s: '%s' and '%s'. Did you mean \"print(<message>, file=<output_stream>)\"?", sym, a.Type().Name, b.Type().Name)
	}
	return NewTypeError("unsupported operand type(s) for %s: '%s' and '%s'", sym, a.Type().Name, b.Type().Name)
}

// classGetItem implements C[key] for a class C through __class_getitem__.
func classGetItem(t *Type, key Value) (Value, *Exception) {
	if t == TypeType { // type[int] without a type.__class_getitem__, as CPython
		return ClassGetItem(t.Value(), []Value{key})
	}
	f, err := GetAttr(t.Value(), Intern("__class_getitem__"))
	if err != nil {
		if err.Matches(AttributeErrorType) {
			return Value{}, NewTypeError("type '%s' is not subscriptable", t.Name)
		}
		return Value{}, err
	}
	if f.IsNone() { // __class_getitem__ = None opts out, as CPython
		return Value{}, NewTypeError("type '%s' is not subscriptable", t.Name)
	}
	return Call(f, []Value{key}, nil)
}
