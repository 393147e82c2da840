// This file defines the `in` test of the interpreter's IN, NOT_IN and
// IF_IN instructions: an exact set or frozenset with a str, int or float
// key is probed directly, without the generic Contains, the type's slot,
// the subclass checks of set_contains and a second hash dispatch (about
// half the cost of `x in s` for a small int).

package runtime

// containsOp is Contains(v, x) for the loop's membership instructions.
func containsOp(v, x Value) (bool, *Exception) {
	if t := v.Type(); (t == SetType || t == FrozenSetType) && (x.IsSmallInt() || x.IsFloat() || x.Type() == StrType) {
		s := ptrOf[Set](v)
		if i := x.SmallInt(); x.IsSmallInt() && i > -hashModulus && i < hashModulus && i != -1 {
			if j := s.lookInt(x.bits, i); j >= 0 { // an int is its own hash here
				return !s.table[j].empty(), nil
			}
		}
		h, err := keyHash(x) // cannot fail for these key types
		if err != nil {
			return false, err
		}
		j, err := s.lookkey(x, h)
		if err != nil {
			return false, err
		}
		return !s.table[j].empty(), nil
	}
	return Contains(v, x)
}
