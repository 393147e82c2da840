// This file clears a frame's dead temporaries at every `del name` and
// `name = None`, not only when the dropped object has a finalizer or a weak
// reference (compat16_prompt.go). Code that must not keep an object alive
// says so with `del`: concurrent.futures' as_completed generator does
// `futures_set.remove(f); del f; yield fs.pop()`, and the argument
// register of the remove call still held f while the generator was
// suspended, so the future outlived its last reference in the caller.

package runtime

// clearDelTemps clears regs from d-1 up: d is the DELETE instruction's
// operand naming the first temporary not in use (0: none named).
func clearDelTemps(regs []Value, d int) {
	if d > 0 && d-1 < len(regs) {
		clear(regs[d-1:])
	}
}
