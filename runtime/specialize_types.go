// This file defines CALL_BUILTIN_TYPE: calls of the builtin types that
// programs call in loops (range(n), list(x), tuple(x), ...) construct the
// object directly when the arguments are the common case, instead of going
// through type_call, __new__/__init__ argument parsing and collectIter's
// copies. Builtin types cannot be patched, so the guard is the type alone.

package runtime

import op "krait/compiler"

// directTypes are the builtin types CALL specializes to CALL_BUILTIN_TYPE.
func isDirectType(t *Type) bool {
	switch t {
	case RangeType, ListType, TupleType, StrType, SetType, FrozenSetType, DictType, IntType, FloatType, BoolType,
		SuperType, TypeType: // super() and type(x): perf10a_super.go

		return true
	}
	return false
}

// specializeCallType picks CALL_BUILTIN_TYPE for a call of a direct type
// with positional arguments only.
func specializeCallType(t *Type, ce *cacheEntry) op.Opcode {
	if !isDirectType(t) {
		return op.NOP
	}
	ce.typ = t
	return op.CALL_BUILTIN_TYPE
}

// callBuiltinType calls t(*args) for a direct type: the common argument
// shapes are built here, everything else goes through type_call, which
// produces CPython's results and errors.
func callBuiltinType(t *Type, args []Value) (Value, *Exception) {
	switch t {
	case RangeType:
		if v, ok := rangeDirect(args); ok {
			return v, nil
		}
	case ListType:
		switch {
		case len(args) == 0:
			return NewList(nil), nil
		case len(args) == 1 && args[0].Type() == ListType:
			return newListCopy(ptrOf[List](args[0]).items), nil // perf11a_listcopy.go
		case len(args) == 1 && args[0].Type() == TupleType:
			return newListCopy(ptrOf[Tuple](args[0]).items), nil
		case len(args) == 1 && args[0].Type() == GeneratorType: // list(x for x in ...)
			return listOfIter(args[0]) // nq18_listofgen.go
		}
	case TupleType:
		if len(args) == 1 {
			switch args[0].Type() {
			case TupleType:
				return args[0], nil
			case ListType:
				return buildTuple(ptrOf[List](args[0]).items), nil
			case GeneratorType: // tuple(int(p) for p in ...)
				return tupleOfIter(args[0])
			}
		}
	case StrType:
		if len(args) == 1 {
			switch x := args[0]; {
			case x.Type() == StrType:
				return x, nil
			case x.IsSmallInt():
				return int_repr(x)
			}
			return StrOfValue(args[0]) // str(x) is PyObject_Str(x)
		}
	case BoolType:
		if len(args) == 1 {
			t, err := IsTrue(args[0])
			return Bool(t), err
		}
	case DictType:
		if len(args) == 1 && args[0].Type() == DictType {
			return dictOfDict(ptrOf[Dict](args[0]))
		}
	case IntType:
		if len(args) == 1 {
			switch args[0].Type() {
			case IntType:
				return args[0], nil
			case StrType, FloatType: // PyNumber_Long, without int.__new__'s binding
				return intFromObject(args[0])
			}
		}
	case FloatType:
		if len(args) == 1 && args[0].IsFloat() {
			return args[0], nil
		}
	case SetType: // nq14_setfast.go
		if v, err, ok := setTypeDirect(args); ok {
			return v, err
		}
	case FrozenSetType:
		if v, err, ok := frozensetTypeDirect(args); ok {
			return v, err
		}
	case SuperType:
		if len(args) == 0 {
			return superZeroArg()
		}
	case TypeType:
		if len(args) == 1 {
			return args[0].Type().Value(), nil
		}
	}
	return type_call(t.Value(), args, nil)
}

// tupleOfIter is tuple(it) for an iterator: a short result is collected
// on the stack and built with its items inline, in one allocation.
func tupleOfIter(it Value) (Value, *Exception) {
	var buf [8]Value // tuples of up to 8 items need no growing array
	items := buf[:0]
	for {
		x, err := Next(it)
		if err != nil {
			return Value{}, err
		}
		if x.IsNull() {
			break
		}
		items = append(items, x)
	}
	if len(items) <= tupleInlineMax {
		return buildTuple(items), nil
	}
	return TupleValue(append([]Value(nil), items...)...), nil // a copy: items must not escape, or buf would
}

// rangeDirect builds range(stop), range(start, stop) or range(start, stop,
// step) of small ints whose length fits an int64.
func rangeDirect(args []Value) (Value, bool) {
	r, ok := rangeSmallArgs(args)
	if !ok {
		return Value{}, false
	}
	p := new(Range)
	*p = r
	return ValueOf(p), true
}

// rangeSmallArgs is the range rangeDirect builds, as a value.
func rangeSmallArgs(args []Value) (Range, bool) {
	var v [3]int64
	if len(args) == 0 || len(args) > 3 {
		return Range{}, false
	}
	for i, a := range args {
		if !a.IsSmallInt() {
			return Range{}, false
		}
		v[i] = a.SmallInt()
	}
	start, stop, step := int64(0), v[0], int64(1)
	if len(args) >= 2 {
		start, stop = v[0], v[1]
	}
	if len(args) == 3 {
		if step = v[2]; step == 0 {
			return Range{}, false
		}
	}
	n, ok := rangeLen(start, stop, step)
	if !ok {
		return Range{}, false
	}
	return Range{Header: Header{RangeType}, start: start, stop: stop, step: step, n: n}, true
}
