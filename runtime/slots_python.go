// This file defines the slot functions of classes defined in Python: each
// looks up the dunder on the instance's type (never on the instance, as
// CPython's special method lookup) and calls it.

package runtime

// lookupSpecial returns the dunder of v's type bound to v (or the plain
// function with selfArg true, to avoid allocating a bound method).
func lookupSpecial(v Value, name *Str) (f Value, selfArg bool, err *Exception) {
	attr := v.Type().Lookup(name)
	if attr.IsNull() {
		return Value{}, false, nil
	}
	at := attr.Type()
	// Functions and method descriptors are called with v first instead
	// of bound (CPython's lookup_maybe_method): a wrapper from another
	// class then fails in the call, with the call's message.
	if at == FunctionType || at.Flags&FlagMethodDescriptor != 0 {
		return attr, true, nil
	}
	if at.DescrGet != nil {
		b, err := at.DescrGet(attr, v, v.Type())
		return b, false, err
	}
	return attr, false, nil
}

// callSpecial calls the dunder name of v's type with v and args.
func callSpecial(v Value, name *Str, args ...Value) (Value, *Exception) {
	f, selfArg, err := lookupSpecial(v, name)
	if err != nil {
		return Value{}, err
	}
	if f.IsNull() { // CPython's vectorcall_method: the bare name
		return Value{}, NewException(AttributeErrorType, ValueOf(name))
	}
	if selfArg {
		return callSlab(f, v, args) // perf11c_slabcall.go
	}
	return callSlab(f, Value{}, args)
}

var (
	strNext, strHash, strCall, strLen, strBool   = Intern("__next__"), Intern("__hash__"), Intern("__call__"), Intern("__len__"), Intern("__bool__")
	strGetItem, strSetItem, strDelItem           = Intern("__getitem__"), Intern("__setitem__"), Intern("__delitem__")
	strContains, strGetattribute, strGetattr     = Intern("__contains__"), Intern("__getattribute__"), Intern("__getattr__")
	strSetattr, strDelattr, strGet, strSet       = Intern("__setattr__"), Intern("__delattr__"), Intern("__get__"), Intern("__set__")
	strDelete, strInit, strNew, strIter, strRepr = Intern("__delete__"), Intern("__init__"), Intern("__new__"), Intern("__iter__"), Intern("__repr__")
)

func slot_tp_iternext(v Value) (Value, *Exception) {
	r, err := callSpecial(v, strNext)
	if err != nil && err.Matches(StopIterationType) {
		return Value{}, nil
	}
	return r, err
}

func slot_tp_hash(v Value) (int64, *Exception) {
	f, selfArg, err := lookupSpecial(v, strHash)
	if err != nil {
		return -1, err
	}
	if f.IsNull() || f.IsNone() {
		return -1, NewTypeError("unhashable type: '%s'", v.Type().Name)
	}
	var r Value
	if selfArg {
		r, err = callOne(f, v) // perfcall_call1.go: no heap argument slice
	} else {
		r, err = Call(f, nil, nil)
	}
	if err != nil {
		return -1, err
	}
	if !IsInstance(r, IntType) {
		return -1, NewTypeError("__hash__ method should return an integer")
	}
	// The int's value, never its own __hash__ (an int subclass returning
	// self would recurse): kept when it fits, else hashed as an int.
	n, b, _ := intValue(r)
	if b != nil {
		return hashInt(b), nil
	}
	return fixHash(n), nil
}

func slot_tp_call(callable Value, args []Value, kwnames []*Str) (Value, *Exception) {
	f, selfArg, err := lookupSpecial(callable, strCall)
	if err != nil {
		return Value{}, err
	}
	if f.IsNull() {
		return Value{}, NewTypeError("'%s' object is not callable", callable.Type().Name)
	}
	// A __call__ that is itself a callable instance recurses in Go
	// without a Python frame: count it as CPython's _PyObject_Call does.
	if err := enterRecursiveCall(" while calling a Python object"); err != nil {
		return Value{}, err
	}
	defer leaveRecursiveCall()
	if selfArg && f.Type() == FunctionType {
		return callSelfFn(ptrOf[Function](f), callable, args, kwnames)
	}
	if selfArg {
		return Call(f, prepend(callable, args), kwnames)
	}
	return Call(f, args, kwnames)
}

