// This file defines the in-loop call of a Python operator dunder: `a + b`
// where a's class defines __add__ as a Python function runs that function
// as a frame pushed by the interpreter loop, as CALL_PY does, instead of a
// nested run() from Go (pyBinaryOp's function_call: a Go recursion with its
// deferred recover per operator). The frame records the operator; when it
// returns NotImplemented, RETURN finishes the protocol from the caller's
// operands (binopFallback).

package runtime

import op "krait/compiler"

// binopFrame pushes the frame of x's Python dunder for x nb y when
// pyBinaryOp would call it (same conditions), with the result going to the
// caller's register ret; pc and start are the caller's resume point and
// the operator instruction. It returns nil when the generic path must run:
// tracing or a pending signal (evalBreaker), the recursion limit, or a
// dunder that is not a plain two-argument function.
func (th *Thread) binopFrame(f *frame, x, y Value, nb BinOp, ret, pc, start int) *frame {
	if specializeOff || evalBreaker.Load() != 0 || th.depth >= th.recursionLimit {
		return nil
	}
	at, bt := x.Type(), y.Type()
	base := nb
	if nb >= NbInplace {
		base = nb - NbInplace
		if at.Inplace[base] != nil {
			return nil
		}
	}
	if at.pyNumber&(1<<base) == 0 || bt != at && bt != IntType && bt != FloatType {
		return nil
	}
	fv := at.Lookup(binOpNames[base])
	if fv.IsNull() || fv.Type() != FunctionType { // null: only the reflected dunder
		return nil
	}
	fn := ptrOf[Function](fv)
	co := fn.code
	if !co.plainArgs || co.argcount != 2 {
		return nil
	}
	f.pc, f.lasti = pc, start
	nf := th.pushFrame(co, th.top)
	nf.regs[0], nf.regs[1] = x, y
	clear(nf.regs[2:])
	nf.fn = fn
	if !co.simple {
		setupCells(nf, fn)
	}
	th.enterFrame(nf, f, fn)
	nf.retReg = ret
	nf.binop = uint8(nb) + 1
	return nf
}

// binopFallback finishes x nb y after x's dunder, run by a binopFrame,
// returned NotImplemented: the operands are read back from the caller's
// operator instruction (its registers are untouched while the callee
// runs), then the protocol goes on as in pyBinaryOp.
func binopFallback(caller *frame, nb BinOp) (Value, *Exception) {
	in := op.Decode(caller.code.instrs, caller.lasti)
	x, y := caller.regs[in.B], Value{}
	if k := in.Op; k >= op.ADD_K && k < op.ADD_K+op.Opcode(NbCount) || k >= op.IADD_K && k < op.IADD_K+op.Opcode(NbCount) {
		y = caller.code.consts[in.C]
	} else {
		y = caller.regs[in.C]
	}
	at, bt := x.Type(), y.Type()
	base := nb
	if nb >= NbInplace {
		base = nb - NbInplace
	}
	if bt != at {
		if fb := bt.Number[base]; fb != nil {
			if r, err := fb(x, y); err != nil || r != NotImplemented {
				return r, err
			}
		}
	}
	return Value{}, binaryOpError(x, y, nb)
}
