// This file defines CALL_EX's path for a Python function called with a
// tuple and no keywords, f(*t) or f(*t, **k) with k empty: the forwarding
// wrappers of decorators (def wrapper(*args, **kwargs): return
// fn(*args, **kwargs), called without keywords) and callable instances'
// __call__(self, *args). The tuple's items are bound straight into the
// callee's registers, exactly or through a call plan kept on the callee's
// code (bind_plan.go), instead of flattening the arguments and binding
// them by name with bindArgs.

package runtime

// exPlanRebuildMax bounds the plans one code makes for new tuple lengths.
const exPlanRebuildMax = 8

// callPythonTuple pushes the frame of fn called with the items of the
// tuple args and no keywords (kw null or an empty dict), and makes it the
// running frame. It returns nil, with nothing pushed, when the general
// path must run: another shape of call, a generator, the recursion limit,
// a pending eval breaker (tracing's call events), or a binding the plan
// cannot make (whose error the general path reports).
func (th *Thread) callPythonTuple(f *frame, fn *Function, args, kw Value) *frame {
	co := fn.code
	if args.Type() != TupleType || isGeneratorCode(co) || specializeOff ||
		th.depth >= th.recursionLimit || evalBreaker.Load() != 0 {
		return nil
	}
	if !kw.IsNull() && (kw.Type() != DictType || kw.AsDict().Len() != 0) {
		return nil
	}
	pos := args.AsTuple().items
	nf := th.pushFrame(co, th.top)
	if co.plainArgs && len(pos) == co.argcount {
		regs := nf.regs
		copyRegs(regs, pos) // call13_regs.go
		clearRegs(regs[len(pos):])
	} else {
		clearRegs(nf.regs)
		if !bindExPlanned(fn, pos, nf.regs) {
			th.popFrame(nf)
			return nil
		}
		if p := co.exPlanOf(); p.lend {
			nf.lend = p // bound by p (kw18_lend.go)
		}
	}
	if co.needsCellSetup() {
		setupCells(nf, fn)
	}
	th.enterFrame(nf, f, fn)
	return nf
}

// exPlanFor returns co's plan for npos positional arguments and no
// keywords, making it when the last one was for another count; nil when
// no plan can bind that call (too many arguments) or co made too many.
func exPlanFor(co *Code, npos int) *callPlan {
	if p := co.exPlanOf(); p != nil && p.npos == npos && p.code == co {
		return p
	}
	if co.more().exPlanMisses >= exPlanRebuildMax {
		return nil
	}
	co.more().exPlanMisses++
	p := newCallPlan(co, npos, nil)
	co.more().exPlan = p
	return p
}

// bindExPlanned binds the positional arguments pos (no keywords) to fn's
// parameters in the cleared regs through the plan on fn's code. It reports
// false, with regs cleared (nothing of a failed binding stays reachable),
// when there is no plan or it cannot bind: bindArgs then binds, with
// CPython's errors. Go callers (function_call, callFunctionSelf) use it
// too: key functions and __init__ methods with defaults.
func bindExPlanned(fn *Function, pos []Value, regs []Value) bool {
	if specializeOff {
		return false
	}
	if p := exPlanFor(fn.code, len(pos)); p != nil && p.bind(fn, pos, nil, regs) {
		return true
	}
	clearRegs(regs)
	return false
}
