// This file defines the set algebra on Set tables (union, intersection, difference,
// symmetric difference and their in-place forms), each visiting elements and sizing
// tables in the order setobject.c does, so results iterate in CPython's order.

package runtime

// setBaseType is the type of a new set computed from an instance of t
// (make_new_set_basetype): set for set and its subclasses, otherwise frozenset.
func setBaseType(t *Type) *Type {
	if t == SetType || t == FrozenSetType {
		return t
	}
	if t.IsSubtype(SetType) {
		return SetType
	}
	return FrozenSetType
}

// Copy returns a new set of s's base type with s's elements (set_copy).
func (s *Set) Copy() *Set {
	c := newSetOfType(setBaseType(s.typ))
	c.Merge(s)
	return c
}

// Union returns s | other (set_or): a copy of s merged with other.
func (s *Set) Union(other *Set) (*Set, *Exception) {
	r := s.Copy()
	if other == s {
		return r, nil
	}
	return r, r.Merge(other)
}

// Merge adds the elements of other to s (set_merge), presizing once.
func (s *Set) Merge(other *Set) *Exception {
	if other == s || other.used == 0 {
		return nil
	}
	if uint64(s.fill+other.used)*5 >= s.mask()*3 {
		s.resize((s.used + other.used) * 2)
	}
	s.hash = -1
	if s.fill == 0 && len(s.table) == len(other.table) && other.fill == other.used {
		copy(s.table, other.table) // same size and no dummies: same slots
		s.fill, s.used = other.fill, other.used
		return nil
	}
	if s.fill == 0 {
		for i := range other.table {
			if e := &other.table[i]; !e.empty() {
				insertClean(s.table, *e, e.slotHash())
			}
		}
		s.fill, s.used = other.used, other.used
		return nil
	}
	for i := 0; i < len(other.table); i++ {
		if e := other.table[i]; !e.empty() {
			if err := s.addEntry(e.key(), e.hash()); err != nil {
				return err
			}
		}
	}
	return nil
}

// UpdateDict adds the keys of d to s in d's order, presizing once.
func (s *Set) UpdateDict(d *Dict) *Exception {
	if uint64(s.fill+d.used)*5 >= s.mask()*3 {
		s.resize((s.used + d.used) * 2)
	}
	for pos := 0; ; {
		e, ok := d.nextEntry(&pos)
		if !ok {
			return nil
		}
		if err := s.addEntry(e.key, e.hash); err != nil {
			return err
		}
	}
}

// AddAll adds keys in order, as updating from a general iterable does.
func (s *Set) AddAll(keys []Value) *Exception {
	for _, k := range keys {
		if err := s.Add(k); err != nil {
			return err
		}
	}
	return nil
}

// Intersection returns s & other (set_intersection): the smaller set is scanned and
// its elements are looked up in the larger, so the result keeps the scanned set's
// objects.
func (s *Set) Intersection(other *Set) (*Set, *Exception) {
	if other == s {
		return s.Copy(), nil
	}
	result := newSetOfType(setBaseType(s.typ))
	big, small := s, other
	if other.used > s.used {
		big, small = other, s
	}
	for pos := 0; ; {
		e, ok := small.nextEntry(&pos)
		if !ok {
			return result, nil
		}
		in, err := big.containsEntry(e.key(), e.hash())
		if err == nil && in {
			err = result.addEntry(e.key(), e.hash())
		}
		if err != nil {
			return nil, err
		}
	}
}

// IntersectionKeys returns s & set(keys) for the keys of a general iterable.
func (s *Set) IntersectionKeys(keys []Value) (*Set, *Exception) {
	return s.intersectionEach(func(fn func(Value) *Exception) *Exception {
		for _, k := range keys {
			if err := fn(k); err != nil {
				return err
			}
		}
		return nil
	})
}

// IntersectionUpdate replaces s's contents by s & other.
func (s *Set) IntersectionUpdate(other *Set) *Exception {
	r, err := s.Intersection(other)
	if err != nil {
		return err
	}
	s.swapBodies(r)
	return nil
}

// DifferenceUpdate removes other's elements from s (set_difference_update_internal),
// then purges dummies if they exceed a quarter of the table.
func (s *Set) DifferenceUpdate(other *Set) *Exception {
	if other == s {
		s.Clear()
		return nil
	}
	for pos := 0; ; {
		e, ok := other.nextEntry(&pos)
		if !ok {
			break
		}
		if _, err := s.discardEntry(e.key(), e.hash()); err != nil {
			return err
		}
	}
	s.purgeDummies()
	return nil
}

