// This file defines the shortcut fixupSlots takes for a class with one
// base: a slot group none of whose dunders the class's own dict defines
// resolves, through the same MRO, to what it resolved to for the base, so
// the class takes the base's slot instead of looking up every dunder of
// the group along its MRO (~80 lookups per class statement, a visible
// share of start-up, where importlib, os and _collections_abc define
// ~100 classes).

package runtime

// noSlotsShortcut turns the shortcut off (its test compares both ways).
var noSlotsShortcut bool

// slotsBase returns the base whose slots t may take group by group, or
// nil: t must have one base, an MRO that is t followed by the base's (a
// metaclass's mro() may say otherwise), and the base's slots must be what
// fixupSlots derives from its dict: a class (FlagHeapType, slots set by
// fixupSlots) or object, whose dict shows every slot it has.
func slotsBase(t *Type) *Type {
	if noSlotsShortcut || len(t.Bases) != 1 {
		return nil
	}
	b := t.Bases[0]
	if b.Flags&FlagHeapType == 0 && b != ObjectType {
		return nil
	}
	if len(t.MRO) != len(b.MRO)+1 || t.MRO[0] != t {
		return nil
	}
	for i, m := range b.MRO {
		if t.MRO[i+1] != m {
			return nil
		}
	}
	return b
}

// ownedBy reports whether t's own dict defines one of g's dunders.
func (g *slotGroup) ownedBy(t *Type) bool {
	if t.dict == nil { // a static type being finished, or whose dict is not made yet: its setup put nothing there
		return false
	}
	for _, s := range g.strs {
		if _, ok := t.dict.GetStr(s); ok {
			return true
		}
	}
	return false
}

// inherit gives t the base's slot of group g, and the base's record of
// whether that slot calls a Python dunder.
func (g *slotGroup) inherit(t, base *Type) {
	g.copy(t, base)
	t.pyNumber |= base.pyNumber & g.pyBit
}
