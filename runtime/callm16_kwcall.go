// This file defines the keyword call's fast path: f(a, b=1) to a Python
// function whose call plan (bind_plan.go) needs no *args tuple, no
// **kwargs dict and no cells binds straight from the caller's registers
// into the new frame, without the general path's layers (planFor, bind,
// bindPositional, fillDefaults, cell setup), which cost more than the
// copying they organise.

package runtime

import "krait/compiler"

// planDirect reports whether calls of co through plan p can bind with
// callKwPlanned: p fills every parameter (no *args, no **kwargs) and the
// frame needs nothing but its parameters (no cells, not a generator).
func planDirect(co *Code, p *callPlan) bool {
	const special = compiler.CoGenerator | compiler.CoCoroutine | compiler.CoAsyncGenerator
	return p.varargs < 0 && p.varkw < 0 && !co.needsCellSetup() && co.flags&special == 0
}

// callKwPlanned pushes the frame of the call of fn with the n arguments
// f.regs[first:], the last len(kwnames) by keyword, through the plan of
// call site ce, and makes it the running frame; nil means the general
// path must bind (no direct plan for this shape, or a missing default,
// whose error bindArgs reports).
func (th *Thread) callKwPlanned(f *frame, fn *Function, first, n int, kwnames []*Str, ce *cacheEntry) *frame {
	co := fn.code
	npos := n - len(kwnames)
	if ce == nil {
		return nil
	}
	p := ce.plan
	if p == nil || p.code != co || p.npos != npos || !p.direct || specializeOff {
		return nil
	}
	args := f.regs[first : first+n]
	// The window starts at the first argument when it can (as pushCall's):
	// the positional arguments are then in place and only the keywords
	// move (kw20_kwinplace.go).
	base := th.top
	if p.kwMoveFree {
		base = th.calleeBase(f, first-1)
	}
	nf := th.pushFrame(co, base)
	regs := nf.regs
	inPlace := n > 0 && &regs[0] == &args[0]
	if !inPlace {
		copyRegs(regs, args[:npos])
	}
	kw := args[npos:]
	for i, j := range p.kwReg {
		regs[j] = kw[i]
	}
	if (len(p.posFill) > 0 || len(p.kwFill) > 0) && !p.fillDefaults(fn, regs) {
		if inPlace {
			p.unbindInPlace(regs) // bindArgs binds again from args
		} else {
			clearRegs(regs) // the slab above the top keeps nothing alive
		}
		th.popFrame(nf)
		return nil
	}
	clearRegs(regs[co.nparams:])
	if !inPlace {
		clearRegs(args) // the callee owns them now, as CPython's moved references
	}
	th.enterFrame(nf, f, fn)
	return nf
}
