// This file defines __reduce__ of the builtin callables (builtin functions
// and methods, method descriptors, slot wrappers), as CPython's
// methodobject.c and descrobject.c do: a module-level function pickles by
// name, a bound or unbound method as getattr(owner, name).

package runtime

func init() {
	BuiltinFunctionType.methods = []Method{{Name: "__reduce__", Flags: MethNoArgs, Fn: meth_reduce}}
	MethodDescriptorType.methods = []Method{{Name: "__reduce__", Flags: MethNoArgs, Fn: descr_reduce}}
	SlotWrapperType.methods = []Method{{Name: "__reduce__", Flags: MethNoArgs, Fn: descr_reduce}}
	MethodWrapperType.methods = []Method{{Name: "__reduce__", Flags: MethNoArgs, Fn: wrapper_reduce}}
}

// reduceGetattr returns (getattr, (obj, name)).
func reduceGetattr(obj Value, name string) (Value, *Exception) {
	f, err := builtinNamed("getattr")
	if err != nil {
		return Value{}, err
	}
	return TupleValue(f, TupleValue(obj, StrValue(name))), nil
}

// meth_reduce is the function's name for a module-level function (pickle
// then saves it as a global), getattr(self, name) for a bound method.
func meth_reduce(self Value, _ []Value) (Value, *Exception) {
	f := ptrOf[BuiltinFunction](self)
	if f.self.IsNull() || f.self.Type() == ModuleType {
		return StrValue(f.m.Name), nil
	}
	return reduceGetattr(f.self, f.m.Name)
}

// descr_reduce is getattr(owner, name) for a method_descriptor or
// wrapper_descriptor.
func descr_reduce(self Value, _ []Value) (Value, *Exception) {
	if self.Type() == SlotWrapperType {
		w := ptrOf[slotWrapper](self)
		return reduceGetattr(w.owner.Value(), w.name.S)
	}
	d := ptrOf[MethodDescr](self)
	return reduceGetattr(d.owner.Value(), d.m.Name)
}

// wrapper_reduce is getattr(self, name) for a method-wrapper.
func wrapper_reduce(self Value, _ []Value) (Value, *Exception) {
	w := ptrOf[methodWrapper](self)
	return reduceGetattr(w.self, w.w.name.S)
}
