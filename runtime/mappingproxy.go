// This file defines mappingproxy, the read-only view of a class's dict.

package runtime

// MappingProxyType is Python's mappingproxy.
var MappingProxyType = newBuiltinType("mappingproxy", ObjectType, 0)

type mappingProxy struct {
	Header
	m Value
}

func newMappingProxy(m Value) Value { return ValueOf(&mappingProxy{Header{MappingProxyType}, m}) }

func proxied(v Value) Value { return ptrOf[mappingProxy](v).m }

func init() {
	t := MappingProxyType
	t.GetItem = func(v, k Value) (Value, *Exception) { return GetItem(proxied(v), k) }
	t.Len = func(v Value) (int, *Exception) { return Len(proxied(v)) }
	t.Iter = func(v Value) (Value, *Exception) { return Iter(proxied(v)) }
	t.Contains = func(v, x Value) (bool, *Exception) { return Contains(proxied(v), x) }
	t.Repr = func(v Value) (Value, *Exception) {
		r, err := Repr(proxied(v))
		if err != nil {
			return Value{}, err
		}
		return StrValue("mappingproxy(" + r.S + ")"), nil
	}
	t.RichCompare = func(v, w Value, op CompareOp) (Value, *Exception) { return RichCompare(proxied(v), w, op) }
	fwd := func(name string) Method {
		return Method{Name: name, Sig: "*args", Fn: func(self Value, a []Value) (Value, *Exception) {
			f, err := GetAttrString(proxied(self), name)
			if err != nil {
				return Value{}, err
			}
			return Call(f, a[0].AsTuple().items, nil)
		}}
	}
	t.methods = []Method{fwd("keys"), fwd("values"), fwd("items"), fwd("get"), fwd("copy"), fwd("__reversed__"),
		{Name: "__class_getitem__", Sig: "item, /", Flags: MethO | MethClass, Fn: func(self Value, a []Value) (Value, *Exception) {
			return newGenericAlias(self, a[0])
		}}}
	t.Str = func(v Value) (Value, *Exception) { return StrOfValue(proxied(v)) }
	t.New = mappingproxy_new
	t.Number[NbOr] = func(a, b Value) (Value, *Exception) {
		if a.Type() == MappingProxyType {
			a = proxied(a)
		}
		if b.Type() == MappingProxyType {
			b = proxied(b)
		}
		return BinaryOp(a, b, NbOr)
	}
	t.Inplace[NbOr] = func(a, b Value) (Value, *Exception) {
		return Value{}, NewTypeError("'|=' is not supported by %s; use '|' instead", a.Type().Name)
	}
}

var mappingproxyNew = Method{Name: "mappingproxy", Sig: "mapping"}

// mappingproxy_new is types.MappingProxyType(mapping): any mapping that is
// not a list or tuple (which support __getitem__ but are sequences).
func mappingproxy_new(t *Type, args []Value, kw []*Str) (Value, *Exception) {
	var buf [1]Value
	a, err := mappingproxyNew.bindArgs(args, kw, "mappingproxy", buf[:0])
	if err != nil {
		return Value{}, err
	}
	m := a[0]
	if m.Type().GetItem == nil || IsInstance(m, ListType) || IsInstance(m, TupleType) {
		return Value{}, NewTypeError("mappingproxy() argument must be a mapping, not %s", m.Type().Name)
	}
	return newMappingProxy(m), nil
}