// DifferenceUpdateKeys removes keys (from a general iterable) from s.
func (s *Set) DifferenceUpdateKeys(keys []Value) *Exception {
	for _, k := range keys {
		if _, err := s.Discard(k); err != nil {
			return err
		}
	}
	s.purgeDummies()
	return nil
}

func (s *Set) purgeDummies() {
	if uint64(s.fill-s.used) > s.mask()/4 {
		s.resize(s.growTarget())
	}
}

// Difference returns s - other for a set other (set_difference).
func (s *Set) Difference(other *Set) (*Set, *Exception) {
	if s.used>>2 > other.used {
		r := s.Copy()
		return r, r.DifferenceUpdate(other)
	}
	return s.differenceBy(other.containsEntry)
}

// DifferenceDict returns s - d for a dict d (set_difference with a dict).
func (s *Set) DifferenceDict(d *Dict) (*Set, *Exception) {
	if s.used>>2 > d.used {
		r := s.Copy()
		return r, r.DifferenceUpdateKeys(d.Keys())
	}
	return s.differenceBy(func(k Value, h int64) (bool, *Exception) {
		ix, err := d.lookup(k, h)
		return ix >= 0, err
	})
}

// differenceBy builds s's elements for which in reports false, in s's order.
func (s *Set) differenceBy(in func(Value, int64) (bool, *Exception)) (*Set, *Exception) {
	result := newSetOfType(setBaseType(s.typ))
	for pos := 0; ; {
		e, ok := s.nextEntry(&pos)
		if !ok {
			return result, nil
		}
		found, err := in(e.key(), e.hash())
		if err == nil && !found {
			err = result.addEntry(e.key(), e.hash())
		}
		if err != nil {
			return nil, err
		}
	}
}

// SymmetricDifferenceUpdate makes s the elements in exactly one of s and other.
func (s *Set) SymmetricDifferenceUpdate(other *Set) *Exception {
	if other == s {
		s.Clear()
		return nil
	}
	for pos := 0; ; {
		e, ok := other.nextEntry(&pos)
		if !ok {
			return nil
		}
		if err := s.toggle(e.key(), e.hash()); err != nil {
			return err
		}
	}
}

// SymmetricDifferenceUpdateDict is SymmetricDifferenceUpdate with a dict's keys.
func (s *Set) SymmetricDifferenceUpdateDict(d *Dict) *Exception {
	for pos := 0; ; {
		e, ok := d.nextEntry(&pos)
		if !ok {
			return nil
		}
		if err := s.toggle(e.key, e.hash); err != nil {
			return err
		}
	}
}

// toggle removes key if present, else adds it.
func (s *Set) toggle(key Value, h int64) *Exception {
	found, err := s.discardEntry(key, h)
	if err == nil && !found {
		err = s.addEntry(key, h)
	}
	return err
}

// SymmetricDifference returns s ^ other: a copy of other (with s's base type)
// updated by s, as set_symmetric_difference builds it.
func (s *Set) SymmetricDifference(other *Set) (*Set, *Exception) {
	r := newSetOfType(setBaseType(s.typ))
	r.Merge(other)
	return r, r.SymmetricDifferenceUpdate(s)
}

// IsSubset reports whether every element of s is in other.
func (s *Set) IsSubset(other *Set) (bool, *Exception) {
	if s.used > other.used {
		return false, nil
	}
	for pos := 0; ; {
		e, ok := s.nextEntry(&pos)
		if !ok {
			return true, nil
		}
		in, err := other.containsEntry(e.key(), e.hash())
		if err != nil || !in {
			return false, err
		}
	}
}

// IsDisjoint reports whether s and other have no element in common.
func (s *Set) IsDisjoint(other *Set) (bool, *Exception) {
	if other == s {
		return s.used == 0, nil
	}
	big, small := s, other
	if other.used > s.used {
		big, small = other, s
	}
	for pos := 0; ; {
		e, ok := small.nextEntry(&pos)
		if !ok {
			return true, nil
		}
		in, err := big.containsEntry(e.key(), e.hash())
		if err != nil || in {
			return false, err
		}
	}
}

// Equal reports whether s and other have the same elements (set == set).
func (s *Set) Equal(other *Set) (bool, *Exception) {
	if s.used != other.used {
		return false, nil
	}
	if s.hash != -1 && other.hash != -1 && s.hash != other.hash {
		return false, nil
	}
	return s.IsSubset(other)
}
