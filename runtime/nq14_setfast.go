// This file defines the one-argument forms of set.add, set.remove and
// set.discard that CALL_METHOD calls directly (Method.One), and the direct
// construction of set() and frozenset() for CALL_BUILTIN_TYPE.
//
// A backtracking search (nqueens' columns and diagonals) adds and removes
// small ints in a tight loop: the general path goes through the argument
// binder, keyHash's type switch and addEntry/lookkey before it reaches the
// int probes (addInt, lookInt); an unboxed int whose hash is itself goes to
// them at once. Every other key takes the methods' general path.

package runtime

// smallHashInt returns the hash of x when x is an unboxed int that is its
// own hash (keyHash's shortcut), with ok false for any other key.
func smallHashInt(x Value) (h int64, ok bool) {
	i := x.SmallInt()
	return i, x.IsSmallInt() && i > -hashModulus && i < hashModulus && i != -1
}

// setAddOne is set.add(x).
func setAddOne(self, x Value) (Value, *Exception) {
	s := anySet(self)
	if h, ok := smallHashInt(x); ok && s.addInt(x, h) {
		return None, nil
	}
	return noneResult(s.Add(x))
}

// setDiscardInt removes the small int x (hash h) from s as discardEntry
// does. done is false when lookInt met a key it cannot compare (a float
// or heap object) and the general lookup must decide.
func setDiscardInt(s *Set, x Value, h int64) (found, done bool) {
	j := s.lookInt(x.bits, h)
	if j < 0 {
		return false, false
	}
	if s.table[j].empty() {
		return false, true
	}
	s.table[j] = setDummy
	s.used--
	s.hash = -1
	return true, true
}

// setRemoveOne is set.remove(x).
func setRemoveOne(self, x Value) (Value, *Exception) {
	s := anySet(self)
	if h, ok := smallHashInt(x); ok {
		if found, done := setDiscardInt(s, x, h); done {
			if !found {
				return Value{}, NewKeyError(x)
			}
			return None, nil
		}
	}
	found, err := setDiscardKey(s, x)
	if err == nil && !found {
		err = NewKeyError(x)
	}
	return noneResult(err)
}

// setDiscardOne is set.discard(x).
func setDiscardOne(self, x Value) (Value, *Exception) {
	s := anySet(self)
	if h, ok := smallHashInt(x); ok {
		if _, done := setDiscardInt(s, x, h); done {
			return None, nil
		}
	}
	_, err := setDiscardKey(s, x)
	return noneResult(err)
}

// setTypeDirect builds set() or set(iterable) as set_new and set_init do
// for the exact type (a new set has nothing to clear), without type_call's
// binding; ok is false for other argument counts, which type_call reports.
func setTypeDirect(args []Value) (v Value, err *Exception, ok bool) {
	if len(args) > 1 {
		return Value{}, nil, false
	}
	v, s := newSetValue(SetType)
	if len(args) == 1 {
		if err := s.update(args[0]); err != nil {
			return Value{}, err, true
		}
	}
	return v, nil, true
}

// frozensetTypeDirect is frozenset() or frozenset(iterable) for the exact
// type: frozenset_new without type_call's binding.
func frozensetTypeDirect(args []Value) (v Value, err *Exception, ok bool) {
	if len(args) > 1 {
		return Value{}, nil, false
	}
	v, err = frozenset_new(FrozenSetType, args, nil)
	return v, err, true
}
