// This file defines assignment to a class's __bases__ (CPython's
// type_set_bases): the new bases must keep the instance layout, the MROs of
// the class and its subclasses are recomputed, and their slots re-derived.
// typing.NamedTuple relies on it (nm_tpl.__bases__ = bases).

package runtime

func type_set_bases(v, x Value) *Exception {
	t := v.AsType()
	if t.Flags&FlagHeapType == 0 {
		return NewTypeError("cannot set '__bases__' attribute of immutable type '%s'", t.Name)
	}
	if x.IsNull() {
		return NewTypeError("cannot delete '__bases__' attribute of immutable type '%s'", t.Name)
	}
	tup, ok := x.TryTuple()
	if !ok {
		return NewTypeError("can only assign tuple to %s.__bases__, not %s", t.Name, x.Type().Name)
	}
	if len(tup.items) == 0 {
		return NewTypeError("can only assign non-empty tuple to %s.__bases__, not ()", t.Name)
	}
	bases := make([]*Type, len(tup.items))
	for i, item := range tup.items {
		b, ok := item.TryType()
		if !ok {
			return NewTypeError("%s.__bases__ must be tuple of classes, not '%s'", t.Name, item.Type().Name)
		}
		if b.IsSubtype(t) {
			return NewTypeError("a __bases__ item causes an inheritance cycle")
		}
		bases[i] = b
	}
	base, err := bestBase(bases)
	if err != nil {
		return err
	}
	if solidBase(base) != solidBase(t.Base) {
		return NewTypeError("__bases__ assignment: '%s' object layout differs from '%s'", base.Name, t.Base.Name)
	}
	oldBases, oldBase, oldMRO := t.Bases, t.Base, t.MRO
	t.Bases, t.Base = bases, base
	if err := recomputeMRO(t); err != nil {
		t.Bases, t.Base, t.MRO = oldBases, oldBase, oldMRO
		recomputeMRO(t)
		return err
	}
	for _, b := range oldBases {
		b.removeSubclass(t)
	}
	for _, b := range bases {
		b.subclasses = append(b.subclasses, weakType{t})
	}
	t.Modified()
	t.updateSlotsDeep()
	return nil
}

// recomputeMRO recomputes the MRO of t and of its subclasses.
func recomputeMRO(t *Type) *Exception {
	mro, err := mroMerge(t, t.Bases)
	if err != nil {
		return err
	}
	t.MRO = mro
	for _, s := range t.subclasses {
		if err := recomputeMRO(s.t); err != nil {
			return err
		}
	}
	return nil
}

// removeSubclass drops t from b's subclass list.
func (b *Type) removeSubclass(t *Type) {
	for i, s := range b.subclasses {
		if s.t == t {
			b.subclasses = append(b.subclasses[:i], b.subclasses[i+1:]...)
			return
		}
	}
}
