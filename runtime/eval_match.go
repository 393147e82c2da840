// This file defines the instructions of match statements: mapping and
// sequence tests, key extraction and class patterns.

package runtime

// isMatchMapping is Py_TPFLAGS_MAPPING (builtin subtypes of dict have it
// without the flag being set).
func isMatchMapping(v Value) bool {
	t := v.Type()
	return t.Flags&FlagMapping != 0 || t.Flags&(FlagHeapType|FlagDictSubclass) == FlagDictSubclass
}

// isMatchSequence is Py_TPFLAGS_SEQUENCE (builtin subtypes of list and
// tuple have it without the flag being set).
func isMatchSequence(v Value) bool {
	t := v.Type()
	return t.Flags&FlagSequence != 0 || t.Flags&FlagHeapType == 0 && t.Flags&(FlagListSubclass|FlagTupleSubclass) != 0
}

// matchKeys returns the values of keys in subject, or None if one is missing.
func matchKeys(subject, keys Value) (Value, *Exception) {
	ks := keys.AsTuple().items
	if len(ks) == 0 {
		return TupleValue(), nil
	}
	get, err := GetAttrString(subject, "get")
	if err != nil {
		return Value{}, err
	}
	dummy := ValueOf(&singleton{Header{ObjectType}, "<dummy>"})
	seen := NewSet()
	out := make([]Value, len(ks))
	for i, k := range ks {
		if has, err := seen.Contains(k); err != nil {
			return Value{}, err
		} else if has {
			r, _ := Repr(k)
			return Value{}, NewValueError("mapping pattern checks duplicate key (%s)", r.S)
		}
		seen.Add(k)
		v, err := Call(get, []Value{k, dummy}, nil)
		if err != nil {
			return Value{}, err
		}
		if v.Is(dummy) {
			return None, nil
		}
		out[i] = v
	}
	return TupleValue(out...), nil
}

// selfMatching lists the builtin types whose single positional
// sub-pattern matches the subject itself.
func selfMatching(t *Type) bool {
	for _, s := range []*Type{BoolType, ByteArrayType, BytesType, DictType, FloatType, FrozenSetType, IntType, ListType, SetType, StrType, TupleType} {
		if t == s || t.IsSubtype(s) && t.Flags&FlagHeapType == 0 {
			return true
		}
	}
	return false
}

// matchClass is MATCH_CLASS: the attributes of subject for cls, or None.
func matchClass(subject, clsV, kwnames Value, npos int) (Value, *Exception) {
	cls, ok := clsV.TryType()
	if !ok {
		return Value{}, NewTypeError("called match pattern must be a class")
	}
	if !IsInstance(subject, cls) {
		return None, nil
	}
	var names []Value
	if npos > 0 {
		ma, err := GetAttrString(clsV, "__match_args__")
		if err != nil && !err.Matches(AttributeErrorType) {
			return Value{}, err
		}
		if err != nil {
			if !selfMatching(cls) || npos > 1 {
				allowed := 0
				if selfMatching(cls) {
					allowed = 1
				}
				return Value{}, NewTypeError("%s() accepts %d positional sub-pattern%s (%d given)", cls.Name, allowed, pluralS(allowed), npos)
			}
		} else {
			t, ok := ma.TryTuple()
			if !ok {
				return Value{}, NewTypeError("%s.__match_args__ must be a tuple (got %s)", cls.Name, ma.Type().Name)
			}
			if npos > len(t.items) {
				return Value{}, NewTypeError("%s() accepts %d positional sub-pattern%s (%d given)", cls.Name, len(t.items), pluralS(len(t.items)), npos)
			}
			names = t.items[:npos]
		}
	}
	var out []Value
	seen := map[string]bool{}
	get := func(name Value) (bool, *Exception) {
		s, ok := name.TryStr()
		if !ok {
			return false, NewTypeError("__match_args__ elements must be strings (got %s)", name.Type().Name)
		}
		if seen[s.S] {
			return false, NewTypeError("%s() got multiple sub-patterns for attribute '%s'", cls.Name, s.S)
		}
		seen[s.S] = true
		v, err := GetAttr(subject, s)
		if err != nil {
			if err.Matches(AttributeErrorType) {
				return false, nil
			}
			return false, err
		}
		out = append(out, v)
		return true, nil
	}
	if npos > 0 && names == nil {
		out = append(out, subject)
	}
	for _, n := range names {
		if ok, err := get(n); err != nil || !ok {
			return None, err
		}
	}
	for _, n := range kwnames.AsTuple().items {
		if ok, err := get(n); err != nil || !ok {
			return None, err
		}
	}
	return TupleValue(out...), nil
}

func pluralS(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// copyDictWithoutKeys is the **rest of a mapping pattern.
func copyDictWithoutKeys(subject, keys Value) (Value, *Exception) {
	d := NewDict()
	if err := interpDictUpdate(d, subject, Value{}); err != nil {
		return Value{}, err
	}
	for _, k := range keys.AsTuple().items {
		if _, _, err := d.DelItem(k); err != nil {
			return Value{}, err
		}
	}
	return d.Value(), nil
}
