// This file defines call plans: how the arguments of one call site bind to
// the parameters of one code object, worked out once and kept in the site's
// inline cache entry. For a site such as area(i, scale=2) the plan says
// which register each keyword goes to, which parameters take defaults and
// where *args and **kwargs go, so a call copies values instead of matching
// keyword names and scanning parameters (bindArgs) every time.
//
// A plan exists only for bindings that cannot fail given the site's
// argument shape (no unknown or repeated keyword, not too many positional
// arguments); the defaults themselves are read at each call, since
// __defaults__ and __kwdefaults__ can change. When a default is missing the
// plan gives up and bindArgs binds again, producing CPython's error.

package runtime

import "krait/compiler"

// callPlan is the binding of npos positional arguments and the site's
// keyword arguments to the parameters of code.
type callPlan struct {
	code    *Code
	npos    int
	kwReg   []int32 // parameter register of each keyword argument; -1: into **kwargs
	posFill []int32 // positional parameters given by nothing: from __defaults__
	kwFill  []int32 // keyword-only parameters given by nothing: from __kwdefaults__
	varargs int32   // register of the *args parameter, or -1
	varkw   int32   // register of the **kwargs parameter, or -1
	nextra  int     // keywords collected by **kwargs
	// The entries of kwFill's names in the last __kwdefaults__ dict seen,
	// valid while its keys version is kwdefVersion.
	kwdefDict    *Dict
	kwdefVersion uint64
	kwdefIx      []int32
	// kwnames are the dict keys of a plan for f(*t, **d) (perf12c_dictplan.go).
	kwnames []*Str
	// kwTmpl is the **kwargs dict template (perf12c_kwtemplate.go).
	kwTmpl *Dict
	// direct says that callKwPlanned may bind (callm16_kwcall.go).
	direct bool
	// kwMoveFree says that binding in place moves no keyword onto another
	// keyword's register (kw20_kwinplace.go).
	kwMoveFree bool
	// lend says that the frames this plan binds may give their *args
	// tuple and **kwargs dict back to it: spareArgs and spareKw (nil while
	// lent) (kw18_lend.go).
	lend      bool
	spareArgs *Tuple
	spareKw   *Dict
}

// planRebuildMax bounds how often a site builds a new plan after a miss: a
// site calling many different functions keeps using bindArgs.
const planRebuildMax = 4

// planFor returns the plan of the call site ce for n arguments (the last
// len(kwnames) of them by keyword) to fn, building it on first use; nil
// means bind through bindArgs.
func planFor(ce *cacheEntry, fn *Function, n int, kwnames []*Str) *callPlan {
	co := fn.code
	npos := n - len(kwnames)
	if p := ce.plan; p != nil && p.code == co && p.npos == npos {
		return p
	}
	if ce.planMisses >= planRebuildMax {
		return nil
	}
	ce.planMisses++
	p := newCallPlan(co, npos, kwnames)
	ce.plan = p
	return p
}

// newCallPlan works out the binding, or returns nil when binding this
// shape of call reports an error (or needs bindArgs for another reason).
func newCallPlan(co *Code, npos int, kwnames []*Str) *callPlan {
	argc, nparams := co.argcount, co.argcount+co.c.KwOnlyArgCount
	p := &callPlan{code: co, npos: npos, varargs: -1, varkw: -1}
	idx := int32(nparams)
	if co.flags&compiler.CoVarargs != 0 {
		p.varargs, idx = idx, idx+1
	} else if npos > argc {
		return nil
	}
	if co.flags&compiler.CoVarkeywords != 0 {
		p.varkw = idx
	}
	given := make([]bool, nparams)
	for i := 0; i < min(npos, argc); i++ {
		given[i] = true
	}
	p.kwReg = make([]int32, len(kwnames))
	for i, kw := range kwnames {
		j := paramIndex(co, kw)
		switch {
		case j < 0 && p.varkw < 0:
			return nil
		case j < 0:
			if kwRepeated(kwnames[:i], kw) {
				return nil
			}
			p.nextra++
		case given[j]:
			return nil
		default:
			given[j] = true
		}
		p.kwReg[i] = int32(j)
	}
	for j := 0; j < nparams; j++ {
		switch {
		case given[j]:
		case j < argc:
			p.posFill = append(p.posFill, int32(j))
		default:
			p.kwFill = append(p.kwFill, int32(j))
		}
	}
	p.direct = planDirect(co, p) // callm16_kwcall.go
	p.kwMoveFree = kwMoveFree(p) // kw20_kwinplace.go
	p.lend = (p.varargs >= 0 || p.varkw >= 0) && lendableCode(co)
	return p
}

