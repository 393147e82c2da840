// This file holds the allocation-saving helpers of exception creation:
// BaseException.__new__ and __init__ both set e.args, and a class call
// passes them the same arguments, so the tuple __new__ built is kept by
// __init__ (CPython hands both slots one args tuple).

package runtime

import "reflect"

// excArgs returns a new tuple of pos in one allocation.
func excArgs(pos []Value) *Tuple {
	return ptrOf[Tuple](buildTuple(pos))
}

// sameArgs reports whether args already holds exactly the values pos (by
// identity): a new tuple of them would be indistinguishable from it.
func sameArgs(args *Tuple, pos []Value) bool {
	return args != nil && len(args.items) == len(pos) && sameValues(args.items, pos)
}

// excNewIsBase reports whether instantiating the exception class t runs
// BaseException.__new__ itself: the first class along the MRO whose dict
// has __new__ is a builtin exception type and that __new__ is its own
// slot wrapper for exc_new (each builtin exception class has one, as in
// CPython), so that the interpreter loop can call t.New and then push a
// Python __init__'s frame as for a plain class (call_type.go).
func excNewIsBase(t *Type) bool {
	for _, m := range t.MRO {
		x, ok := m.dictGet(strNew)
		if !ok {
			continue
		}
		if m.Flags&FlagHeapType != 0 || x.Type() != BuiltinFunctionType {
			return false
		}
		bf := ptrOf[BuiltinFunction](x)
		return bf.m == &tpNewMethod && bf.self.Is(m.Value()) && funcPtr(m.New) == funcPtr(exc_new)
	}
	return false
}

// funcPtr is the code pointer of a type's __new__ slot function.
func funcPtr(f func(*Type, []Value, []*Str) (Value, *Exception)) uintptr {
	return reflect.ValueOf(f).Pointer()
}
