// This file defines Dict, the table behind Python's dict: CPython 3.11's compact ordered
// layout (an index table probed by open addressing over an insertion-ordered entries
// array), with cached hashes, fast paths for str and small-int keys, and a keys version
// that inline caches of global and attribute loads guard on (DESIGN.md §3, §5).

package runtime

import (
	"math"
	"math/bits"
)

const (
	dictMinSize   = 8  // PyDict_MINSIZE: the smallest index table
	perturbShift  = 5  // PERTURB_SHIFT of the probe sequence
	ixEmpty       = -1 // DKIX_EMPTY: an index slot never used
	ixDummy       = -2 // DKIX_DUMMY: an index slot whose entry was deleted
	dictGrowRatio = 3  // GROWTH_RATE: a full table grows to fit used*3
)

// dictEntry is one key/value pair with the key's hash. A deleted entry has a null key.
type dictEntry struct {
	hash  int64
	key   Value
	value Value
}

// Dict is a Python dict. Entries keep insertion order; the index table maps hash
// probe positions to entry numbers. Like CPython, a deleted entry leaves a hole in
// entries (compacted by the next resize) and a dummy in indices.
//
// Lookups may run Python code (__eq__, __hash__) that mutates the dict; every
// operation re-validates after such calls, as dictobject.c does, so a mutation never
// corrupts the table: it restarts the lookup or reports a RuntimeError upstream.
type Dict struct {
	Header
	indices []int32     // len a power of 2, or nil before the first insertion
	entries []dictEntry // len is CPython's dk_nentries; cap is the usable fraction
	used    int         // live entries (len(d))
	usable  int         // insertions left before a resize (dk_usable)
	version uint64      // keys version for inline caches; 0 until asked for
	gen     uint32      // changes whenever indices/entries are replaced
	general bool        // a key other than an exact str was stored (CPython's DICT_KEYS_GENERAL)
	// (gen and general share a word: a smallDict then fits Go's 320-byte size class.)
}

// DictType is Python's dict.
var DictType = newBuiltinType("dict", ObjectType, FlagBaseType|FlagDictSubclass)

// TryDict returns v's *Dict if v is a dict or dict subclass instance.
func (v Value) TryDict() (*Dict, bool) {
	if v.IsNull() || v.Type().Flags&FlagDictSubclass == 0 {
		return nil, false
	}
	return ptrOf[Dict](v), true
}

// AsDict returns v's *Dict; v must be a dict (or subclass instance).
func (v Value) AsDict() *Dict {
	d, ok := v.TryDict()
	if !ok {
		accessorPanic(v, "dict")
	}
	return d
}

// Value returns d as a Value.
func (d *Dict) Value() Value { return ValueOf(d) }

// exactStr returns v's *Str if v is exactly a str (not a subclass instance, whose
// __eq__ and __hash__ may be overridden).
func exactStr(v Value) (*Str, bool) {
	if v.IsNull() || v.Type() != StrType {
		return nil, false
	}
	return ptrOf[Str](v), true
}

// dictKeysVersions hands out keys versions; 0 means "none assigned".
var dictKeysVersions uint64

// NewDict returns a new empty dict.
func NewDict() *Dict { return &Dict{Header: Header{DictType}} }

// NewDictSized returns a new empty dict presized to hold n keys without resizing,
// as _PyDict_NewPresized does.
func NewDictSized(n int) *Dict {
	if n > 0 && n <= dictUsable(dictMinSize) {
		return newDictExact(n)
	}
	d := NewDict()
	d.general = true
	if n > dictUsable(dictMinSize) {
		d.resize(dictSizeFor((n*3 + 1) / 2))
	}
	return d
}

