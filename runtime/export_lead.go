// This file exports small runtime internals that native modules need.

package runtime

import "math/big"

// IntValue returns the value of an int (or bool, or int subclass
// instance) as a small int64 (bg == nil) or a *big.Int not to be modified.
func IntValue(v Value) (small int64, bg *big.Int, ok bool) { return intValue(v) }

// ComplexParts returns the real and imaginary parts of a complex value.
func ComplexParts(v Value) (re, im float64, ok bool) {
	if v.p == nil || !IsInstance(v, ComplexType) {
		return 0, 0, false
	}
	c := ptrOf[Complex](v)
	return c.re, c.im, true
}

// BytesLike returns the contents of a bytes or bytearray value (shared).
func BytesLike(v Value) ([]byte, bool) { return bytesLike(v) }

// ExceptionTypeByName returns the builtin exception class called name.
func ExceptionTypeByName(name string) *Type { return exceptionTypeByName[name] }

// CallMethod calls obj.name(args...).
func CallMethod(obj Value, name string, args ...Value) (Value, *Exception) {
	return callMethodByName(obj, name, args...)
}
