// This file defines calls from Go whose arguments go on the thread's
// register slab above its top (as callOne and callTwo), for any small
// count and with an optional receiver first: callSpecial's arguments
// were a stack array that escaped through Call, one heap allocation
// per len(), iteration step, item access or repr of an instance of a
// Python class.

package runtime

// callSlab calls callable with self (unless null) followed by args, the
// argument block written on the register slab above th.top, which Call's
// callee frames start above. Call only borrows its argument slice.
func callSlab(callable, self Value, args []Value) (Value, *Exception) {
	th := curThread
	n := len(args)
	if !self.IsNull() {
		n++
	}
	top := th.top
	if top+n > len(th.slab) {
		all := make([]Value, 0, n)
		if !self.IsNull() {
			all = append(all, self)
		}
		return Call(callable, append(all, args...), nil)
	}
	block := th.slab[top : top+n : top+n]
	if self.IsNull() {
		copy(block, args)
	} else {
		block[0] = self
		copy(block[1:], args)
	}
	th.top = top + n
	r, err := Call(callable, block, nil)
	th.top = top
	clear(block)
	return r, err
}
