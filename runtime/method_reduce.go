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
	MethodType.methods = []Method{{Name: "__reduce__", Flags: MethNoArgs, Fn: method_reduce}}
	ClassMethodDescriptorType.methods = []Method{{Name: "__reduce__", Flags: MethNoArgs, Fn: refuse_reduce}}
	for _, t := range []*Type{EllipsisType, NotImplementedType} {
		t.methods = []Method{{Name: "__reduce__", Flags: MethNoArgs, Fn: singleton_reduce}}
	}
}

// method_reduce is getattr(self, name) for a bound Python method.
func method_reduce(self Value, _ []Value) (Value, *Exception) {
	m := ptrOf[BoundMethod](self)
	name, err := GetAttrString(m.fn, "__name__")
	if err != nil {
		return Value{}, err
	}
	f, err := builtinNamed("getattr")
	if err != nil {
		return Value{}, err
	}
	return TupleValue(f, TupleValue(m.self, name)), nil
}

// refuse_reduce is the refusal of objects CPython cannot pickle.
func refuse_reduce(self Value, _ []Value) (Value, *Exception) {
	return Value{}, NewTypeError("cannot pickle '%s' object", self.Type().Name)
}

// singleton_reduce names Ellipsis and NotImplemented, which pickle then
// saves as globals of builtins.
func singleton_reduce(self Value, _ []Value) (Value, *Exception) {
	r, err := Repr(self)
	if err != nil {
		return Value{}, err
	}
	return ValueOf(r), nil
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
	if f.self.IsNull() && f.owner != nil {
		return reduceGetattr(f.owner.Value(), f.m.Name) // a static method of a builtin type
	}
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
