// This file exports the runtime helpers the compat9a fixes need outside the
// runtime package.

package runtime

// KeepConstIdentity replaces, in code and the code objects among its
// constants, each frozenset constant equal to one of originals (empty
// frozensets) by that original object: CPython's compiler puts an
// ast.Constant's own object in co_consts, so
// compile(ast.Constant(value=frozenset())) evaluates to that very object.
func KeepConstIdentity(code Value, originals []Value) *Exception {
	if code.Type() != CodeType || len(originals) == 0 {
		return nil
	}
	co := ptrOf[Code](code)
	co.load() // lazy14_code.go
	for i, k := range co.consts {
		if k.Type() == CodeType {
			if err := KeepConstIdentity(k, originals); err != nil {
				return err
			}
			continue
		}
		v, err := originalConst(k, originals)
		if err != nil {
			return err
		}
		co.consts[i] = v
	}
	return nil
}

// originalConst returns k with its frozensets, at any depth of tuples,
// replaced by the equal one among originals.
func originalConst(k Value, originals []Value) (Value, *Exception) {
	switch k.Type() {
	case FrozenSetType:
		for _, o := range originals {
			eq, err := RichCompareBool(k, o, Eq)
			if err != nil || eq {
				return o, err
			}
		}
	case TupleType:
		t, _ := k.TryTuple()
		var items []Value
		for i, x := range t.items {
			y, err := originalConst(x, originals)
			if err != nil {
				return Value{}, err
			}
			if y != x && items == nil {
				items = append([]Value(nil), t.items...)
			}
			if items != nil {
				items[i] = y
			}
		}
		if items != nil {
			return TupleValue(items...), nil
		}
	}
	return k, nil
}

// MethodTextSignature is the __text_signature__ built from m's Sig with the
// given first parameter ("" when it cannot be stated), for the generator
// of module_textsig_table.go.
func MethodTextSignature(m *Method, first string) string { return textSignature(m, first) }
