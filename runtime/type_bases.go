// This file defines how a class's MRO is computed (type.mro() and a
// metaclass overriding it, CPython's mro_internal) and assignment to
// __bases__, which recomputes the MRO of the class and its subclasses.

package runtime

import "sort"

// type_mro is type.mro(): the C3 linearization of the class's bases.
func type_mro(self Value, a []Value) (Value, *Exception) {
	t := self.AsType()
	mro, err := mroMerge(t, t.Bases)
	if err != nil {
		return Value{}, err
	}
	items := make([]Value, len(mro))
	for i, m := range mro {
		items[i] = m.Value()
	}
	return NewList(items), nil
}

// mroInternal computes t's MRO: C3 unless t's metaclass overrides mro(),
// whose result must be a sequence of classes compatible with t's layout.
func mroInternal(t *Type) ([]*Type, *Exception) {
	meta := t.Value().Type()
	if meta == TypeType {
		return mroMerge(t, t.Bases)
	}
	own, _ := TypeType.Dict().GetStr(Intern("mro"))
	if f := meta.Lookup(Intern("mro")); f.IsNull() || f == own {
		return mroMerge(t, t.Bases)
	}
	r, err := callSpecial(t.Value(), Intern("mro"))
	if err != nil {
		return nil, err
	}
	items, err := collectIter(r)
	if err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, NewTypeError("type MRO must not be empty")
	}
	solid := solidBase(t)
	out := make([]*Type, len(items))
	for i, x := range items {
		c, ok := x.TryType()
		if !ok {
			return nil, NewTypeError("mro() returned a non-class ('%s')", x.Type().Name)
		}
		if !solid.IsSubtype(solidBase(c)) {
			return nil, NewTypeError("mro() returned base with unsuitable layout ('%s')", c.Name)
		}
		out[i] = c
	}
	return out, nil
}

// type_set_bases is the __bases__ setter (CPython's type_set_bases).
func type_set_bases(v, x Value) *Exception {
	t := v.AsType()
	if err := checkSetSpecialTypeAttr(t, x, "__bases__"); err != nil {
		return err
	}
	tup, ok := x.TryTuple()
	if !ok {
		return NewTypeError("can only assign tuple to %s.__bases__, not %s", t.Name, x.Type().Name)
	}
	if len(tup.items) == 0 {
		return NewTypeError("can only assign non-empty tuple to %s.__bases__, not ()", t.Name)
	}
	bases := make([]*Type, len(tup.items))
	for i, b := range tup.items {
		bt, ok := b.TryType()
		if !ok {
			return NewTypeError("%s.__bases__ must be tuple of classes, not '%s'", t.Name, b.Type().Name)
		}
		if bt.IsSubtype(t) || baseChainHas(bt, t) {
			return NewTypeError("a __bases__ item causes an inheritance cycle")
		}
		bases[i] = bt
	}
	base, err := bestBase(bases)
	if err != nil {
		return err
	}
	if err := compatibleForAssignment(t.Base, base, "__bases__"); err != nil {
		return err
	}
	oldBases, oldBase := t.Bases, t.Base
	t.Bases, t.Base = bases, base
	var saved []savedMRO
	if err := mroHierarchy(t, &saved); err != nil {
		for i := len(saved) - 1; i >= 0; i-- {
			if s := saved[i]; sameTypes(s.t.MRO, s.newMRO) { // not replaced meanwhile
				s.t.MRO = s.mro
			}
		}
		if sameTypes(t.Bases, bases) {
			t.Bases, t.Base = oldBases, oldBase
		}
		t.Modified()
		return err
	}
	// A metaclass's mro() may have assigned __bases__ again meanwhile:
	// then that assignment has updated the subclass lists.
	if sameTypes(t.Bases, bases) {
		for _, b := range oldBases {
			b.removeSubclass(t)
		}
		for _, b := range bases {
			b.addSubclass(t)
		}
	}
	t.Modified()
	t.updateSlotsDeep()
	return nil
}

// savedMRO remembers a class's MRO to restore it when __bases__
// assignment fails part way.
type savedMRO struct {
	t           *Type
	mro, newMRO []*Type
}

