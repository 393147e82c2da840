// This file lets callKwPlanned (callm16_kwcall.go) bind a keyword call in
// place: the callee's window starts at the caller's first argument
// register, as pushCall's does for positional calls, so the positional
// arguments are already bound and the caller's argument registers need no
// clearing afterwards. Only the keyword values move, each from its
// argument register to its parameter's. That is safe when no keyword
// lands on another keyword's register before that one is read
// (kwMoveFree); other shapes bind into a window above the caller's.

package runtime

// kwMoveFree reports whether every keyword of plan p either already sits
// in its parameter's register (area(1, height=2)) or goes to a register
// above all the arguments (area(1, scale=2)), so in-place moves clobber
// no keyword still to be read.
func kwMoveFree(p *callPlan) bool {
	n := p.npos + len(p.kwReg)
	for i, j := range p.kwReg {
		if int(j) != p.npos+i && int(j) < n {
			return false
		}
	}
	return true
}

// unbindInPlace puts the keyword values of an in-place binding back into
// their argument registers (regs being the arguments' window), where
// fillDefaults may have overwritten them with defaults before failing:
// the general path then binds again, reporting CPython's error.
func (p *callPlan) unbindInPlace(regs []Value) {
	for i, j := range p.kwReg {
		regs[p.npos+i] = regs[j]
	}
}
