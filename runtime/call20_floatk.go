// This file defines the float fast path of true division by a constant
// (x / 2, i / 3.0), which the loop's combined handler of the other
// constant-operand operators would otherwise send through binaryOp.

package runtime

// floatDivK returns x / k when one operand is a float and the other a
// float or small int, and k is not zero (a zero divisor raises
// ZeroDivisionError on binaryOp's path). The loop calls it for TRUEDIV_K
// only, so the other constant-operand operators pay no call.
func floatDivK(x, k Value) (Value, bool) {
	if fx, fk, ok := floatPair(x, k); ok && fk != 0 {
		return Float(fx / fk), true
	}
	return Value{}, false
}

// floatIntCmpPair returns a float and a small int (in either order) as two
// float64s for a comparison, when the int's magnitude is at most 2**53 and
// so converts exactly (CPython compares a float with a larger int exactly,
// which binaryOp's path does).
func floatIntCmpPair(x, y Value) (float64, float64, bool) {
	switch {
	case x.IsFloat() && y.IsSmallInt() && y.SmallInt() <= 1<<53 && y.SmallInt() >= -1<<53:
		return x.AsFloat(), float64(y.SmallInt()), true
	case y.IsFloat() && x.IsSmallInt() && x.SmallInt() <= 1<<53 && x.SmallInt() >= -1<<53:
		return float64(x.SmallInt()), y.AsFloat(), true
	}
	return 0, 0, false
}