// prepend returns [v] + args in a new slice.
func prepend(v Value, args []Value) []Value {
	out := make([]Value, len(args)+1)
	out[0] = v
	copy(out[1:], args)
	return out
}

func slot_sq_length(v Value) (int, *Exception) {
	r, err := callSpecial(v, strLen)
	if err != nil {
		return 0, err
	}
	r, err = Index(r, "'%s' object cannot be interpreted as an integer")
	if err != nil {
		return 0, err
	}
	n, b, _ := intValue(r)
	if n < 0 || b != nil && b.Sign() < 0 {
		return 0, NewValueError("__len__() should return >= 0")
	}
	if b != nil {
		return 0, NewOverflowError("cannot fit 'int' into an index-sized integer")
	}
	return int(n), nil
}

func slot_nb_bool(v Value) (bool, *Exception) {
	r, err := callSpecial(v, strBool)
	if err != nil {
		return false, err
	}
	if r.Type() != BoolType {
		return false, NewTypeError("__bool__ should return bool, returned %s", r.Type().Name)
	}
	return r == True, nil
}

func slot_mp_subscript(v, key Value) (Value, *Exception) { return callSpecial(v, strGetItem, key) }

func slot_mp_ass_subscript(v, key, val Value) *Exception {
	var err *Exception
	if val.IsNull() {
		_, err = callSpecial(v, strDelItem, key)
	} else {
		_, err = callSpecial(v, strSetItem, key, val)
	}
	return err
}

func slot_sq_contains(v, x Value) (bool, *Exception) {
	f, selfArg, err := lookupSpecial(v, strContains)
	if err != nil {
		return false, err
	}
	if f.IsNone() {
		return false, NewTypeError("'%s' object is not a container", v.Type().Name)
	}
	var r Value
	if selfArg {
		r, err = callTwo(f, v, x)
	} else {
		r, err = callOne(f, x)
	}
	if err != nil {
		return false, err
	}
	return IsTrue(r)
}

// slot_tp_getattr_hook calls __getattribute__ (the generic one directly
// when not overridden) and falls back to __getattr__ on AttributeError.
func slot_tp_getattr_hook(v Value, name *Str) (Value, *Exception) {
	t := v.Type()
	ga := t.Lookup(strGetattribute)
	var r Value
	var err *Exception
	if w, ok := slotWrapperOf(ga); ok && w.owner != nil && w.owner.getattrGeneric && t.IsSubtype(w.owner) { // object's, or int's (the same getter)
		r, err = GenericGetAttr(v, name)
	} else {
		r, err = callSpecial(v, strGetattribute, ValueOf(name))
	}
	if err == nil || !err.Matches(AttributeErrorType) {
		return r, err
	}
	if t.Lookup(strGetattr).IsNull() {
		return r, err
	}
	return callSpecial(v, strGetattr, ValueOf(name))
}

func slot_tp_setattro(v Value, name *Str, val Value) *Exception {
	var err *Exception
	if val.IsNull() {
		_, err = callSpecial(v, strDelattr, ValueOf(name))
	} else {
		_, err = callSpecial(v, strSetattr, ValueOf(name), val)
	}
	return err
}

func slot_tp_descr_get(descr, obj Value, typ *Type) (Value, *Exception) {
	if obj.IsNull() {
		obj = None
	}
	tv := None
	if typ != nil {
		tv = typ.Value()
	}
	return callSpecial(descr, strGet, obj, tv)
}

func slot_tp_descr_set(descr, obj, val Value) *Exception {
	var err *Exception
	if val.IsNull() {
		_, err = callSpecial(descr, strDelete, obj)
	} else {
		_, err = callSpecial(descr, strSet, obj, val)
	}
	return err
}

