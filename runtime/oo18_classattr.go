// This file lets LOAD_ATTR specialize x.__class__ (dataclasses' generated
// __eq__ and order methods test `other.__class__ is self.__class__` on
// every call): the answer is object's __class__ getset descriptor applied
// to x, which is x's type, so it is a constant for as long as x's type
// keeps its version. LOAD_ATTR_CLASS already delivers such a constant
// under the type-version and layout guards; assigning x.__class__ gives x
// another type (another version), and redefining __class__ on the class
// bumps its version, so both fall back to the generic path.

package runtime

// objectClassDescr is object.__dict__['__class__'], looked up on first use.
var objectClassDescr Value

// specializeClassOf reports whether LOAD_ATTR of name on the instance x of
// t may become LOAD_ATTR_CLASS delivering t itself: name is __class__ and
// t's MRO finds object's descriptor for it (descr). ce gets the layout
// guard and the value.
func specializeClassOf(t *Type, x Value, name *Str, descr Value, ce *cacheEntry) bool {
	if name != strClass && name.S != "__class__" {
		return false
	}
	if objectClassDescr.IsNull() {
		objectClassDescr, _ = ObjectType.Dict().GetStr(strClass)
	}
	if descr != objectClassDescr || !instanceShadowOK(t, x, name, ce) {
		return false
	}
	ce.value = t.Value()
	return true
}
