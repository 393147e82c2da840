// This file defines the unbound one- and two-argument entries (Method.One,
// Two, Zero; see tmpl14_strfast.go) of the dict and list methods whose
// trailing parameters are optional and which template and bookkeeping code
// calls per item: d.get(k), d.get(k, dflt), d.setdefault(k, dflt),
// d.pop(k), d.pop(k, dflt), l.pop(), l.pop(i). Without them
// callBuiltinFast binds the omitted parameters as null Values in slab
// registers around every call. Each entry runs the same body as Fn.

package runtime

// dictGetCall is dict.get(key, default) with default null when omitted.
func dictGetCall(self, key, dflt Value) (Value, *Exception) {
	v, found, err := self.AsDict().GetItem(key)
	if err != nil {
		return Value{}, err
	}
	if !found {
		return orNone(dflt), nil
	}
	return v, nil
}

func dictGetOne(self, key Value) (Value, *Exception) { return dictGetCall(self, key, Value{}) }

// dictSetDefaultOne is d.setdefault(key): None is stored when key is absent.
func dictSetDefaultOne(self, key Value) (Value, *Exception) {
	return self.AsDict().SetDefault(key, None)
}

func dictSetDefaultTwo(self, key, dflt Value) (Value, *Exception) {
	return self.AsDict().SetDefault(key, dflt)
}

// dictPopCall is dict.pop(key, default) with default null when omitted:
// an empty dict answers before hashing the key, as CPython's does.
func dictPopCall(self, key, dflt Value) (Value, *Exception) {
	d := self.AsDict()
	if d.used > 0 {
		v, found, err := d.DelItem(key)
		if err != nil {
			return Value{}, err
		}
		if found {
			return v, nil
		}
	}
	if !dflt.IsNull() {
		return dflt, nil
	}
	return Value{}, NewKeyError(key)
}

func dictPopOne(self, key Value) (Value, *Exception) { return dictPopCall(self, key, Value{}) }

// listPopCall is list.pop(index) with index null when omitted. The index
// is converted before the emptiness check, as Argument Clinic does.
func listPopCall(self, index Value) (Value, *Exception) {
	l := ptrOf[List](self)
	j := int64(-1)
	if !index.IsNull() {
		var err *Exception
		if j, err = indexToInt(index, ""); err != nil {
			return Value{}, err
		}
	}
	if len(l.items) == 0 {
		return Value{}, NewIndexError("pop from empty list")
	}
	i := len(l.items) - 1
	if !index.IsNull() {
		if j < 0 {
			j += int64(len(l.items))
		}
		if j < 0 || j >= int64(len(l.items)) {
			return Value{}, NewIndexError("pop index out of range")
		}
		i = int(j)
	}
	v := l.items[i]
	listDeleteAt(l, i)
	return v, nil
}

func listPopZero(self Value) (Value, *Exception) { return listPopCall(self, Value{}) }
