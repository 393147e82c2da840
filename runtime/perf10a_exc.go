// This file holds the allocation-saving helpers of exception creation:
// BaseException.__new__ and __init__ both set e.args, and a class call
// passes them the same arguments, so the tuple __new__ built is kept by
// __init__ (CPython hands both slots one args tuple).

package runtime

// excArgs returns a new tuple of pos in one allocation.
func excArgs(pos []Value) *Tuple {
	return ptrOf[Tuple](buildTuple(pos))
}

// sameArgs reports whether args already holds exactly the values pos (by
// identity): a new tuple of them would be indistinguishable from it.
func sameArgs(args *Tuple, pos []Value) bool {
	return args != nil && len(args.items) == len(pos) && sameValues(args.items, pos)
}

// baseExcNewDescr is BaseException's __new__ as its dict holds it.
var baseExcNewDescr Value

// excNewIsBase reports whether instantiating the exception class t runs
// BaseException.__new__ itself (no class before it in the MRO defines
// __new__), so that the interpreter loop can call t.New and then push a
// Python __init__'s frame as for a plain class (call_type.go).
func excNewIsBase(t *Type) bool {
	if baseExcNewDescr.IsNull() {
		baseExcNewDescr, _ = BaseExceptionType.Dict.GetStr(strNew)
	}
	return !baseExcNewDescr.IsNull() && t.Lookup(strNew) == baseExcNewDescr
}
