// This file defines the quickening of LOAD_GLOBAL into LOAD_GLOBAL_IF, its
// form that also runs the compare-and-branch after it: `if op == PUSH:`
// with PUSH a module constant (an interpreter's dispatch chain) is a
// LOAD_GLOBAL and an IF_EQ per test, and the fused form saves one trip
// through the loop's dispatch per test. The IF word stays in place, so a
// jump to it, tracing (which replaces it with its trace word) or operands
// other than small ints run it as its own instruction.

package runtime

import op "krait/compiler"

// fuseGlobalIf quickens the LOAD_GLOBAL word at index at of co into
// LOAD_GLOBAL_IF when the word after it is a register compare-and-branch.
func fuseGlobalIf(co *Code, at int) {
	next := at + 1
	if specializeOff || next >= len(co.instrs) || op.Opcode(co.instrs[at]) != op.LOAD_GLOBAL {
		return
	}
	if o := op.Opcode(co.instrs[next]); o >= op.IF_EQ && o <= op.IF_GE {
		quicken(co, at, op.LOAD_GLOBAL_IF)
	}
}
