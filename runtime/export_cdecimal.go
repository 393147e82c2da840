// This file defines the small exported wrappers the _decimal module
// (modules/decimal) needs from the runtime.

package runtime

// DecimalDigitValue returns the value of the Unicode decimal digit c
// (category Nd), or -1 if c is not one.
func DecimalDigitValue(c rune) int { return decimalValue(c) }
