// This file gives classmethod_descriptor (dict.fromkeys, bytes.fromhex in
// their types' __dict__) the attributes method_descriptor has: __name__,
// __qualname__, __objclass__ and __doc__.

package runtime

func init() {
	// method_textsig_table.go adds __text_signature__.
	gs := append([]GetSetDef(nil), MethodDescriptorType.getsets...)
	ClassMethodDescriptorType.getsets = append(gs, ClassMethodDescriptorType.getsets...)
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
