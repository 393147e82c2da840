// This file marks the builtin types that CPython gives no constructor
// (Py_TPFLAGS_DISALLOW_INSTANTIATION or a NULL tp_new): their instances
// come only from the interpreter, so calling the type raises TypeError
// instead of inheriting object.__new__ and making a malformed object.

package runtime

// refuseNew is the constructor of the types that cannot be instantiated.
func refuseNew(t *Type, args []Value, kw []*Str) (Value, *Exception) {
	return Value{}, NewTypeError("cannot create '%s' instances", t.Name)
}

// disallowInstantiation gives each of ts the refusing constructor.
func disallowInstantiation(ts ...*Type) {
	for _, t := range ts {
		t.New = refuseNew
		t.Flags |= FlagDisallowInstantiation
	}
}

func init() {
	disallowInstantiation(AsyncGenType, asyncGenSendType, asyncGenThrowType, asyncGenWrapType, coroWrapperType, anextAwaitableType,
		GetSetType, MemberDescrType, GeneratorType, CoroutineType, UnionType, BuiltinFunctionType,
		MethodDescriptorType, ClassMethodDescriptorType, SlotWrapperType, MethodWrapperType, FrameType)
}
