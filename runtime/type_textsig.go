// This file defines type.__text_signature__: CPython 3.11's signatures of
// the builtin classes whose docstrings carry one (inspect.signature reads
// it, e.g. object's "()" for a class without __init__), and for other
// classes the signature a docstring starting "Name(...)\n--\n\n" gives.

package runtime

import "strings"

// builtinTypeSignature returns the __text_signature__ python3.11 gives
// builtin type t, or "".
func builtinTypeSignature(t *Type) string {
	switch t {
	case ObjectType:
		return "()"
	case ComplexType:
		return "(real=0, imag=0)"
	case EnumerateType:
		return "(iterable, start=0)"
	case FloatType:
		return "(x=0, /)"
	case ListType, TupleType:
		return "(iterable=(), /)"
	case MemoryViewType:
		return "(object)"
	case PropertyType:
		return "(fget=None, fset=None, fdel=None, doc=None)"
	case ReversedType:
		return "(sequence, /)"
	}
	if s, ok := nativeTypeSignatures.Load(t); ok {
		return s.(string)
	}
	return nativeTypeTextSigs[t.Name] // probe15_typesigs.go

}

// typeTextSignature is type_get_text_signature.
func typeTextSignature(t *Type) Value {
	if t.Flags&FlagHeapType == 0 {
		if s := builtinTypeSignature(t); s != "" {
			return StrValue(s)
		}
		return None
	}
	d, ok := t.Dict().GetStr(Intern("__doc__"))
	if !ok {
		return None
	}
	doc, ok := d.TryStr()
	if !ok {
		return None
	}
	name := t.Name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	rest, ok := strings.CutPrefix(doc.S, name)
	if !ok || !strings.HasPrefix(rest, "(") {
		return None
	}
	end := strings.Index(rest, ")\n--\n\n")
	if end < 0 {
		return None
	}
	return StrValue(rest[:end+1])
}

// typeTextSignatureGetSet is type.__text_signature__.
var typeTextSignatureGetSet = GetSetDef{Name: "__text_signature__", Get: func(v Value) (Value, *Exception) {
	return typeTextSignature(v.AsType()), nil
}}

// methodDocValue is a method descriptor's __doc__: its docstring without
// a leading "name(...)\n--\n\n" signature (_PyType_GetDocFromInternalDoc),
// or None.
func methodDocValue(m *Method) (Value, *Exception) {
	if m.Doc == "" {
		return None, nil
	}
	doc := m.Doc
	if rest, ok := strings.CutPrefix(doc, m.Name+"("); ok {
		if i := strings.Index(rest, ")\n--\n\n"); i >= 0 {
			doc = rest[i+len(")\n--\n\n"):]
		}
	}
	return StrValue(doc), nil
}
