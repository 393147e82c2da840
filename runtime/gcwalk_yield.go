// This file defines what YIELD_VALUE clears before its frame suspends.
// CPython pops the yielded value and the finished expressions' operands
// off the suspended frame's stack, so a generator does not keep the last
// item it produced (or the arguments of the call that made it) alive;
// concurrent.futures' Executor.map result iterator relies on it
// (test_free_reference: `yield _result_or_cancel(fs.pop())`).

package runtime

// nlocalRegs is the number of registers holding named variables (the
// fast locals, then the cell and free variables); temporaries follow.
func (co *Code) nlocalRegs() int { return len(co.varnames) + len(co.cellvars) }

// clearYieldTemps clears the temporary b a YIELD_VALUE yields from and,
// temporaries being allocated as a stack, the dead ones above it (a
// `yield from` keeps its delegate, c-1, in a register below b).
func clearYieldTemps(regs []Value, b int) {
	if b >= len(regs) {
		return
	}
	for i := b; i < len(regs); i++ {
		regs[i] = Value{}
	}
}
