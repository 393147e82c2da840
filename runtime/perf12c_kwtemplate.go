// This file builds the **kwargs dict of a planned call (bind_plan.go) by
// copying a template: the keys a call site puts into **kwargs are the same
// on every call, so their hashes, index table and key entries are worked
// out once and each call copies them and fills in the values, instead of
// hashing and probing per keyword (kwAppend). The copy is the dict
// kwAppend would build, slot for slot.

package runtime

// kwTemplate returns the plan's template: a **kwargs dict holding its
// extra keywords (in call order) with null values, or nil when there are
// more than newKwargsDict's fixed sizes hold.
func (p *callPlan) kwTemplate(kwnames []*Str) *Dict {
	if p.kwTmpl != nil || p.nextra == 0 || p.nextra > 4 {
		return p.kwTmpl
	}
	d := newKwargsDict(p.nextra)
	for i, j := range p.kwReg {
		if j < 0 {
			if kwnames[i].typ != StrType {
				return nil
			}
			d.kwAppend(kwnames[i], Value{})
		}
	}
	p.kwTmpl = d
	return d
}

// cloneKwargs returns a new dict with tmpl's tables and keys: its values
// are null until the caller stores them. tmpl came from newKwargsDict of
// the same size, so the copies fit the new dict's arrays.
func cloneKwargs(tmpl *Dict) *Dict {
	d := newKwargsDict(len(tmpl.entries))
	copy(d.indices, tmpl.indices)
	d.entries = append(d.entries, tmpl.entries...)
	d.used, d.usable = tmpl.used, tmpl.usable
	return d
}
