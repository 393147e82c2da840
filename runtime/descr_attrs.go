// This file gives getset_descriptor and member_descriptor their
// introspection attributes (__name__, __qualname__, __objclass__, __doc__),
// which inspect and pydoc read.

package runtime

func init() {
	GetSetType.getsets = descrAttrs(func(v Value) (string, *Type) {
		g := ptrOf[GetSet](v)
		return g.name, g.owner
	}, func(v Value) string { return ptrOf[GetSet](v).doc })
	MemberDescrType.getsets = descrAttrs(func(v Value) (string, *Type) {
		m := ptrOf[memberDescr](v)
		return m.name.S, m.owner
	}, func(v Value) string { return ptrOf[memberDescr](v).doc })
}

// descrAttrs builds the attribute table of a descriptor type whose objects
// yield their name and owner type through of, and their doc through doc.
func descrAttrs(of func(Value) (string, *Type), doc func(Value) string) []GetSetDef {
	return []GetSetDef{
		{Name: "__name__", Get: func(v Value) (Value, *Exception) { n, _ := of(v); return StrValue(n), nil }},
		{Name: "__qualname__", Get: func(v Value) (Value, *Exception) {
			n, t := of(v)
			return StrValue(t.Qualname + "." + n), nil
		}},
		{Name: "__objclass__", Get: func(v Value) (Value, *Exception) { _, t := of(v); return t.Value(), nil }},
		{Name: "__doc__", Get: func(v Value) (Value, *Exception) {
			if d := doc(v); d != "" {
				return StrValue(d), nil
			}
			return None, nil
		}},
	}
}
