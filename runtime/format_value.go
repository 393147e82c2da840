// This file defines the call of a builtin __format__ (int, float, str) on
// the FORMAT_VALUE and format() fast path without allocating its argument
// slice: a slice passed through a function value escapes to the heap, one
// allocation per formatted field of an f-string.

package runtime

// formatScratch holds the format spec of the builtin __format__ being
// called. Like strBufs and curThread it is used only by the thread holding
// the GIL, and the builtin __format__ methods run no Python code that
// could format again before they return.
var formatScratch [1]Value

// formatBuiltin calls fn, a builtin __format__, as fn(v, [spec]).
func formatBuiltin(fn MethodFunc, v, spec Value) (Value, *Exception) {
	formatScratch[0] = spec
	r, err := fn(v, formatScratch[:])
	formatScratch[0] = Value{}
	return r, err
}