// paramIndex returns the register of the parameter that keyword kw binds
// to (positional-only parameters are not bindable by keyword), or -1.
func paramIndex(co *Code, kw *Str) int {
	names := co.varnames[:co.argcount+co.c.KwOnlyArgCount]
	for k := co.c.PosOnlyArgCount; k < len(names); k++ {
		if names[k] == kw {
			return k
		}
	}
	for k := co.c.PosOnlyArgCount; k < len(names); k++ {
		if names[k].S == kw.S {
			return k
		}
	}
	return -1
}

// kwRepeated reports whether kw is among names.
func kwRepeated(names []*Str, kw *Str) bool {
	for _, s := range names {
		if s == kw || s.S == kw.S {
			return true
		}
	}
	return false
}

// bind writes fn's parameters from args (the last len(kwnames) by
// keyword) into the cleared regs. It reports false, leaving regs partly
// written, when a parameter has no default: bindArgs then reports it.
func (p *callPlan) bind(fn *Function, args []Value, kwnames []*Str, regs []Value) bool {
	npos := p.npos
	kwd, cloned := p.bindPositional(fn.code, args[:npos], kwnames, regs)
	kwargs := args[npos:]
	x := 0
	for i, j := range p.kwReg {
		switch {
		case j >= 0:
			regs[j] = kwargs[i]
		case cloned: // the template's keys, in order (perf12c_kwtemplate.go)
			kwd.entries[x].value = kwargs[i]
			x++
		default:
			kwd.kwAppend(kwnames[i], kwargs[i]) // perfcall_kwdict.go
		}
	}
	return p.fillDefaults(fn, regs)
}

// bindPositional writes the positional arguments pos into regs, *args
// included, and makes the **kwargs dict (returned; nil without one) for
// the keywords kwnames: cloned says it has their keys, in order, and
// null values (perf12c_kwtemplate.go), else it is empty.
func (p *callPlan) bindPositional(co *Code, pos []Value, kwnames []*Str, regs []Value) (kwd *Dict, cloned bool) {
	argc, npos := co.argcount, len(pos)
	copyRegs(regs, pos[:min(npos, argc)]) // call13_regs.go
	if p.varargs >= 0 {
		if npos <= argc {
			regs[p.varargs] = ValueOf(emptyTuple)
		} else if v, ok := p.lendArgs(pos[argc:npos]); ok { // kw18_lend.go
			regs[p.varargs] = v
		} else {
			regs[p.varargs] = buildTuple(pos[argc:npos])
		}
	}
	if p.varkw < 0 {
		return nil, false
	}
	if t := p.kwTemplate(kwnames); t != nil {
		if kwd = p.lendKwargs(); kwd == nil { // kw18_lend.go
			kwd = cloneKwargs(t)
		}
		cloned = true
	} else if p.nextra > 0 {
		kwd = newKwargsDict(p.nextra)
	} else {
		kwd = NewDict()
	}
	regs[p.varkw] = kwd.Value()
	return kwd, cloned
}

// fillDefaults writes the defaults of the parameters no argument gave.
func (p *callPlan) fillDefaults(fn *Function, regs []Value) bool {
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

// fillKwDefaults fills the keyword-only parameters of kwFill from
// fn.__kwdefaults__, through the entry indexes cached for its dict.
func (p *callPlan) fillKwDefaults(fn *Function, regs []Value) bool {
	d := fn.kwdefaults
	if d == nil {
		return false
	}
	if d != p.kwdefDict || d.KeysVersion() != p.kwdefVersion {
		ix := make([]int32, len(p.kwFill))
		for i, j := range p.kwFill {
			ix[i] = int32(d.LookupStrIndex(fn.code.varnames[j]))
		}
		p.kwdefDict, p.kwdefVersion, p.kwdefIx = d, d.KeysVersion(), ix
	}
	for i, j := range p.kwFill {
		k := p.kwdefIx[i]
		if k < 0 {
			return false
		}
		v := d.EntryValue(int(k))
		if v.IsNull() {
			return false
		}
		regs[j] = v
	}
	return true
}

// bindPlanned is bindArgs through the plan of call site ce (nil: none)
// when there is one, which it returns when it bound. Only the registers above the parameters need be
// clear: a plan that binds writes every parameter, and the parameters are
// cleared (of stale values or the plan's partial binding) before bindArgs
// binds, so errors are bindArgs's.
func bindPlanned(fn *Function, args []Value, kwnames []*Str, regs []Value, ce *cacheEntry) (*callPlan, *Exception) {
	if ce != nil && !specializeOff {
		if p := planFor(ce, fn, len(args), kwnames); p != nil {
			if p.bind(fn, args, kwnames, regs) {
				return p, nil
			}
		}
	}
	clear(regs[:fn.code.nparams])
	return nil, bindArgs(fn, args, kwnames, regs)
}
