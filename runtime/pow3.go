// This file defines the three-argument pow() slots of float and complex,
// which refuse a modulus (ternaryPow in builtins.go dispatches to them).

package runtime

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
