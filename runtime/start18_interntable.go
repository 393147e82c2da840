// This file defines internSet, the table behind Intern: an open-addressing
// set of the interned strs keyed by their text.
//
// It was a Go map[string]*Str sized for start-up's ~2,700 names: 24 bytes
// a slot plus control bytes, 109 KB whose every page start-up touches
// (~27 page faults of `krait -c pass`, one in eighty). A slot here is
// the *Str alone (its text is s.S), 8 bytes: 32 KB for the same names.

package runtime

import (
	"hash/maphash"
	"unsafe"
)

// internSetSize is the table's first size: `krait -c pass` interns ~2,700
// strs, and growing from small rehashes them several times.
const internSetSize = 4096

// internSeed keys the table's hash (any seed will do: the table's order is
// never visible).
var internSeed = maphash.MakeSeed()

// internSet is a linear-probing hash set of interned strs; the caller
// holds internTable's lock.
type internSet struct {
	slots []*Str // a power of two long; nil marks a free slot
	n     int    // strs held
}

// find returns the interned str whose text is s.
func (t *internSet) find(s string) (*Str, bool) {
	if t.slots == nil {
		return nil, false
	}
	mask := uint64(len(t.slots) - 1)
	for i := maphash.String(internSeed, s) & mask; ; i = (i + 1) & mask {
		e := t.slots[i]
		if e == nil {
			return nil, false
		}
		if e.S == s {
			return e, true
		}
	}
}

// findBytes is find for the text in b, without copying it.
func (t *internSet) findBytes(b []byte) (*Str, bool) {
	return t.find(unsafe.String(unsafe.SliceData(b), len(b)))
}

// add enters e, whose text the set does not hold yet.
func (t *internSet) add(e *Str) {
	if (t.n+1)*4 > len(t.slots)*3 { // keep the load under 3/4
		t.grow()
	}
	t.place(e)
	t.n++
}

// place puts e in the first free slot of its probe sequence.
func (t *internSet) place(e *Str) {
	mask := uint64(len(t.slots) - 1)
	i := maphash.String(internSeed, e.S) & mask
	for t.slots[i] != nil {
		i = (i + 1) & mask
	}
	t.slots[i] = e
}

// grow doubles the table (or makes its first one) and re-enters its strs.
func (t *internSet) grow() {
	old := t.slots
	t.slots = make([]*Str, max(internSetSize, 2*len(old)))
	for _, e := range old {
		if e != nil {
			t.place(e)
		}
	}
}
