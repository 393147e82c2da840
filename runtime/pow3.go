// This file defines three-argument pow(): the ternary dispatch over the
// operands' Pow3 slots (CPython's ternary_op) and the float and complex
// slots, which refuse a modulus.

package runtime

// ternaryPow is pow(v, w, z) as CPython's ternary_op: v's slot, w's
// (first when w's type is a subclass of v's), then z's.
func ternaryPow(v, w, z Value) (Value, *Exception) {
	vt, wt := v.Type(), w.Type()
	slotv, slotw := vt.Pow3, wt.Pow3
	if wt == vt || slotw != nil && slotv != nil && funcPC(slotw) == funcPC(slotv) {
		slotw = nil
	}
	if slotv != nil {
		if slotw != nil && wt.IsSubtype(vt) {
			if r, err := slotw(v, w, z); err != nil || r != NotImplemented {
				return r, err
			}
			slotw = nil
		}
		if r, err := slotv(v, w, z); err != nil || r != NotImplemented {
			return r, err
		}
	}
	if slotw != nil {
		if r, err := slotw(v, w, z); err != nil || r != NotImplemented {
			return r, err
		}
	}
	if slotz := z.Type().Pow3; slotz != nil && (slotv == nil || funcPC(slotz) != funcPC(slotv)) && (slotw == nil || funcPC(slotz) != funcPC(slotw)) {
		return slotz(v, w, z)
	}
	return NotImplemented, nil
}

func init() {
	FloatType.Pow3 = func(a, b, m Value) (Value, *Exception) {
		return Value{}, NewTypeError("pow() 3rd argument not allowed unless all arguments are integers")
	}
	ComplexType.Pow3 = func(a, b, m Value) (Value, *Exception) {
		if !isRealNumber(a) && !IsInstance(a, ComplexType) || !isRealNumber(b) && !IsInstance(b, ComplexType) {
			return NotImplemented, nil
		}
		return Value{}, NewValueError("complex modulo")
	}
}

// isRealNumber reports an int or float (or subclass) operand.
func isRealNumber(v Value) bool {
	return v.IsSmallInt() || v.IsFloat() || IsInstance(v, IntType) || IsInstance(v, FloatType)
}
