// This file defines isinstance() and issubclass() as CPython's
// Objects/abstract.c: exact type checks first, tuples, the
// __instancecheck__/__subclasscheck__ hooks of the class's type, and for
// objects that are not types the __class__ and __bases__ protocol (proxies
// and class-like objects).

package runtime

var strClass, strBases = Intern("__class__"), Intern("__bases__")

// strInstanceCheck and typeInstanceCheck (type's own __instancecheck__,
// found on first use) let isinstance with a metaclass that inherits
// type's hook (an Enum class) skip the method call.
var (
	strInstanceCheck  = Intern("__instancecheck__")
	typeInstanceCheck Value
)

// IsInstanceOf is isinstance(obj, cls) (object_recursive_isinstance).
// The checks against a plain class stay out of isInstanceHooked: a Go
// function with defers and many returns pays deferreturn on every return,
// about a third of the cost of isinstance(x, dict).
func IsInstanceOf(obj, cls Value) (bool, *Exception) {
	if t, ok := cls.TryType(); ok {
		if obj.Type() == t {
			return true, nil
		}
		if cls.Type() == TypeType { // type's own __instancecheck__
			return objectIsInstance(obj, cls)
		}
	}
	return isInstanceHooked(obj, cls)
}

// isInstanceHooked is IsInstanceOf for a tuple of classes or a class whose
// metaclass may define __instancecheck__.
func isInstanceHooked(obj, cls Value) (bool, *Exception) {
	if tup, ok := cls.TryTuple(); ok {
		return isInstanceAny(obj, tup.items)
	}
	chk, selfArg, err := lookupSpecial(cls, strInstanceCheck)
	if err != nil {
		return false, err
	}
	if typeInstanceCheck.IsNull() {
		typeInstanceCheck = TypeType.Lookup(strInstanceCheck)
	}
	if selfArg && chk.Is(typeInstanceCheck) {
		return objectIsInstance(obj, cls)
	}
	if !chk.IsNull() {
		if err := enterRecursiveCall(" in __instancecheck__"); err != nil {
			return false, err
		}
		defer leaveRecursiveCall()
		r, err := callLookedUp(chk, selfArg, cls, obj)
		if err != nil {
			return false, err
		}
		return IsTrue(r)
	}
	return objectIsInstance(obj, cls)
}

// isInstanceAny is isinstance(obj, classes) for a tuple: its few returns
// let Go open-code the defer (isinstance(x, (int, float)) is common).
func isInstanceAny(obj Value, classes []Value) (r bool, err *Exception) {
	if err = enterRecursiveCall(" in __instancecheck__"); err != nil {
		return false, err
	}
	defer leaveRecursiveCall()
	for _, c := range classes {
		if r, err = IsInstanceOf(obj, c); err != nil || r {
			break
		}
	}
	return r, err
}

// objectIsInstance is type.__instancecheck__ (object_isinstance): the
// type, then obj.__class__, which a proxy may fake.
func objectIsInstance(obj, cls Value) (bool, *Exception) {
	if t, ok := cls.TryType(); ok {
		if obj.Type().IsSubtype(t) {
			return true, nil
		}
		icls, err := getAttrOpt(obj, strClass)
		if err != nil || icls.IsNull() {
			return false, err
		}
		if it, ok := icls.TryType(); ok && it != obj.Type() {
			return it.IsSubtype(t), nil
		}
		return false, nil
	}
	if err := checkClass(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union"); err != nil {
		return false, err
	}
	icls, err := getAttrOpt(obj, strClass)
	if err != nil || icls.IsNull() {
		return false, err
	}
	return abstractIsSubclass(icls, cls)
}

// IsSubclassOf is issubclass(cls, classinfo) (object_issubclass); the
// plain class case stays out of isSubclassHooked as in IsInstanceOf.
func IsSubclassOf(cls, info Value) (bool, *Exception) {
	if _, ok := info.TryType(); ok && info.Type() == TypeType {
		if cls.Is(info) {
			return true, nil
		}
		return recursiveIsSubclass(cls, info)
	}
	return isSubclassHooked(cls, info)
}

// isSubclassHooked is IsSubclassOf for a tuple or a class whose metaclass
// may define __subclasscheck__.
func isSubclassHooked(cls, info Value) (bool, *Exception) {
	if tup, ok := info.TryTuple(); ok {
		if err := enterRecursiveCall(" in __subclasscheck__"); err != nil {
			return false, err
		}
		defer leaveRecursiveCall()
		for _, c := range tup.items {
			r, err := IsSubclassOf(cls, c)
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	chk, selfArg, err := lookupSpecial(info, Intern("__subclasscheck__"))
	if err != nil {
		return false, err
	}
	if !chk.IsNull() {
		if err := enterRecursiveCall(" in __subclasscheck__"); err != nil {
			return false, err
		}
		defer leaveRecursiveCall()
		r, err := callLookedUp(chk, selfArg, info, cls)
		if err != nil {
			return false, err
		}
		return IsTrue(r)
	}
	return recursiveIsSubclass(cls, info)
}

// recursiveIsSubclass is type.__subclasscheck__ (recursive_issubclass):
// the MRO for types, __bases__ for class-like objects.
func recursiveIsSubclass(derived, cls Value) (bool, *Exception) {
	dt, ok1 := derived.TryType()
	ct, ok2 := cls.TryType()
	if ok1 && ok2 {
		return dt.IsSubtype(ct), nil
	}
	if err := checkClass(derived, "issubclass() arg 1 must be a class"); err != nil {
		return false, err
	}
	if cls.Type() != UnionType {
		if err := checkClass(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union"); err != nil {
			return false, err
		}
	}
	return abstractIsSubclass(derived, cls)
}

// abstractGetBases returns cls.__bases__ if it is a tuple, else the null
// Value.
func abstractGetBases(cls Value) (Value, *Exception) {
	b, err := getAttrOpt(cls, strBases)
	if err != nil || b.IsNull() {
		return Value{}, err
	}
	if _, ok := b.TryTuple(); !ok {
		return Value{}, nil
	}
	return b, nil
}

// checkClass raises TypeError(msg) unless cls has a tuple __bases__.
func checkClass(cls Value, msg string) *Exception {
	b, err := abstractGetBases(cls)
	if err != nil {
		return err
	}
	if b.IsNull() {
		return NewTypeError("%s", msg)
	}
	return nil
}

// abstractIsSubclass walks derived.__bases__ looking for cls.
func abstractIsSubclass(derived, cls Value) (bool, *Exception) {
	var items []Value
	for {
		if derived.Is(cls) {
			return true, nil
		}
		b, err := abstractGetBases(derived)
		if err != nil || b.IsNull() {
			return false, err
		}
		items = b.AsTuple().items
		if len(items) == 0 {
			return false, nil
		}
		if len(items) > 1 {
			break
		}
		derived = items[0] // single inheritance: no recursion
	}
	if err := enterRecursiveCall(" in __issubclass__"); err != nil {
		return false, err
	}
	defer leaveRecursiveCall()
	for _, b := range items {
		r, err := abstractIsSubclass(b, cls)
		if err != nil || r {
			return r, err
		}
	}
	return false, nil
}

// callLookedUp calls f, found by lookupSpecial on v, with arg: the hook is
// looked up once (a descriptor's __get__ runs once, as CPython).
func callLookedUp(f Value, selfArg bool, v, arg Value) (Value, *Exception) {
	if selfArg {
		return callTwo(f, v, arg) // perfcoll_call2.go: no heap argument slice
	}
	return callOne(f, arg)
}
