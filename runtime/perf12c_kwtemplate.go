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
// are null until the caller stores them.
func cloneKwargs(tmpl *Dict) *Dict {
	switch len(tmpl.entries) {
	case 1:
		return (&kwDict1{}).cloneFrom(tmpl)
	case 2:
		return (&kwDict2{}).cloneFrom(tmpl)
	case 3:
		return (&kwDict3{}).cloneFrom(tmpl)
	}
	return (&kwDict4{}).cloneFrom(tmpl)
}

func (k *kwDict1) cloneFrom(tmpl *Dict) *Dict {
	k.ix, k.e = [dictMinSize]int32(tmpl.indices), [1]dictEntry(tmpl.entries)
	return k.d.adoptKw(k.ix[:], k.e[:], tmpl)
}

func (k *kwDict2) cloneFrom(tmpl *Dict) *Dict {
	k.ix, k.e = [dictMinSize]int32(tmpl.indices), [2]dictEntry(tmpl.entries)
	return k.d.adoptKw(k.ix[:], k.e[:], tmpl)
}

func (k *kwDict3) cloneFrom(tmpl *Dict) *Dict {
	k.ix, k.e = [dictMinSize]int32(tmpl.indices), [3]dictEntry(tmpl.entries)
	return k.d.adoptKw(k.ix[:], k.e[:], tmpl)
}

func (k *kwDict4) cloneFrom(tmpl *Dict) *Dict {
	k.ix, k.e = [dictMinSize]int32(tmpl.indices), [4]dictEntry(tmpl.entries)
	return k.d.adoptKw(k.ix[:], k.e[:], tmpl)
}

// adoptKw makes d a dict over the copies ix and e of tmpl's tables.
func (d *Dict) adoptKw(ix []int32, e []dictEntry, tmpl *Dict) *Dict {
	d.Header = Header{DictType}
	d.indices, d.entries = ix, e
	d.used, d.usable = tmpl.used, tmpl.usable
	return d
}
