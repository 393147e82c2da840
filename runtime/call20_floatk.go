// This file defines the float fast path of true division by a constant
// (x / 2, i / 3.0), which the loop's combined handler of the other
// constant-operand operators would otherwise send through binaryOp.

package runtime

// floatDivK returns x / k when div is set, one operand is a float and the
// other a float or small int, and k is not zero (a zero divisor raises
// ZeroDivisionError on binaryOp's path).
func floatDivK(div bool, x, k Value) (Value, bool) {
	if !div {
		return Value{}, false
	}
	if fx, fk, ok := floatPair(x, k); ok && fk != 0 {
		return Float(fx / fk), true
	}
	return Value{}, false
}
