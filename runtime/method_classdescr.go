// This file gives classmethod_descriptor (dict.fromkeys, bytes.fromhex in
// their types' __dict__) the attributes method_descriptor has: __name__,
// __qualname__, __objclass__, __doc__ and a __text_signature__ whose first
// parameter is $type.

package runtime

func init() {
	gs := append([]GetSetDef(nil), MethodDescriptorType.getsets...)
	ClassMethodDescriptorType.getsets = append(gs, GetSetDef{Name: "__text_signature__",
		Get: func(v Value) (Value, *Exception) {
			m := ptrOf[MethodDescr](v).m
			return textSignatureValue(textSignature(m, methodFirstParam(m, "$type"))), nil
		}})
}

// classDescrCheck is classmethoddescr_call's check of the class it is
// called with.
func classDescrCheck(d *MethodDescr, cls Value) *Exception {
	t, ok := cls.TryType()
	if !ok {
		return NewTypeError("descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2", d.m.Name, d.owner.Name, cls.Type().Name)
	}
	if !t.IsSubtype(d.owner) {
		return NewTypeError("descriptor '%s' requires a subtype of '%s' but received '%s'", d.m.Name, d.owner.Name, t.Name)
	}
	return nil
}
