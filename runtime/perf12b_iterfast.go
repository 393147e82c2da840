// This file defines direct loops over the items of an exact list, tuple,
// set or frozenset for builtins that would otherwise make an iterator
// object and call its next slot per item (min, max, and collecting a set
// for sorted, list or tuple). Each loop keeps the semantics of the
// iterator it replaces: a list is re-measured at every step (listiterator),
// and a set that changes size while a key function runs raises as
// setiterator does.

package runtime

// collectSet returns the items of s in iteration order, in a fresh slice
// with list_preallocate_exact's even capacity (what list(s) keeps).
func collectSet(s *Set) []Value {
	out := make([]Value, 0, (s.used+1)&^1)
	for pos := 0; ; {
		k, ok := s.Next(&pos)
		if !ok {
			return out
		}
		out = append(out, k)
	}
}

// addAll feeds the items of v to st when v is an exact list, tuple, set or
// frozenset, reporting false (nothing fed) for any other iterable.
func (st *minMaxState) addAll(v Value) (bool, *Exception) {
	switch v.Type() {
	case ListType:
		l := ptrOf[List](v)
		for i := 0; i < len(l.items); i++ {
			if err := st.add(l.items[i]); err != nil {
				return true, err
			}
		}
	case TupleType:
		for _, x := range ptrOf[Tuple](v).items {
			if err := st.add(x); err != nil {
				return true, err
			}
		}
	case SetType, FrozenSetType:
		s := ptrOf[Set](v)
		used := s.used
		for pos := 0; ; {
			if s.used != used {
				return true, NewRuntimeError("Set changed size during iteration")
			}
			k, ok := s.Next(&pos)
			if !ok {
				break
			}
			if err := st.add(k); err != nil {
				return true, err
			}
		}
	default:
		return false, nil
	}
	return true, nil
}
