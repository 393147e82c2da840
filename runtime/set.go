// This file defines Set, the table behind Python's set and frozenset, with CPython
// 3.11's layout and probe sequence (setobject.c: runs of linear probes, then perturbed
// probing) and the same sizes and resize rules, so that iteration order, pop order and
// the order of union, intersection and difference results match CPython's.

package runtime

import "unsafe"

const (
	setMinSize      = 8 // PySet_MINSIZE
	setLinearProbes = 9 // LINEAR_PROBES
)

// setEntry (perf10b_setentry.go) is a slot of a set's table: unused, a dummy
// left by a deletion, or active (a key and its hash, in two words).

// Set is a set or frozenset object. fill counts active and dummy slots, used the
// active ones (len). finger is where pop resumes its scan. epoch counts
// the rebuilds of the table (a resize may rebuild it in place: see
// nq14_setresize.go), so that a probe interrupted by Python code can tell
// that its slots have moved even when the array is the same.
type Set struct {
	Header
	table  []setEntry // len a power of two, at least setMinSize
	fill   int
	used   int
	finger int32
	epoch  uint32
	hash   int64 // frozenset's cached hash, -1 until computed
}

// SetType and FrozenSetType are Python's set and frozenset.
var (
	SetType       = newBuiltinType("set", ObjectType, FlagBaseType)
	FrozenSetType = newBuiltinType("frozenset", ObjectType, FlagBaseType)
)

// TrySet returns v's *Set if v is a set or frozenset (or a subclass instance).
func (v Value) TrySet() (*Set, bool) {
	if v.IsNull() {
		return nil, false
	}
	if t := v.Type(); t != SetType && t != FrozenSetType && !t.IsSubtype(SetType) && !t.IsSubtype(FrozenSetType) {
		return nil, false
	}
	return ptrOf[Set](v), true
}

// IsFrozen reports whether s is a frozenset (or a frozenset subclass instance).
func (s *Set) IsFrozen() bool { return s.typ == FrozenSetType || s.typ.IsSubtype(FrozenSetType) }

// Value returns s as a Value.
func (s *Set) Value() Value { return ValueOf(s) }

// NewSet returns a new empty set.
func NewSet() *Set { return newSetOfType(SetType) }

// NewFrozenSet returns a new empty frozenset (to be filled before it is published).
func NewFrozenSet() *Set { return newSetOfType(FrozenSetType) }

func newSetOfType(t *Type) *Set {
	p := &setSmall{s: Set{Header: Header{t}, hash: -1}}
	p.s.table = p.t[:]
	return &p.s
}

// setSmall is a set allocated together with its first table (CPython's
// smalltable): one allocation instead of two for the many small sets.
type setSmall struct {
	s Set
	t [setMinSize]setEntry
}

// Len returns the number of elements.
func (s *Set) Len() int { return s.used }

// mask returns the table size minus one.
func (s *Set) mask() uint64 { return uint64(len(s.table) - 1) }

