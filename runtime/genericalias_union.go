// This file defines types.UnionType, what int | str evaluates to (PEP 604):
// a flattened, deduplicated tuple of alternatives that isinstance and
// issubclass accept. (The file name sorts before type.go so that its init
// fills the slots before the static types are finished.)

package runtime

import "strings"

// UnionType is types.UnionType.
var UnionType = newBuiltinType("types.UnionType", ObjectType, 0)

type unionObject struct {
	Header
	args   *Tuple
	params *Tuple
}

func unionOf(v Value) *unionObject { return ptrOf[unionObject](v) }

// unionable reports whether v may be an operand of | making a UnionType.
func unionable(v Value) bool {
	if v.IsNone() {
		return true
	}
	if _, ok := v.TryType(); ok {
		return true
	}
	t := v.Type()
	return isGenericAlias(v) || t == UnionType
}

// unionOr is the | of types, None, generic aliases and unions.
func unionOr(a, b Value) (Value, *Exception) {
	if !unionable(a) || !unionable(b) {
		return NotImplemented, nil
	}
	var args []Value
	for _, x := range []Value{a, b} {
		if x.Type() == UnionType {
			args = append(args, unionOf(x).args.items...)
		} else {
			args = append(args, x)
		}
	}
	var uniq []Value
	for _, x := range args {
		if x.IsNone() {
			x = NoneType.Value()
		}
		dup := false
		for _, y := range uniq {
			if y.Is(x) {
				dup = true
				break
			}
			if isGenericAlias(x) && isGenericAlias(y) {
				if eq, err := Equal(x, y); err != nil {
					return Value{}, err
				} else if eq {
					dup = true
					break
				}
			}
		}
		if !dup {
			uniq = append(uniq, x)
		}
	}
	if len(uniq) == 1 {
		return uniq[0], nil
	}
	return ValueOf(&unionObject{Header: Header{UnionType}, args: NewTuple(uniq)}), nil
}

func init() {
	t := UnionType
	t.Number[NbOr] = unionOr
	// __module__ comes from the class (CPython's union_getattro), for the
	// typing module's aliases of a union.
	t.GetAttr = func(v Value, name *Str) (Value, *Exception) {
		if name.S == "__module__" {
			return GetAttr(v.Type().Value(), name)
		}
		return GenericGetAttr(v, name)
	}
	t.Repr = func(v Value) (Value, *Exception) {
		parts := make([]string, len(unionOf(v).args.items))
		for i, a := range unionOf(v).args.items {
			if a.Is(NoneType.Value()) {
				parts[i] = "None"
				continue
			}
			s, err := gaReprItem(a)
			if err != nil {
				return Value{}, err
			}
			parts[i] = s
		}
		return StrValue(strings.Join(parts, " | ")), nil
	}
	t.Hash = func(v Value) (int64, *Exception) {
		s := NewFrozenSet()
		for _, a := range unionOf(v).args.items {
			if err := s.Add(a); err != nil {
				return 0, err
			}
		}
		return Hash(s.Value())
	}
	t.RichCompare = func(v, w Value, op CompareOp) (Value, *Exception) {
		if w.Type() != UnionType || (op != Eq && op != Ne) {
			return NotImplemented, nil
		}
		a, b := NewFrozenSet(), NewFrozenSet()
		for _, x := range unionOf(v).args.items {
			if err := a.Add(x); err != nil {
				return Value{}, err
			}
		}
		for _, x := range unionOf(w).args.items {
			if err := b.Add(x); err != nil {
				return Value{}, err
			}
		}
		return RichCompare(a.Value(), b.Value(), op)
	}
	t.GetItem = func(v, key Value) (Value, *Exception) {
		u := unionOf(v)
		pv, err := GetAttrString(v, "__parameters__")
		if err != nil {
			return Value{}, err
		}
		args, err := substParameters(v, u.args.items, pv.AsTuple().items, key)
		if err != nil {
			return Value{}, err
		}
		r := args[0]
		for _, x := range args[1:] {
			if r, err = BinaryOp(r, x, NbOr); err != nil {
				return Value{}, err
			}
		}
		return r, nil
	}
	t.getsets = []GetSetDef{
		{Name: "__args__", Get: func(v Value) (Value, *Exception) { return unionOf(v).args.Value(), nil }},
		{Name: "__parameters__", Get: func(v Value) (Value, *Exception) {
			u := unionOf(v)
			if u.params == nil {
				p, err := typeParameters(u.args.items)
				if err != nil {
					return Value{}, err
				}
				u.params = p
			}
			return u.params.Value(), nil
		}},
	}
	t.methods = []Method{
		{Name: "__instancecheck__", Sig: "obj, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
			return unionCheck(self, a[0], "isinstance", IsInstanceOf)
		}},
		{Name: "__subclasscheck__", Sig: "cls, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
			return unionCheck(self, a[0], "issubclass", IsSubclassOf)
		}},
	}
}

func unionCheck(self, x Value, what string, check func(Value, Value) (bool, *Exception)) (Value, *Exception) {
	for _, a := range unionOf(self).args.items {
		if isGenericAlias(a) {
			return Value{}, NewTypeError("%s() argument 2 cannot be a parameterized generic", what)
		}
	}
	for _, a := range unionOf(self).args.items {
		ok, err := check(x, a)
		if err != nil || ok {
			return Bool(ok), err
		}
	}
	return False, nil
}
