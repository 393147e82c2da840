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
	t.methods = []Method{fwd("keys"), fwd("values"), fwd("items"), fwd("get"), fwd("copy")}
}
