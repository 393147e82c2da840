// This file defines equality and hashing of bound builtin methods
// (builtin_function_or_method and method-wrapper): two are equal when they
// wrap the same builtin and are bound to the same object, as CPython's
// meth_richcompare and wrapper_richcompare, so l.append == l.append.

package runtime

import "reflect"

func init() {
	BuiltinFunctionType.RichCompare = func(v, w Value, op CompareOp) (Value, *Exception) {
		if (op != Eq && op != Ne) || w.Type() != BuiltinFunctionType {
			return NotImplemented, nil
		}
		a, b := ptrOf[BuiltinFunction](v), ptrOf[BuiltinFunction](w)
		eq := a.m == b.m && a.self.Is(b.self)
		return Bool(eq == (op == Eq)), nil
	}
	BuiltinFunctionType.Hash = func(v Value) (int64, *Exception) {
		f := ptrOf[BuiltinFunction](v)
		return fixHash(hashPointer(uintptr(objectID(f.self))) ^ hashPointer(reflect.ValueOf(f.m).Pointer())), nil
	}
	MethodWrapperType.RichCompare = func(v, w Value, op CompareOp) (Value, *Exception) {
		if (op != Eq && op != Ne) || w.Type() != MethodWrapperType {
			return NotImplemented, nil
		}
		a, b := ptrOf[methodWrapper](v), ptrOf[methodWrapper](w)
		eq := a.w.owner == b.w.owner && a.w.name == b.w.name && a.self.Is(b.self)
		return Bool(eq == (op == Eq)), nil
	}
	MethodWrapperType.Hash = func(v Value) (int64, *Exception) {
		m := ptrOf[methodWrapper](v)
		return fixHash(hashPointer(uintptr(objectID(m.self))) ^ hashPointer(reflect.ValueOf(m.w.owner).Pointer()) ^ hashPointer(reflect.ValueOf(m.w.name).Pointer())>>1), nil
	}
}