func slot_tp_init(self Value, args []Value, kwnames []*Str) *Exception {
	f, selfArg, err := lookupSpecial(self, strInit)
	if err != nil {
		return err
	}
	var r Value
	if selfArg && f.Type() == FunctionType {
		r, err = callFunctionSelf(ptrOf[Function](f), self, args, kwnames)
	} else if selfArg {
		r, err = Call(f, prepend(self, args), kwnames)
	} else {
		r, err = Call(f, args, kwnames)
	}
	if err != nil {
		return err
	}
	if !r.IsNone() {
		return NewTypeError("__init__() should return None, not '%s'", r.Type().Name)
	}
	return nil
}

func slot_tp_new(t *Type, args []Value, kwnames []*Str) (Value, *Exception) {
	if t.Value().Type() == TypeType {
		// type's own __new__ is not a data descriptor, so the class's
		// __new__ (a staticmethod of a Python function) is what
		// type_getattro would find.
		if sm := t.Lookup(strNew); sm.Type() == StaticMethodType {
			if fn := ptrOf[StaticMethod](sm).fn; fn.Type() == FunctionType {
				return callSelfFn(ptrOf[Function](fn), t.Value(), args, kwnames)
			}
		}
	}
	f, err := type_getattro(t.Value(), strNew)
	if err != nil {
		return Value{}, err
	}
	return Call(f, prepend(t.Value(), args), kwnames)
}

func slot_tp_richcompare(v, w Value, op CompareOp) (Value, *Exception) {
	f, selfArg, err := lookupSpecial(v, compareDunderNames[op])
	if err != nil || f.IsNull() {
		// CPython's slot_tp_richcompare clears a failed lookup.
		return NotImplemented, nil
	}
	if selfArg {
		return callTwo(f, v, w)
	}
	return callOne(f, w)
}

// slotBinary is the number slot of a Python class for op: a's forward
// dunder, or b's reflected one, with CPython's SLOT1BINFULL ordering.
func slotBinary(op BinOp) BinaryFunc {
	name, rname := Intern(binOpDunders[op][0]), Intern(binOpDunders[op][1])
	return func(a, b Value) (Value, *Exception) {
		at, bt := a.Type(), b.Type()
		doOther := at != bt && bt.pyNumber&(1<<op) != 0 && !bt.Lookup(rname).IsNull()
		if at.pyNumber&(1<<op) != 0 {
			if doOther && bt.IsSubtype(at) && !bt.Lookup(rname).Is(at.Lookup(rname)) {
				r, err := callBinaryDunder(b, rname, a)
				if err != nil || r != NotImplemented {
					return r, err
				}
				doOther = false
			}
			r, err := callBinaryDunder(a, name, b)
			if err != nil || r != NotImplemented || at == bt {
				return r, err
			}
		}
		if doOther {
			return callBinaryDunder(b, rname, a)
		}
		return NotImplemented, nil
	}
}

// callBinaryDunder calls v.name(w), or returns NotImplemented when v's type
// does not define name.
func callBinaryDunder(v Value, name *Str, w Value) (Value, *Exception) {
	f, selfArg, err := lookupSpecial(v, name)
	if err != nil || f.IsNull() {
		return NotImplemented, err
	}
	if selfArg {
		return callTwo(f, v, w)
	}
	return callOne(f, w)
}

// slot_nb_power3 is three-argument pow() of a class: its own __pow__
// (never __rpow__), which ternary dispatch may reach through another
// operand's type.
func slot_nb_power3(a, b, m Value) (Value, *Exception) {
	if a.Type().pyNumber&(1<<NbPower) == 0 {
		return NotImplemented, nil
	}
	f, selfArg, err := lookupSpecial(a, Intern("__pow__"))
	if err != nil || f.IsNull() {
		return NotImplemented, err
	}
	if selfArg {
		return Call(f, []Value{a, b, m}, nil)
	}
	return Call(f, []Value{b, m}, nil)
}

func slotInplace(op BinOp) BinaryFunc {
	name := Intern(binOpDunders[op][2])
	return func(a, b Value) (Value, *Exception) { return callBinaryDunder(a, name, b) }
}
