// This file defines the container helpers of the interpreter's build
// instructions (set and dict displays, ** unpacking, frozenset constants).

package runtime

// newFrozenSetOf returns a frozenset of items (constants: always hashable).
func newFrozenSetOf(items []Value) Value {
	s := NewFrozenSet()
	for _, x := range items {
		s.Add(x)
	}
	return s.Value()
}

// interpSetUpdate adds the items of an iterable to s ({*x} displays).
func interpSetUpdate(s *Set, v Value) *Exception {
	// set.update's own path presizes the table as CPython's
	// set_update_internal does, which decides the display's iteration order.
	return s.update(v)
}

// interpDictUpdate merges the mapping v into d ({**v} and f(**v)); with
// fn non-null, duplicate keys are errors naming the function. A dict
// subclass that overrides __iter__ (OrderedDict) goes through keys(), as
// in CPython's dict_merge.
func interpDictUpdate(d *Dict, v, fn Value) *Exception {
	if src, ok := dictFastSource(v); ok {
		pos := 0
		for {
			k, val, ok := src.Next(&pos)
			if !ok {
				return nil
			}
			if err := mergeOne(d, k, val, fn); err != nil {
				return err
			}
		}
	}
	keysF, err := GetAttrString(v, "keys")
	if err != nil {
		if err.Matches(AttributeErrorType) {
			if !fn.IsNull() {
				return NewTypeError("%s argument after ** must be a mapping, not %s", funcNameForError(fn), v.Type().Name)
			}
			return NewTypeError("'%s' object is not a mapping", v.Type().Name)
		}
		return err
	}
	ks, err := Call(keysF, nil, nil)
	if err != nil {
		return err
	}
	keys, err := collectIter(ks)
	if err != nil {
		return err
	}
	for _, k := range keys {
		val, err := GetItem(v, k)
		if err != nil {
			return err
		}
		if err := mergeOne(d, k, val, fn); err != nil {
			return err
		}
	}
	return nil
}

func mergeOne(d *Dict, k, val, fn Value) *Exception {
	if !fn.IsNull() {
		// As CPython's DICT_MERGE: a repeated key is reported (by its str())
		// here; non-string keys are left for the call to reject.
		if has, err := d.Contains(k); err != nil || has {
			if err != nil {
				return err
			}
			ks, err := StrOf(k)
			if err != nil {
				return err
			}
			return NewTypeError("%s got multiple values for keyword argument '%s'", funcNameForError(fn), ks.S)
		}
	}
	return d.SetItem(k, val)
}

// funcDisplayName is _PyObject_FunctionStr: module.qualname() for
// functions outside builtins.
func funcDisplayName(fn Value) string {
	q, err := GetAttrString(fn, "__qualname__")
	if err != nil { // _PyObject_FunctionStr: str(fn) without a __qualname__
		if s, e := StrOf(fn); e == nil {
			return s.S
		}
		return fn.Type().Name + " object"
	}
	qs, ok := q.TryStr()
	if !ok {
		if s, e := StrOf(q); e == nil {
			return s.S + "()"
		}
		return fn.Type().Name + " object"
	}
	if m, err := GetAttrString(fn, "__module__"); err == nil {
		if ms, ok := m.TryStr(); ok && ms.S != "builtins" {
			return ms.S + "." + qs.S + "()"
		}
	}
	return qs.S + "()"
}

// funcNameForError is the "f()" of call error messages.
func funcNameForError(fn Value) string {
	return funcDisplayName(fn)
}

func funcNameForErrorOld(fn Value) string {
	if f, ok := tryFunction(fn); ok {
		return funcQualname(f) + "()"
	}
	if q, err := GetAttrString(fn, "__qualname__"); err == nil {
		if s, ok := q.TryStr(); ok {
			return s.S + "()"
		}
	}
	return fn.Type().Name + " object"
}

func tryFunction(v Value) (*Function, bool) {
	if v.p == nil || v.Type() != FunctionType {
		return nil, false
	}
	return ptrOf[Function](v), true
}

// getSlice is GET_SLICE, x[lo:hi:st]: an exact list or tuple is sliced
// with a slice record on the Go stack; anything else gets a slice object.
func getSlice(x, lo, hi, st Value) (Value, *Exception) {
	if x.Type() == ListType {
		if v, ok := listSliceSmall(x, lo, hi, st); ok {
			return v, nil
		}
	}
	switch x.Type() {
	case StrType:
		return strGetSlice(x, lo, hi, st)
	case ListType, TupleType:
		sl := Slice{Header{SliceType}, lo, hi, st}
		var items []Value
		if x.Type() == ListType {
			items = ptrOf[List](x).items
		} else {
			items = ptrOf[Tuple](x).items
		}
		start, _, step, n, err := sl.indices(len(items))
		if err != nil {
			return Value{}, err
		}
		if x.Type() == TupleType {
			if step == 1 {
				if n == len(items) {
					return x, nil // CPython returns an exact tuple's full slice itself
				}
				return buildTuple(items[start : start+n]), nil
			}
		} else {
			nl := newListLen(n) // one allocation for a small slice
			out := nl.items
			if step == 1 {
				copy(out, items[start:])
			} else {
				for i := range out {
					out[i] = items[start+i*step]
				}
			}
			return ValueOf(nl), nil
		}
	}
	return GetItem(x, NewSlice(lo, hi, st))
}

// setSlice is SET_SLICE, x[lo:hi:st] = v, without a slice object for an
// exact list.
func setSlice(x, lo, hi, st, v Value) *Exception {
	if x.Type() == ListType {
		if listAssignSliceSmall(x, lo, hi, st, v) {
			return nil
		}
		sl := Slice{Header{SliceType}, lo, hi, st}
		return listAssignSlice(ptrOf[List](x), &sl, v)
	}
	return SetItem(x, NewSlice(lo, hi, st), v)
}
