// This file defines the fast paths of super().name(...): the zero-argument
// super() call builds its object without type_call's __new__/__init__
// dispatch (CALL_BUILTIN_TYPE), and LOAD_METHOD on a super object returns
// a Python function found along the MRO unbound, with the instance as its
// receiver, so the call allocates no bound method (what CPython 3.12's
// LOAD_SUPER_ATTR does for methods).

package runtime

// superZeroArg is super() called with no arguments from the running
// frame, as super_init's zero-argument case.
func superZeroArg() (Value, *Exception) {
	typ, obj, err := superFromFrame(curThread.cur)
	if err != nil {
		return Value{}, err
	}
	s := &superObject{Header: Header{SuperType}, typ: typ.AsType()}
	if !obj.IsNone() {
		ot, err := superCheck(s.typ, obj)
		if err != nil {
			return Value{}, err
		}
		s.obj, s.objType = obj, ot
	}
	return ValueOf(s), nil
}

// superMethod is loadMethod for an exact super object: the Python function
// super_getattro would bind to the instance, and the instance. ok false
// leaves the lookup to super_getattro (a class receiver, another kind of
// attribute, or nothing found).
func superMethod(v Value, name *Str) (fn, self Value, ok bool) {
	s := ptrOf[superObject](v)
	if s.objType == nil || name.S == "__class__" {
		return Value{}, Value{}, false
	}
	if o, isType := s.obj.TryType(); isType && o == s.objType {
		return Value{}, Value{}, false // super_getattro binds to nothing here
	}
	mro := s.objType.MRO
	i := 0
	for i < len(mro) && mro[i] != s.typ {
		i++
	}
	for i++; i < len(mro); i++ {
		if x, found := mro[i].Dict().GetStr(name); found {
			if x.Type() != FunctionType {
				return Value{}, Value{}, false
			}
			return x, s.obj, true
		}
	}
	return Value{}, Value{}, false
}
