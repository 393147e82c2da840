// This file binds calls f(*t, **d) of a Python function through a call
// plan (bind_plan.go) kept on the callee's code: forwarding wrappers such
// as def forward(*a, **k): return area(*a, **k), and dataclasses.replace's
// C(**changes), pass dicts with the same keys in the same order call after
// call, so the plan made for the first one maps each dict entry to its
// parameter register without looking names up or scanning the parameters.
// A dict whose keys differ (by identity, in order) from the plan's makes
// a new plan, a few times per code; then the general binder runs.

package runtime

// dictPlanRebuildMax bounds the plans one code makes for dicts of new keys.
const dictPlanRebuildMax = 8

// bindDictPlanned binds pos and the entries of the dict d (exact str keys,
// as bindArgsDict requires) to fn's parameters in the cleared regs through
// the plan on fn's code. It reports false, with regs cleared, when there is
// no plan or it cannot bind (a missing default): bindArgsDict then binds.
func bindDictPlanned(fn *Function, pos []Value, d *Dict, regs []Value) bool {
	if specializeOff || d.general || d.used != len(d.entries) || d.used == 0 {
		return false
	}
	p := dictPlanFor(fn.code, len(pos), d)
	if p == nil {
		return false
	}
	if p.bindDict(fn, pos, d, regs) {
		return true
	}
	clear(regs)
	return false
}

// dictPlanFor returns co's plan for npos positional arguments and the keys
// of d (no deleted entries), making it when the last one differs.
func dictPlanFor(co *Code, npos int, d *Dict) *callPlan {
	if p := co.dictPlanOf(); p != nil && p.npos == npos && p.sameKeys(d) {
		return p
	}
	if co.more().dictPlanMisses >= dictPlanRebuildMax {
		return nil
	}
	co.more().dictPlanMisses++
	names := make([]*Str, len(d.entries))
	for i := range d.entries {
		s, ok := exactStr(d.entries[i].key)
		if !ok {
			return nil
		}
		names[i] = s
	}
	p := newCallPlan(co, npos, names)
	if p != nil {
		p.kwnames = names
	}
	co.more().dictPlan = p
	return p
}

// sameKeys reports whether d's entries have exactly the plan's keyword
// names, in order, by identity.
func (p *callPlan) sameKeys(d *Dict) bool {
	if len(d.entries) != len(p.kwnames) {
		return false
	}
	for i, s := range p.kwnames {
		if !d.entries[i].key.Is(ValueOf(s)) {
			return false
		}
	}
	return true
}

// bindDict is bind for a call whose keyword arguments are d's values.
func (p *callPlan) bindDict(fn *Function, pos []Value, d *Dict, regs []Value) bool {
	kwd, cloned := p.bindPositional(fn.code, pos, p.kwnames, regs)
	x := 0
	for i, j := range p.kwReg {
		v := d.entries[i].value
		switch {
		case j >= 0:
			regs[j] = v
		case cloned:
			kwd.entries[x].value = v
			x++
		default:
			kwd.kwAppend(p.kwnames[i], v) // perfcall_kwdict.go
		}
	}
	return p.fillDefaults(fn, regs)
}
