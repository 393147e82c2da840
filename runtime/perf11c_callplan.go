// This file defines the in-place call of a Python function through its
// call plan (bind_plan.go): area(i, offset=1), s.describe(prefix="<"),
// options(i) with defaults, wrapper(*args, **kwargs) called as wrapper(x). As for an exact positional call (pushCall), the callee's
// window starts at the first argument register, so the positional
// arguments are already in place; only the keyword values (saved first,
// since the window's clearing overwrites them) and the defaults are
// written. callPython's general path instead opened a window at the top of
// the slab, cleared all of it, copied every argument and cleared the
// caller's copies.

package runtime

import "krait/compiler"

// maxPlannedKw bounds the keyword arguments saved on the Go stack.
const maxPlannedKw = 8

// callPlannedInPlace pushes the frame of fn called from f with the n
// arguments at f.regs[first:] (the last len(kwnames) by keyword) bound by
// the site's plan, or returns nil, with f's registers as they were, when
// the general path must bind (no plan, a generator, a missing default,
// whose error bindArgs reports). The caller has checked the recursion
// limit and the eval breaker.
func (th *Thread) callPlannedInPlace(f *frame, fn *Function, first, n int, kwnames []*Str, ce *cacheEntry) *frame {
	co := fn.code
	if ce == nil || specializeOff || len(kwnames) > maxPlannedKw ||
		co.flags&(compiler.CoGenerator|compiler.CoCoroutine|compiler.CoAsyncGenerator) != 0 {
		return nil
	}
	p := planFor(ce, fn, n, kwnames)
	if p == nil {
		return nil
	}
	npos := n - len(kwnames)
	var saved [maxPlannedKw]Value
	kw := saved[:len(kwnames)]
	copy(kw, f.regs[first+npos:first+n])
	// The *args tuple is made before the window's clearing overwrites the
	// extra positional arguments.
	nfix, extra := min(npos, co.argcount), Value{}
	if p.varargs >= 0 {
		if npos > nfix {
			extra = buildTuple(f.regs[first+nfix : first+npos])
		} else {
			extra = ValueOf(emptyTuple)
		}
	}
	nf := th.pushCall(f, fn, first, nfix) // frame.go
	if !p.bindInPlace(fn, kwnames, kw, extra, nf.regs) {
		th.popFrame(nf)
		if npos > nfix {
			copy(f.regs[first+nfix:first+npos], extra.AsTuple().items)
		}
		copy(f.regs[first+npos:first+n], kw)
		return nil
	}
	if !co.simple {
		setupCells(nf, fn)
	}
	th.depth++
	th.cur = nf
	return nf
}

// bindInPlace is bind for a frame whose positional parameters are already
// in regs (cleared above them): it writes the *args tuple extra, the
// keyword values kw (into parameters or a new **kwargs dict) and the
// defaults, reporting false when a default is missing.
func (p *callPlan) bindInPlace(fn *Function, kwnames []*Str, kw []Value, extra Value, regs []Value) bool {
	if p.varargs >= 0 {
		regs[p.varargs] = extra
	}
	var kwd *Dict
	if p.varkw >= 0 {
		if p.nextra > 0 {
			kwd = newKwargsDict(p.nextra) // perfcall_kwdict.go
		} else {
			kwd = NewDict()
		}
		regs[p.varkw] = kwd.Value()
	}
	for i, j := range p.kwReg {
		if j >= 0 {
			regs[j] = kw[i]
		} else {
			kwd.kwAppend(kwnames[i], kw[i])
		}
	}
	if len(p.posFill) > 0 {
		if fn.defaults == nil {
			return false
		}
		defs := fn.defaults.items
		off := int32(fn.code.argcount - len(defs))
		for _, j := range p.posFill {
			if j < off {
				return false
			}
			regs[j] = defs[j-off]
		}
	}
	if len(p.kwFill) > 0 {
		return p.fillKwDefaults(fn, regs)
	}
	return true
}
