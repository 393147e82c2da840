// This file defines the loop's fast path for the binary operators on two
// unboxed ints that have no dedicated instruction (%, //, <<, >>, &, |,
// ^): the result is computed in 64 bits when it fits, with Python's floor
// semantics, and anything else (big results, zero divisors, negative
// shift counts) goes the generic way, which raises CPython's errors.

package runtime

// smallIntBinary computes x nb y for unboxed ints x and y; ok is false
// when the generic path must decide. nb may be an augmented operator
// (+NbInplace): int has no in-place slots, so x op= y is x op y.
func smallIntBinary(x, y Value, nb BinOp) (r Value, ok bool) {
	if !x.IsSmallInt() || !y.IsSmallInt() {
		return Value{}, false
	}
	a, b := x.SmallInt(), y.SmallInt()
	if nb >= NbInplace {
		nb -= NbInplace
	}
	switch nb {
	case NbAnd:
		return Int(a & b), true
	case NbOr:
		return Int(a | b), true
	case NbXor:
		return Int(a ^ b), true
	case NbRemainder:
		if b == 0 || (b == -1 && a == -1<<63) {
			return Value{}, false
		}
		m := a % b
		if m != 0 && (m < 0) != (b < 0) {
			m += b
		}
		return Int(m), true
	case NbFloorDivide:
		if b == 0 || (b == -1 && a == -1<<63) {
			return Value{}, false
		}
		q := a / b
		if (a%b != 0) && ((a < 0) != (b < 0)) {
			q--
		}
		return Int(q), true
	case NbRshift:
		if b < 0 {
			return Value{}, false
		}
		if b > 63 {
			b = 63
		}
		return Int(a >> uint(b)), true
	case NbLshift:
		if b < 0 || b > 62 {
			return Value{}, false
		}
		s := a << uint(b)
		if s>>uint(b) != a {
			return Value{}, false
		}
		return Int(s), true
	}
	return Value{}, false
}
