// This file defines PyObject_LengthHint: the size estimate list() and
// list.extend() ask a Python class's instances for before iterating them.

package runtime

var strLengthHint = Intern("__length_hint__")

// lengthHint is PyObject_LengthHint: len(o) when o has a length, else
// o.__length_hint__() when it exists and does not decline (TypeError or
// NotImplemented), else dflt. Other errors propagate, as in CPython.
func lengthHint(o Value, dflt int) (int, *Exception) {
	if o.Type().Len != nil {
		n, err := Len(o)
		if err == nil || !err.Matches(TypeErrorType) {
			return n, err
		}
	}
	hint, selfArg, err := lookupSpecial(o, strLengthHint)
	if err != nil || hint.IsNull() {
		return dflt, err
	}
	var r Value
	if selfArg {
		r, err = Call(hint, []Value{o}, nil)
	} else {
		r, err = Call(hint, nil, nil)
	}
	if err != nil {
		if err.Matches(TypeErrorType) {
			return dflt, nil
		}
		return 0, err
	}
	if r.Is(NotImplemented) {
		return dflt, nil
	}
	if !IsInstance(r, IntType) {
		return 0, NewTypeError("__length_hint__ must be an integer, not %s", r.Type().Name)
	}
	n, err := IndexInt64(r, "")
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, NewValueError("__length_hint__() should return >= 0")
	}
	return int(n), nil
}

// askLengthHint calls o's length hooks as the C constructors that size
// their result first (list_extend, PySequence_Tuple, bytearray.extend) do,
// for the effects a Python class can observe: an error from __len__ or
// __length_hint__ propagates. Builtin types' hints have no such effects.
func askLengthHint(o Value) *Exception {
	if o.Type().Flags&FlagHeapType == 0 {
		return nil
	}
	_, err := lengthHint(o, 8)
	return err
}
