// This file defines LOAD_METHOD's handling of classmethods and
// staticmethods found on an instance's class: obj.c(x) with c a
// classmethod of a Python function calls the function with the class
// first, so the pair (function, class) goes to the method registers
// instead of a bound method object allocated for the one call; a
// staticmethod gives its callable and no receiver.

package runtime

// loadWrappedMethod returns the method registers for the classmethod or
// staticmethod descr found as name on obj's class t, or ok false when
// GetAttr must run (another descriptor, an instance attribute of the name,
// a classmethod of something other than a function, whose __get__ 3.11
// chains to).
func loadWrappedMethod(obj Value, t *Type, name *Str, descr Value) (fn, self Value, ok bool) {
	var callable Value
	switch descr.Type() {
	case ClassMethodType:
		callable = ptrOf[ClassMethod](descr).fn
		if callable.Type() != FunctionType {
			return Value{}, Value{}, false
		}
		self = t.Value()
	case StaticMethodType:
		callable = ptrOf[StaticMethod](descr).fn
	default:
		return Value{}, Value{}, false
	}
	if t.InstAttrs != nil {
		if at := t.InstAttrs(obj); at != nil {
			if _, found := at.get(name); found {
				return Value{}, Value{}, false
			}
		}
	}
	return callable, self, true
}
