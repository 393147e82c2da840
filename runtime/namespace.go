// This file defines types.SimpleNamespace, the type of
// sys.implementation: an object whose attributes are its keyword arguments.

package runtime

import "strings"

// NamespaceType is types.SimpleNamespace (nil until the first NewNamespace).
var NamespaceType *Type

type namespace struct {
	Header
	attrs Attrs
}

// namespaceType creates NamespaceType on first use (after every init has
// filled the builtin types' slots).
func namespaceType() *Type {
	if NamespaceType != nil {
		return NamespaceType
	}
	NamespaceType = NewNativeType(&TypeSpec{Name: "types.SimpleNamespace", Flags: FlagBaseType,
		Doc:     "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)",
		Methods: []Method{{Name: "__reduce__", Flags: MethNoArgs, Fn: namespace_reduce}},
		GetSets: []GetSetDef{{Name: "__dict__", Get: func(v Value) (Value, *Exception) {
			return ptrOf[namespace](v).attrs.Dict().Value(), nil
		}}}}, func(t *Type) {
		t.InstAttrs = func(v Value) *Attrs { return &ptrOf[namespace](v).attrs }
		t.New = func(t *Type, args []Value, kw []*Str) (Value, *Exception) {
			return ValueOf(&namespace{Header: Header{t}}), nil
		}
		t.Init = namespace_init
		t.Repr = namespace_repr
		t.RichCompare = namespace_richcompare
	})
	NamespaceType.Hash = nil
	NamespaceType.SetStaticAttr("__hash__", None)
	return NamespaceType
}

// NewNamespace returns a SimpleNamespace with the given attributes.
func NewNamespace(names []string, vals []Value) Value {
	ns := &namespace{Header: Header{namespaceType()}}
	d := ns.attrs.Dict()
	for i, n := range names {
		d.SetStr(Intern(n), vals[i])
	}
	return ValueOf(ns)
}

func namespace_init(self Value, args []Value, kw []*Str) *Exception {
	if len(args) > len(kw) {
		return NewTypeError("no positional arguments expected")
	}
	d := ptrOf[namespace](self).attrs.Dict()
	vals := args[len(args)-len(kw):]
	for i, k := range kw {
		d.SetStr(k, vals[i])
	}
	return nil
}

func namespace_repr(v Value) (Value, *Exception) {
	name := "namespace"
	if v.Type() != NamespaceType {
		name = v.Type().Name
	}
	if !reprEnter(v) {
		return StrValue(name + "(...)"), nil
	}
	defer reprLeave()
	var b strings.Builder
	b.WriteString(name + "(")
	d := ptrOf[namespace](v).attrs.Dict()
	pos, first := 0, true
	for {
		k, x, ok := d.Next(&pos)
		if !ok {
			break
		}
		ks, ok := k.TryStr()
		if !ok {
			continue
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		r, err := Repr(x)
		if err != nil {
			return Value{}, err
		}
		b.WriteString(ks.S + "=" + r.S)
	}
	b.WriteByte(')')
	return StrValue(b.String()), nil
}

func namespace_richcompare(v, w Value, op CompareOp) (Value, *Exception) {
	if (op != Eq && op != Ne) || !IsInstance(w, NamespaceType) {
		return NotImplemented, nil
	}
	return RichCompare(ptrOf[namespace](v).attrs.Dict().Value(), ptrOf[namespace](w).attrs.Dict().Value(), op)
}

func namespace_reduce(self Value, a []Value) (Value, *Exception) {
	d := ptrOf[namespace](self).attrs.Dict()
	return TupleValue(self.Type().Value(), TupleValue(), d.Value()), nil
}