// NewDictFromItems returns a dict of the pairs keys[i]: values[i] (a dict display or
// keyword arguments, _PyDict_FromItems): presized for more than five pairs, with a
// str-only table when every key is an exact str. A later duplicate key keeps the
// first key object and the last value.
func NewDictFromItems(keys, values []Value) (*Dict, *Exception) {
	d := NewDict()
	if n := len(keys); n > 0 && n <= dictUsable(dictMinSize) {
		d = newDictExact(n)
	} else if n > dictUsable(dictMinSize) {
		general := false
		for _, k := range keys {
			if _, ok := exactStr(k); !ok {
				general = true
				break
			}
		}
		d.resize(dictSizeFor((n*3 + 1) / 2))
		d.general = general
	}
	for i, k := range keys {
		if err := d.SetItem(k, values[i]); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// dictUsable is USABLE_FRACTION: how many entries a table of size n may hold.
func dictUsable(n int) int { return (n << 1) / 3 }

// dictSizeFor is calculate_log2_keysize as a size: the smallest power of two at
// least n|dictMinSize. Or-ing rather than taking the maximum is CPython's formula, and
// makes e.g. a request for 3 slots get 16, which __sizeof__ shows.
func dictSizeFor(n int) int {
	return 1 << bits.Len(uint((n|dictMinSize)-1|(dictMinSize-1)))
}

// Len returns the number of items.
func (d *Dict) Len() int { return d.used }

// KeysVersion returns a number that stays the same exactly as long as the set of
// keys and their entry positions do not change: an inline cache that stored an
// entry index with it may read EntryValue(index) while KeysVersion is unchanged.
// Assigning a value to an existing key keeps the version. It is never 0.
func (d *Dict) KeysVersion() uint64 {
	if d.version == 0 {
		dictKeysVersions++
		d.version = dictKeysVersions
	}
	return d.version
}

// EntryValue returns the value of entry ix, as found by LookupStrIndex. It is the
// null Value if the entry was deleted.
func (d *Dict) EntryValue(ix int) Value { return d.entries[ix].value }

// keysChanged records a change of the key set (or of entry positions).
func (d *Dict) keysChanged() { d.version = 0 }

// keyHash returns hash(key), taking the cached hash of an exact str directly.
func keyHash(key Value) (int64, *Exception) {
	if s, ok := exactStr(key); ok {
		return s.Hash(), nil
	}
	if key.IsSmallInt() {
		if i := key.SmallInt(); i > -hashModulus && i < hashModulus && i != -1 {
			return i, nil // below the modulus an int is its own hash: skip the division
		}
		return hashInt64(key.SmallInt()), nil
	}
	if f := key.AsFloat(); key.IsFloat() && f == f { // a nan hashes by identity: Hash decides
		return hashFloat(f, 0), nil
	}
	return Hash(key)
}

// fastKeyEqual decides equality of two keys with equal hashes that are not the same
// Value when it can without running Python code: (result, true), else (_, false).
func fastKeyEqual(a, b Value) (bool, bool) {
	switch {
	case a.IsSmallInt() && b.IsSmallInt():
		return false, true // identical ints were caught by the caller
	case a.IsFloat() && b.IsFloat():
		return a.AsFloat() == b.AsFloat(), true
	case a.IsSmallInt() && b.IsFloat():
		return intEqualsFloat(a.SmallInt(), b.AsFloat()), true
	case a.IsFloat() && b.IsSmallInt():
		return intEqualsFloat(b.SmallInt(), a.AsFloat()), true
	}
	if s, ok := exactStr(a); ok {
		if t, ok := exactStr(b); ok {
			return s.Equal(t), true
		}
	}
	return false, false
}

// intEqualsFloat reports whether i == f exactly, as Python compares them.
func intEqualsFloat(i int64, f float64) bool {
	const two63 = 1 << 63
	return f >= -two63 && f < two63 && f == math.Trunc(f) && int64(f) == i
}

// lookup finds key (whose hash is h). It returns the entry number, or ixEmpty when
// key is absent; and the index slot that refers to the entry (or the first empty
// slot on the probe path, which an insertion may not use if dummies precede it).
func (d *Dict) lookup(key Value, h int64) (int, *Exception) {
top:
	if d.indices == nil {
		return ixEmpty, nil
	}
	mask := uint64(len(d.indices) - 1)
	perturb := uint64(h)
	for i := uint64(h) & mask; ; {
		ix := d.indices[i]
		if ix == ixEmpty {
			return ixEmpty, nil
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.key == key {
				return int(ix), nil
			}
			if e.hash == h {
				eq, decided := fastKeyEqual(e.key, key)
				if !decided {
					startkey, gen := e.key, d.gen
					var err *Exception
					eq, err = RichCompareBool(startkey, key, Eq)
					if err != nil {
						return ixEmpty, err
					}
					if gen != d.gen || int(ix) >= len(d.entries) || d.entries[ix].key != startkey {
						goto top // the comparison mutated the dict
					}
				}
				if eq {
					return int(ix), nil
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + perturb + 1) & mask
	}
}

// lookupStr is lookup for an exact str key: no Python code can run unless a key of
// another type has the same hash.
func (d *Dict) lookupStr(s *Str) int {
	if d.indices == nil {
		return ixEmpty
	}
	h := s.Hash()
	mask := uint64(len(d.indices) - 1)
	perturb := uint64(h)
	for i := uint64(h) & mask; ; {
		ix := d.indices[i]
		if ix == ixEmpty {
			return ixEmpty
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.key == ValueOf(s) {
				return int(ix)
			}
			if e.hash == h {
				if t, ok := exactStr(e.key); ok {
					if s.Equal(t) {
						return int(ix)
					}
				} else {
					ix, _ := d.lookup(ValueOf(s), h)
					return ix
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + perturb + 1) & mask
	}
}

// slotOf returns the index slot that refers to entry ix (whose hash is h).
func (d *Dict) slotOf(h int64, ix int) uint64 {
	mask := uint64(len(d.indices) - 1)
	perturb := uint64(h)
	for i := uint64(h) & mask; ; {
		if int(d.indices[i]) == ix {
			return i
		}
		perturb >>= perturbShift
		i = (i*5 + perturb + 1) & mask
	}
}

// emptySlot returns the first slot on h's probe path that is empty or dummy.
func (d *Dict) emptySlot(h int64) uint64 {
	mask := uint64(len(d.indices) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for d.indices[i] >= 0 {
		perturb >>= perturbShift
		i = (i*5 + perturb + 1) & mask
	}
	return i
}

// resize replaces the tables by ones of the given size (a power of two), compacting
// the entries in order, as dictresize does.
func (d *Dict) resize(size int) {
	old := d.entries
	if size == dictMinSize {
		d.useSmallTable(new(dictSmallTable))
	} else {
		d.indices = make([]int32, size)
		for i := range d.indices {
			d.indices[i] = ixEmpty
		}
		d.entries = make([]dictEntry, 0, dictUsable(size))
	}
	d.refill(old) // oo19_dictresize.go
	d.usable = cap(d.entries) - len(d.entries)
	d.gen++
	d.keysChanged()
}

// dictSmallTable is a table of the smallest size in one allocation (most dicts,
// **kwargs among them, never grow beyond it): its index and entries arrays.
type dictSmallTable struct {
	indices [dictMinSize]int32
	entries [dictMinSize * 2 / 3]dictEntry
}

// smallDict is a Dict allocated together with its first table.
type smallDict struct {
	d Dict
	t dictSmallTable
}

// newDictSmall returns an empty dict whose smallest table is allocated with it: one
// allocation for a dict known to receive at most a few keys.
func newDictSmall() *Dict {
	sd := &smallDict{d: Dict{Header: Header{DictType}}}
	sd.d.useSmallTable(&sd.t)
	return &sd.d
}

// useSmallTable makes t (empty) d's tables.
func (d *Dict) useSmallTable(t *dictSmallTable) {
	for i := range t.indices {
		t.indices[i] = ixEmpty
	}
	d.indices = t.indices[:]
	d.entries = t.entries[:0]
	d.usable = len(t.entries)
}

// pristineSmall reports whether d's table is a smallest one never inserted into,
// as newDictSmall makes: its first key decides its kind, as for a dict with no table.
func (d *Dict) pristineSmall() bool {
	return len(d.indices) == dictMinSize && len(d.entries) == 0 && d.usable == dictUsable(dictMinSize)
}

// insertNew appends key, known absent, with hash h. The first key of a new table
// decides its kind; a non-str key in a str-only table converts it with a resize, as
// CPython does (which only __sizeof__ can observe).
func (d *Dict) insertNew(key Value, h int64, value Value) {
	if d.indices == nil || d.pristineSmall() {
		_, isStr := exactStr(key)
		d.general = !isStr
	} else if !d.general {
		if _, isStr := exactStr(key); !isStr {
			d.general = true
			d.resize(dictSizeFor(d.used * dictGrowRatio))
		}
	}
	if d.usable <= 0 {
		d.resize(dictSizeFor(d.used * dictGrowRatio))
	}
	d.indices[d.emptySlot(h)] = int32(len(d.entries))
	d.entries = append(d.entries, dictEntry{h, key, value})
	d.used++
	d.usable--
	d.keysChanged()
}

// GetItem returns d[key]; found is false if key is absent. The error comes from
// hashing or comparing key.
func (d *Dict) GetItem(key Value) (value Value, found bool, err *Exception) {
	h, err := keyHash(key)
	if err != nil {
		return Value{}, false, err
	}
	return d.GetItemHash(key, h)
}

// GetItemHash is GetItem for a key whose hash h is known.
func (d *Dict) GetItemHash(key Value, h int64) (Value, bool, *Exception) {
	ix, err := d.lookup(key, h)
	if ix < 0 {
		return Value{}, false, err
	}
	return d.entries[ix].value, true, nil
}

// Contains reports whether key is in d.
func (d *Dict) Contains(key Value) (bool, *Exception) {
	_, found, err := d.GetItem(key)
	return found, err
}

// SetItem sets d[key] = value. An existing equal key keeps its identity and position.
func (d *Dict) SetItem(key, value Value) *Exception {
	h, err := keyHash(key)
	if err != nil {
		return err
	}
	return d.SetItemHash(key, h, value)
}

// SetItemHash is SetItem for a key whose hash h is known.
func (d *Dict) SetItemHash(key Value, h int64, value Value) *Exception {
	ix, err := d.lookup(key, h)
	if err != nil {
		return err
	}
	if ix >= 0 {
		d.entries[ix].value = value
		return nil
	}
	d.insertNew(key, h, value)
	return nil
}

// SetDefault returns d[key], first setting it to dflt if key is absent.
func (d *Dict) SetDefault(key, dflt Value) (Value, *Exception) {
	h, err := keyHash(key)
	if err != nil {
		return Value{}, err
	}
	ix, err := d.lookup(key, h)
	if err != nil {
		return Value{}, err
	}
	if ix >= 0 {
		return d.entries[ix].value, nil
	}
	d.insertNew(key, h, dflt)
	return dflt, nil
}

// DelItem removes key and returns its value; found is false if key was absent.
func (d *Dict) DelItem(key Value) (value Value, found bool, err *Exception) {
	h, err := keyHash(key)
	if err != nil {
		return Value{}, false, err
	}
	return d.DelItemHash(key, h)
}

// DelItemHash is DelItem for a key whose hash h is known.
func (d *Dict) DelItemHash(key Value, h int64) (Value, bool, *Exception) {
	ix, err := d.lookup(key, h)
	if ix < 0 {
		return Value{}, false, err
	}
	return d.deleteEntry(ix), true, nil
}

// deleteEntry removes entry ix, leaving a dummy in its index slot.
func (d *Dict) deleteEntry(ix int) Value {
	e := &d.entries[ix]
	d.indices[d.slotOf(e.hash, ix)] = ixDummy
	value := e.value
	*e = dictEntry{}
	d.used--
	d.keysChanged()
	return value
}

// PopItem removes and returns the last inserted pair (LIFO, as dict.popitem);
// ok is false if d is empty.
func (d *Dict) PopItem() (key, value Value, ok bool) {
	if d.used == 0 {
		return Value{}, Value{}, false
	}
	i := len(d.entries) - 1
	for d.entries[i].key.IsNull() {
		i--
	}
	key = d.entries[i].key
	value = d.deleteEntry(i)
	d.entries = d.entries[:i] // the freed tail is reused, usable is not restored
	return key, value, true
}

// Clear removes every item.
func (d *Dict) Clear() {
	if d.indices == nil {
		return
	}
	d.indices, d.entries = nil, nil
	d.used, d.usable = 0, 0
	d.gen++
	d.keysChanged()
}

// Next is the iteration primitive (_PyDict_Next): starting with *pos = 0, each call
// returns the next live item in insertion order and advances *pos; ok is false at
// the end. It does not detect mutation; iterators check Len themselves.
func (d *Dict) Next(pos *int) (key, value Value, ok bool) {
	i := *pos
	for i < len(d.entries) && d.entries[i].key.IsNull() {
		i++
	}
	if i >= len(d.entries) {
		*pos = i
		return Value{}, Value{}, false
	}
	*pos = i + 1
	e := &d.entries[i]
	return e.key, e.value, true
}

// nextEntry is Next returning the whole entry, hash included.
func (d *Dict) nextEntry(pos *int) (dictEntry, bool) {
	i := *pos
	for i < len(d.entries) && d.entries[i].key.IsNull() {
		i++
	}
	*pos = i + 1
	if i >= len(d.entries) {
		*pos = i
		return dictEntry{}, false
	}
	return d.entries[i], true
}

// Keys returns the keys in order.
func (d *Dict) Keys() []Value {
	keys := make([]Value, 0, d.used)
	for _, e := range d.entries {
		if !e.key.IsNull() {
			keys = append(keys, e.key)
		}
	}
	return keys
}

// Copy returns a shallow copy of d (PyDict_Copy): the tables are cloned as they
// are when at most a third of the entries are holes, else rebuilt compact.
func (d *Dict) Copy() *Dict {
	if d.used == 0 {
		return NewDict()
	}
	if d.used >= len(d.entries)*2/3 {
		var c *Dict
		if len(d.indices) == dictMinSize {
			c = newDictSmall() // one allocation with its table
		} else {
			c = NewDict()
		}
		c.cloneFrom(d)
		return c
	}
	c := NewDict()
	c.Update(d)
	return c
}

// dictOfDict is dict(o) for an exact dict o, as dict_new and dict_init make
// it (an update of an empty dict), but allocating a new dict together with
// its table when Update will clone o's smallest table into it.
func dictOfDict(o *Dict) (Value, *Exception) {
	var d *Dict // one allocation either way (a NewDict overwritten here was garbage)
	if o.used > 0 && o.used == len(o.entries) && len(o.indices) == dictMinSize {
		d = newDictSmall()
	} else {
		d = NewDict()
	}
	if err := d.Update(o); err != nil {
		return Value{}, err
	}
	return d.Value(), nil
}

// cloneFrom makes d's tables copies of o's (clone_combined_dict_keys); a
// pristine smallest table of d (newDictSmall's) is reused.
func (d *Dict) cloneFrom(o *Dict) {
	if len(o.indices) == dictMinSize {
		if !d.pristineSmall() {
			d.useSmallTable(new(dictSmallTable))
		}
		copy(d.indices, o.indices)
		d.entries = append(d.entries, o.entries...)
	} else {
		d.indices = append([]int32(nil), o.indices...)
		d.entries = make([]dictEntry, len(o.entries), cap(o.entries))
		copy(d.entries, o.entries)
	}
	d.used, d.usable, d.general = o.used, o.usable, o.general
	d.gen++
	d.keysChanged()
}

// Update merges other into d (dict.update(other) for a dict), keeping d's existing
// keys' identities and positions, presizing once as dict_merge does. Python code run
// by key comparisons may mutate other: that raises "dict mutated during update".
func (d *Dict) Update(other *Dict) *Exception {
	if other == d || other.used == 0 {
		return nil
	}
	if d.used == 0 && other.used == len(other.entries) &&
		(len(other.indices) == dictMinSize || dictUsable(len(other.indices)/2) < other.used) {
		d.cloneFrom(other) // a clean, freshly sized table: clone it
		return nil
	}
	if dictUsable(len(d.indices)) < other.used {
		if d.indices == nil || !d.general {
			d.general = other.general
		}
		d.resize(dictSizeFor(((d.used+other.used)*3 + 1) / 2))
	}
	n, size := len(other.entries), other.used
	for i := 0; i < n; i++ {
		e := other.entries[i]
		if e.key.IsNull() {
			continue
		}
		if err := d.SetItemHash(e.key, e.hash, e.value); err != nil {
			return err
		}
		if len(other.entries) != n || other.used != size {
			return NewRuntimeError("dict mutated during update")
		}
	}
	return nil
}

// GetStr returns d[s] for an exact str key, the fast path of global, builtin, type
// and attribute lookups. Errors from comparisons with keys of other types are
// ignored, as PyDict_GetItem ignores them.
func (d *Dict) GetStr(s *Str) (Value, bool) {
	ix := d.lookupStr(s)
	if ix < 0 {
		return Value{}, false
	}
	return d.entries[ix].value, true
}

// LookupStrIndex returns the entry number of s in d, or -1: an inline cache keeps
// it with KeysVersion and reads the value with EntryValue.
func (d *Dict) LookupStrIndex(s *Str) int {
	ix := d.lookupStr(s)
	if ix < 0 {
		return -1
	}
	return ix
}

// SetStr sets d[s] = value for an exact str key.
func (d *Dict) SetStr(s *Str, value Value) {
	ix := d.lookupStr(s)
	if ix >= 0 {
		d.entries[ix].value = value
		return
	}
	d.insertNew(ValueOf(s), s.Hash(), value)
}

// DelStr removes s from d, reporting whether it was present.
func (d *Dict) DelStr(s *Str) bool {
	ix := d.lookupStr(s)
	if ix < 0 {
		return false
	}
	d.deleteEntry(ix)
	return true
}
