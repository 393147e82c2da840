// This file defines the helpers the builtin iterators' __reduce__ and
// __setstate__ methods share. As in CPython, an iterator pickles as a call
// of builtins.iter (or reversed) on the sequence it walks, with its
// position as the state that __setstate__ restores; the iterator types
// themselves are never looked up by name.

package runtime

// builtinNamed returns builtins.<name> (iter, reversed, getattr), as
// CPython's _PyEval_GetBuiltin does.
func builtinNamed(name string) (Value, *Exception) {
	if v, ok := BuiltinsModule().Dict.GetStr(Intern(name)); ok {
		return v, nil
	}
	return Value{}, NewAttributeError("module 'builtins' has no attribute '%s'", name)
}

// iterReduce returns (builtins.<fn>, (seq,), index): the pickled form of
// an iterator at position index in seq.
func iterReduce(fn string, seq Value, index int64) (Value, *Exception) {
	f, err := builtinNamed(fn)
	if err != nil {
		return Value{}, err
	}
	return TupleValue(f, TupleValue(seq), Int(index)), nil
}

// iterReduceEmpty returns (iter, (empty,)): the pickled form of an
// exhausted iterator, which CPython gives as iter over an empty sequence.
func iterReduceEmpty(empty Value) (Value, *Exception) {
	f, err := builtinNamed("iter")
	if err != nil {
		return Value{}, err
	}
	return TupleValue(f, TupleValue(empty)), nil
}

// iterReduceList returns (iter, (list,)): the pickled form of iterators
// over sets and dicts, which save the items they have not produced yet.
func iterReduceList(items []Value) (Value, *Exception) {
	return iterReduceEmpty(NewList(items))
}

// drainIter collects what next yields from it until exhaustion.
func drainIter(it Value, next func(Value) (Value, *Exception)) ([]Value, *Exception) {
	var items []Value
	for {
		x, err := next(it)
		if err != nil {
			return nil, err
		}
		if x.IsNull() {
			return items, nil
		}
		items = append(items, x)
	}
}

// iterStateIndex converts the argument of an iterator's __setstate__ to an
// index as PyLong_AsSsize_t does (ints only, no __index__).
func iterStateIndex(state Value) (int64, *Exception) {
	i, b, ok := intValue(state)
	if !ok {
		return 0, NewTypeError("an integer is required")
	}
	if b != nil {
		return 0, NewOverflowError("Python int too large to convert to C ssize_t")
	}
	return i, nil
}

// clampIter limits a restored iterator index to [lo, hi], as the
// __setstate__ methods of CPython's sequence iterators do.
func clampIter(i, lo, hi int64) int64 {
	if i < lo {
		return lo
	}
	if i > hi {
		return hi
	}
	return i
}

// Docs of the pickling methods, as CPython words them.
const (
	reduceDoc   = "Return state information for pickling."
	setstateDoc = "Set state information for unpickling."
)

func init() {
	for _, t := range []*Type{ListIterType, ListRevIterType, TupleIterType, StrIterType, StrUnicodeIterType,
		BytesIterType, ByteArrayIterType, RangeIterType, SetIterType, CallableIterType, SeqIterType, MemIterType,
		DictKeyIterType, DictValueIterType, DictItemIterType, DictRevKeyIterType, DictRevValueIterType,
		DictRevItemIterType, DictKeysType, DictValuesType, DictItemsType} {
		// CPython gives them no constructor: instances come from iter().
		disallowInstantiation(t)
	}
}