// lookkey returns the slot holding key (hash h), or the unused slot that ends its
// probe sequence (check key.IsNull()); Python code run by comparisons may mutate the
// set, in which case the search restarts, as set_lookkey does.
func (s *Set) lookkey(key Value, h int64) (int, *Exception) {
	if i := uint64(h) & s.mask(); s.table[i].holds(key) {
		return int(i), nil // the common hit: the key itself in its first slot
	}
	if key.p == unsafe.Pointer(&intHeader) {
		if j := s.lookInt(key.bits, h); j >= 0 {
			return j, nil
		}
	}
	unboxed := unboxedPtr(key.p)
restart:
	mask := s.mask()
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; j <= i+uint64(probes); j++ {
			e := &s.table[j]
			if e.p == nil {
				if e.w == 0 {
					return int(j), nil // unused: the end of the probe run
				}
				continue // a dummy
			}
			if e.p == key.p && (e.w == key.bits || !unboxed) {
				return int(j), nil // the key itself
			}
			if !e.sameHash(h) {
				continue
			}
			startkey := e.key()
			eq, decided := fastKeyEqual(startkey, key)
			if !decided {
				table, epoch := s.table, s.epoch
				var err *Exception
				eq, err = RichCompareBool(startkey, key, Eq)
				if err != nil {
					return -1, err
				}
				if !sameTable(table, s.table) || s.epoch != epoch || s.table[j].key() != startkey {
					goto restart
				}
			}
			if eq {
				return int(j), nil
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// sameTable reports whether two set tables are the same array.
func sameTable(a, b []setEntry) bool { return len(a) == len(b) && &a[0] == &b[0] }

// addEntry adds key with hash h (set_add_entry): a new key goes into the last dummy
// met on its probe path, else into the unused slot that ends it.
func (s *Set) addEntry(key Value, h int64) *Exception {
	unboxed, keyInt := unboxedPtr(key.p), key.p == unsafe.Pointer(&intHeader)
	if keyInt && s.addInt(key, h) { // gen13_setint.go
		return nil
	}
restart:
	mask := s.mask()
	perturb := uint64(h)
	i := uint64(h) & mask
	free := -1
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; j <= i+uint64(probes); j++ {
			e := &s.table[j]
			if e.p == nil {
				if e.w == 0 {
					return s.fillSlot(int(j), free, key, h) // unused: the end of the run
				}
				free = int(j) // a dummy
				continue
			}
			if e.p == key.p { // the same object, or a number of key's unboxed kind
				if e.w == key.bits || !unboxed {
					return nil // the key itself
				}
				if keyInt {
					continue // two different ints
				}
			}
			if !e.sameHash(h) {
				continue
			}
			startkey := e.key()
			eq, decided := fastKeyEqual(startkey, key)
			if !decided {
				table, epoch := s.table, s.epoch
				var err *Exception
				eq, err = RichCompareBool(startkey, key, Eq)
				if err != nil {
					return err
				}
				if eq {
					return nil
				}
				if !sameTable(table, s.table) || s.epoch != epoch || s.table[j].key() != startkey {
					goto restart
				}
				mask = s.mask()
			}
			if eq {
				return nil
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// fillSlot stores a new key in the dummy slot free if there is one, else in the
// unused slot j, resizing when the table gets 60% full.
func (s *Set) fillSlot(j, free int, key Value, h int64) *Exception {
	s.hash = -1
	s.used++
	if free >= 0 {
		s.table[free] = newSetEntry(key, h)
		return nil
	}
	s.fill++
	s.table[j] = newSetEntry(key, h)
	if uint64(s.fill)*5 < s.mask()*3 {
		return nil
	}
	s.resize(s.growTarget())
	return nil
}

// growTarget is the minimum used count a resize after growth or deletions sizes for.
func (s *Set) growTarget() int {
	if s.used > 50000 {
		return s.used * 2
	}
	return s.used * 4
}

// insertClean puts the slot e, whose key has hash h and is known absent, into
// a table with no dummies (set_insert_clean).
func insertClean(table []setEntry, e setEntry, h int64) {
	mask := uint64(len(table) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		if table[i].empty() {
			table[i] = e
			return
		}
		if i+setLinearProbes <= mask {
			for j := i + 1; j <= i+setLinearProbes; j++ {
				if table[j].empty() {
					table[j] = e
					return
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// resize rebuilds the table with the smallest size above minused, reinserting the
// active keys in table order (set_table_resize).
func (s *Set) resize(minused int) {
	size := setMinSize
	for size <= minused {
		size <<= 1
	}
	if size == setMinSize && len(s.table) == setMinSize && s.fill == s.used {
		return // no dummies to purge
	}
	s.epoch++
	if size == len(s.table) && s.rebuildInPlace() { // nq14_setresize.go
		return
	}
	old := s.table
	s.table = newSetTable(size)
	s.fill = s.used
	for i := range old {
		e := &old[i]
		if e.empty() {
			continue
		}
		h := int64(e.w) // a heap key's hash, or an int that is its own hash
		if unboxedPtr(e.p) && (e.p != unsafe.Pointer(&intHeader) || h <= -hashModulus || h >= hashModulus || h == -1) {
			h = e.hash()
		}
		insertClean(s.table, *e, h)
	}
	if len(old) == setMinSize {
		clear(old) // leak19_inline.go: the small table lives on in the set's allocation
	}
}

// Add adds key to s.
func (s *Set) Add(key Value) *Exception {
	h, err := keyHash(key)
	if err != nil {
		return err
	}
	return s.addEntry(key, h)
}

// Contains reports whether key is in s.
func (s *Set) Contains(key Value) (bool, *Exception) {
	h, err := keyHash(key)
	if err != nil {
		return false, err
	}
	return s.containsEntry(key, h)
}

func (s *Set) containsEntry(key Value, h int64) (bool, *Exception) {
	j, err := s.lookkey(key, h)
	if err != nil {
		return false, err
	}
	return !s.table[j].empty(), nil
}

// Discard removes key from s, reporting whether it was present.
func (s *Set) Discard(key Value) (bool, *Exception) {
	h, err := keyHash(key)
	if err != nil {
		return false, err
	}
	return s.discardEntry(key, h)
}

func (s *Set) discardEntry(key Value, h int64) (bool, *Exception) {
	j, err := s.lookkey(key, h)
	if err != nil || s.table[j].empty() {
		return false, err
	}
	s.table[j] = setDummy
	s.used--
	s.hash = -1
	return true, nil
}

// Pop removes and returns an element in CPython's order: the scan resumes after the
// slot the previous pop emptied. ok is false if s is empty.
func (s *Set) Pop() (Value, bool) {
	if s.used == 0 {
		return Value{}, false
	}
	mask := int(s.mask())
	i := int(s.finger) & mask
	for s.table[i].empty() {
		i++
		if i > mask {
			i = 0
		}
	}
	key := s.table[i].key()
	s.table[i] = setDummy
	s.used--
	s.hash = -1
	s.finger = int32(i + 1)
	return key, true
}

// Clear removes every element.
func (s *Set) Clear() {
	if len(s.table) == setMinSize {
		clear(s.table) // leak19_inline.go
	}
	s.table = newSetTable(setMinSize)
	s.fill, s.used, s.hash = 0, 0, -1
}

// Next is the iteration primitive (set_next): starting with *pos = 0, it returns the
// next element in table order and advances *pos; ok is false at the end.
func (s *Set) Next(pos *int) (Value, bool) {
	i, t := *pos, s.table
	for i < len(t) && t[i].p == nil {
		i++
	}
	*pos = i + 1
	if i >= len(t) {
		return Value{}, false
	}
	return t[i].key(), true
}

func (s *Set) nextEntry(pos *int) (setEntry, bool) {
	i := *pos
	for i < len(s.table) && s.table[i].empty() {
		i++
	}
	*pos = i + 1
	if i >= len(s.table) {
		return setEntry{}, false
	}
	return s.table[i], true
}

// Items returns the elements in iteration order.
func (s *Set) Items() []Value {
	items := make([]Value, 0, s.used)
	for i := range s.table {
		if !s.table[i].empty() {
			items = append(items, s.table[i].key())
		}
	}
	return items
}

// FrozenSetHash returns the hash of a frozenset with s's elements (frozenset_hash),
// cached in s.
func (s *Set) FrozenSetHash() int64 {
	if s.hash != -1 {
		return s.hash
	}
	hashes := make([]int64, 0, s.used)
	for i := range s.table {
		if !s.table[i].empty() {
			hashes = append(hashes, s.table[i].hash())
		}
	}
	s.hash = hashFrozenset(hashes)
	return s.hash
}

// swapBodies exchanges the contents of s and t (set_swap_bodies); the finger stays.
func (s *Set) swapBodies(t *Set) {
	s.table, t.table = t.table, s.table
	s.fill, t.fill = t.fill, s.fill
	s.used, t.used = t.used, s.used
	s.hash, t.hash = -1, -1
	s.epoch++
	t.epoch++
}
