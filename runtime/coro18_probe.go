// This file gives native modules two cached shortcuts for objects of
// Python classes they touch on every call (asyncio's loop and Handle):
// reading named instance attributes without a layout scan each time, and
// making a __slots__ instance with its members set without object.__new__'s
// MRO walk and one SetAttr per member. Both are keyed by the class's
// version tag, so any change to the class (or a base) invalidates them.

package runtime

// AttrProbe locates named instance attributes of the objects of one class
// that share one attribute layout. A name absent from the layout has index
// -1: reading it falls through to the class, whose lookups the version tag
// keeps unchanged.
type AttrProbe struct {
	t       *Type
	version uint32
	layout  *Layout
	index   []int
}

// NewAttrProbe makes the probe for v and names, or returns nil when v's
// attributes cannot be read that way: v is not a plain instance with a
// shared layout, its class customizes attribute lookup, or a name is a
// data descriptor of the class (which would win over the instance).
func NewAttrProbe(v Value, names []*Str) *AttrProbe {
	t := v.Type()
	if t.Version == 0 || !isInstanceLayout(t) || !t.getattrGeneric {
		return nil
	}
	a := instanceAttrs(v)
	if a.dict != nil || a.layout == nil {
		return nil
	}
	p := &AttrProbe{t: t, version: t.Version, layout: a.layout, index: make([]int, len(names))}
	for i, name := range names {
		if d := t.Lookup(name); !d.IsNull() && d.Type().DescrSet != nil {
			return nil
		}
		p.index[i] = a.layout.Index(name)
	}
	return p
}

// Match reports whether the probe applies to v: same class, unchanged
// since, and the same layout.
func (p *AttrProbe) Match(v Value) bool {
	t := v.Type()
	if t != p.t || t.Version != p.version || !isInstanceLayout(t) {
		return false
	}
	a := instanceAttrs(v)
	return a.dict == nil && a.layout == p.layout
}

// Get returns v's own value of names[i] (v must Match), or null when v has
// none (the attribute, if any, comes from the class).
func (p *AttrProbe) Get(v Value, i int) Value {
	j := p.index[i]
	if j < 0 {
		return Value{}
	}
	a := instanceAttrs(v)
	if j >= len(a.values) {
		return Value{}
	}
	return a.values[j]
}

// SlotPlan makes instances of a class whose named attributes are plain
// __slots__ members, as object.__new__(cls) followed by setting them.
type SlotPlan struct {
	t       *Type
	version uint32
	index   []int
}

// NewSlotPlan returns the plan for t and names, or nil when t's instances
// are not made by object.__new__ alone (its own __new__, abstract,
// __del__), setting attributes is customized, or a name is not a plain
// __slots__ member of t.
func NewSlotPlan(t *Type, names []*Str) *SlotPlan {
	if t.Version == 0 || !isInstanceLayout(t) || t.nslots == 0 || t.hasDel ||
		t.Flags&FlagAbstract != 0 || overridesNew(t) ||
		t.SetAttr == nil || funcPC(t.SetAttr) != genericSetAttrPC {
		return nil
	}
	p := &SlotPlan{t: t, version: t.Version, index: make([]int, len(names))}
	for i, name := range names {
		d := t.Lookup(name)
		if d.IsNull() || d.Type() != MemberDescrType {
			return nil
		}
		m := ptrOf[memberDescr](d)
		if m.get != nil || !t.IsSubtype(m.owner) || m.index < 0 || m.index >= t.nslots {
			return nil
		}
		p.index[i] = m.index
	}
	return p
}

// Valid reports whether the plan still describes t.
func (p *SlotPlan) Valid(t *Type) bool {
	return p.t == t && t.Version == p.version
}

// New makes an instance with vals stored in the planned members (len(vals)
// == the number of names); the other members stay unset.
func (p *SlotPlan) New(vals []Value) Value {
	o := allocInstance(p.t)
	for i, j := range p.index {
		*o.slotAt(j) = vals[i]
	}
	return ValueOf(o)
}