// sameTypes reports whether a and b are the same slice (not merely equal).
func sameTypes(a, b []*Type) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// mroHierarchy recomputes the MRO of t and of every subclass, recording
// the old ones in saved. A metaclass's mro() that assigned __bases__
// meanwhile has done the work: its result stands.
func mroHierarchy(t *Type, saved *[]savedMRO) *Exception {
	old := t.MRO
	mro, err := mroInternal(t)
	if err != nil {
		return err
	}
	if !sameTypes(t.MRO, old) {
		return nil
	}
	*saved = append(*saved, savedMRO{t, old, mro})
	t.MRO = mro
	t.Modified()
	for _, s := range append([]weakType(nil), t.subclasses...) {
		if st := s.get(); st != nil {
			if err := mroHierarchy(st, saved); err != nil {
				return err
			}
		}
	}
	return nil
}

// baseChainHas reports whether u is on t's chain of solid bases.
func baseChainHas(t, u *Type) bool {
	for ; t != nil; t = t.Base {
		if t == u {
			return true
		}
	}
	return false
}

// removeSubclass drops s from t's list of subclasses.
func (t *Type) removeSubclass(s *Type) {
	for i, w := range t.subclasses {
		if w.get() == s {
			t.subclasses = append(t.subclasses[:i:i], t.subclasses[i+1:]...)
			return
		}
	}
}

// compatibleForAssignment checks that instances laid out for oldto can
// serve newto (CPython's compatible_for_assignment, for __class__ and
// __bases__ assignment): the nearest bases each adds nothing to must be
// the same, or siblings adding the same slots.
func compatibleForAssignment(oldto, newto *Type, attr string) *Exception {
	nb, ob := newto, oldto
	for compatibleWithBase(nb) {
		nb = nb.Base
	}
	for compatibleWithBase(ob) {
		ob = ob.Base
	}
	if (nb == ob || nb.Base == ob.Base && sameSlotsAdded(nb, ob)) && layoutHasDict(oldto) == layoutHasDict(newto) {
		return nil
	}
	return NewTypeError("%s assignment: '%s' object layout differs from '%s'", attr, newto.Name, oldto.Name)
}

// compatibleWithBase reports whether t's instances are laid out as its
// base's: no __slots__, __dict__ or __weakref__ of its own.
func compatibleWithBase(t *Type) bool {
	b := t.Base
	if b == nil {
		return false
	}
	if t.Flags&FlagHeapType == 0 {
		return t.layoutSameAsBase()
	}
	return t.nslots == b.nslots && layoutHasDict(t) == layoutHasDict(b) && hasWeakrefSlot(t) == hasWeakrefSlot(b)
}

// hasWeakrefSlot reports whether t's instances have a __weakref__ slot.
func hasWeakrefSlot(t *Type) bool { return !t.Lookup(Intern("__weakref__")).IsNull() }

// sameSlotsAdded reports whether two classes deriving from the same base
// add the same __slots__, __dict__ and __weakref__.
func sameSlotsAdded(a, b *Type) bool {
	if a.Flags&FlagHeapType == 0 || b.Flags&FlagHeapType == 0 {
		return false
	}
	if layoutHasDict(a) != layoutHasDict(b) || hasWeakrefSlot(a) != hasWeakrefSlot(b) {
		return false
	}
	sa, sb := ownSlotNames(a), ownSlotNames(b)
	if len(sa) != len(sb) {
		return false
	}
	for i := range sa {
		if sa[i] != sb[i] {
			return false
		}
	}
	return true
}

// ownSlotNames returns the (sorted) names of the __slots__ t adds.
func ownSlotNames(t *Type) []string {
	var names []string
	pos := 0
	for {
		_, v, ok := t.Dict().Next(&pos)
		if !ok {
			break
		}
		if v.Type() == MemberDescrType && ptrOf[memberDescr](v).owner == t {
			names = append(names, ptrOf[memberDescr](v).name.S)
		}
	}
	sort.Strings(names)
	return names
}
