// This file defines GetAttrOpt, attribute lookup that reports a missing
// attribute without creating the AttributeError, as CPython's
// _PyObject_LookupAttr does for types using object.__getattribute__ or
// type.__getattribute__. getattr(x, name, default), hasattr and the
// abstract-method scan of every ABC (_abc._abc_init asks each function in
// the class body for __isabstractmethod__) miss far more often than they
// hit; building the message, the exception and its name/obj context for
// each miss was a visible share of start-up (~2,000 allocations for
// `krait -c pass`, most from _collections_abc's ABCs).

package runtime

import "reflect"

// The code addresses of the two generic attribute getters, to recognise
// them in a type's GetAttr slot (static types do not set getattrGeneric).
var (
	genericGetAttrPC = reflect.ValueOf(GenericGetAttr).Pointer()
	typeGetAttroPC   = reflect.ValueOf(type_getattro).Pointer()
)

// GetAttrOpt returns v.name, or the null Value and no exception when v
// has no such attribute. Other errors (a property raising, a __getattr__
// raising something else) are returned as GetAttr returns them.
func GetAttrOpt(v Value, name *Str) (Value, *Exception) {
	r, err := getAttrOrNull(v, name)
	if err != nil {
		if err.Matches(AttributeErrorType) { // raised by a descriptor or __getattr__
			return Value{}, nil
		}
		return Value{}, err
	}
	return r, nil
}

// getAttrOrNull is GetAttr, except that the generic getters report a
// missing attribute as the null Value.
func getAttrOrNull(v Value, name *Str) (Value, *Exception) {
	t := v.Type()
	if t.getattrGeneric {
		return genericGetAttrOpt(v, name)
	}
	if t.GetAttr != nil {
		switch reflect.ValueOf(t.GetAttr).Pointer() {
		case genericGetAttrPC:
			return genericGetAttrOpt(v, name)
		case typeGetAttroPC:
			return typeGetAttrOpt(v, name)
		case moduleGetAttroPC:
			return moduleGetAttrOpt(v, name) // imports13_module_getattr.go
		}
	}
	return GetAttr(v, name)
}
