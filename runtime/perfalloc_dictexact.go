// This file defines the exact small dicts of dict displays: `{"a": x,
// "b": y, "c": z}` gets CPython's smallest table (8 indices, 5 usable
// entries) but an entries array of exactly its 3 pairs, in the same Go
// allocation (240 bytes instead of smallDict's 320). A fourth key grows the
// entries array by append (the indices stay: insertion order, the table
// size and __sizeof__ are CPython's); a sixth resizes as usual.

package runtime

import "unsafe"

// smallDictN is a Dict with the smallest index table and an entries array
// A ([n]dictEntry) in one allocation.
type smallDictN[A any] struct {
	d       Dict
	indices [dictMinSize]int32
	entries A
}

// newDictExactN returns an empty dict whose entries array holds n pairs.
func newDictExactN[A any](n int) *Dict {
	sd := &smallDictN[A]{d: Dict{Header: Header{DictType}}}
	for i := range sd.indices {
		sd.indices[i] = ixEmpty
	}
	sd.d.indices = sd.indices[:]
	sd.d.entries = unsafe.Slice((*dictEntry)(unsafe.Pointer(&sd.entries)), n)[:0]
	sd.d.usable = dictUsable(dictMinSize)
	return &sd.d
}

// newDictExact returns an empty dict for n (1..5) pairs.
func newDictExact(n int) *Dict {
	switch n {
	case 1:
		return newDictExactN[[1]dictEntry](1)
	case 2:
		return newDictExactN[[2]dictEntry](2)
	case 3:
		return newDictExactN[[3]dictEntry](3)
	case 4:
		return newDictExactN[[4]dictEntry](4)
	}
	return newDictSmall()
}

// presizeExact gives the new empty dict d a table of size (CPython's, for
// its usable count and __sizeof__) with an entries array of exactly n,
// the pairs NewDictFromItems is about to insert (a JSON object's, a
// display's): a later key grows the array by append.
func (d *Dict) presizeExact(size, n int) {
	d.indices = make([]int32, size)
	for i := range d.indices {
		d.indices[i] = ixEmpty
	}
	d.entries = make([]dictEntry, 0, min(n, dictUsable(size)))
	d.usable = dictUsable(size)
	d.gen++
	d.keysChanged()
}

// newDictDisplay returns the empty dict BUILD_MAP fills with the pairs of
// kv (key, value, key, value, ...): as dict_fromitems, a table of
// CPython's size with an entries array of exactly the pairs, str-only when
// every key is an exact str.
func newDictDisplay(kv []Value) *Dict {
	n := len(kv) / 2
	if n <= dictUsable(dictMinSize) {
		return NewDictSized(n)
	}
	d := NewDict()
	for i := 0; i < len(kv); i += 2 {
		if _, ok := exactStr(kv[i]); !ok {
			d.general = true
			break
		}
	}
	d.presizeExact(dictSizeFor((n*3+1)/2), n)
	return d
}
