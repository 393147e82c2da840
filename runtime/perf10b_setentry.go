// This file defines setEntry, a slot of a set's table, in two words instead
// of three. A set's key is a Value {p, bits} and its hash; bits is zero for
// every heap object and the payload only for the unboxed numbers (int and
// float), whose hash is a pure function of the payload. So a slot keeps p and
// one more word w: the payload for an unboxed number (its hash is recomputed
// when probing, a few instructions for an int), the hash for any other key.
// The tables of small sets are a third smaller, which is most of what
// building a set costs (the allocation and the collector's work for it).

package runtime

import "unsafe"

// setEntry is an unused slot (p nil, w 0), a dummy left by a deletion (p nil,
// w setDummyWord), or an active key.
type setEntry struct {
	p unsafe.Pointer // the key's object, or the static header of an unboxed number
	w uint64         // an unboxed number's payload, else the key's hash
}

// setDummyWord marks a dummy: as a hash it reads -1, a value no real hash takes.
const setDummyWord = ^uint64(0)

// setDummy is the slot a deletion leaves.
var setDummy = setEntry{w: setDummyWord}

// unboxedPtr reports whether p is the static header of an unboxed number.
func unboxedPtr(p unsafe.Pointer) bool {
	return p == unsafe.Pointer(&intHeader) || p == unsafe.Pointer(&floatHeader)
}

// newSetEntry is the active slot for key with hash h.
func newSetEntry(key Value, h int64) setEntry {
	if unboxedPtr(key.p) {
		return setEntry{key.p, key.bits}
	}
	return setEntry{key.p, uint64(h)}
}

// empty reports whether the slot is unused or a dummy.
func (e *setEntry) empty() bool { return e.p == nil }

// unused reports whether the slot has never held a key (it ends a probe run).
func (e *setEntry) unused() bool { return e.p == nil && e.w == 0 }

// key returns the slot's key (the zero Value for an empty slot).
func (e *setEntry) key() Value {
	if unboxedPtr(e.p) {
		return Value{e.p, e.w}
	}
	return Value{e.p, 0}
}

// sameHash reports whether the active slot e's key has hash h: a heap key's
// hash is in the slot, an unboxed number's is recomputed.
func (e *setEntry) sameHash(h int64) bool {
	if unboxedPtr(e.p) {
		return e.hash() == h
	}
	return int64(e.w) == h
}

// slotHash is hash with its common cases first: a heap key's stored hash,
// an int below the modulus (its own hash).
func (e *setEntry) slotHash() int64 {
	if i := int64(e.w); e.p != unsafe.Pointer(&floatHeader) && (e.p != unsafe.Pointer(&intHeader) || i > -hashModulus && i < hashModulus && i != -1) {
		return i
	}
	return e.hash()
}

// newSetTable returns a zeroed table of size slots. The sizes up to 32 are
// allocated as arrays: for an object of at most 512 bytes Go writes the heap
// bitmap at allocation, once for an array type but slot by slot (about 500
// instructions for 32 slots) for a slice made by make.
func newSetTable(size int) []setEntry {
	switch size {
	case 8:
		return new([8]setEntry)[:]
	case 16:
		return new([16]setEntry)[:]
	case 32:
		return new([32]setEntry)[:]
	}
	return make([]setEntry, size)
}

// hash returns the slot's hash: 0 for an unused slot, -1 for a dummy.
func (e *setEntry) hash() int64 {
	if e.p == unsafe.Pointer(&intHeader) {
		if i := int64(e.w); i > -hashModulus && i < hashModulus && i != -1 {
			return i // keyHash's shortcut: below the modulus an int is its own hash
		}
		return hashInt64(int64(e.w))
	}
	if e.p == unsafe.Pointer(&floatHeader) {
		h, _ := keyHash(Value{e.p, e.w}) // a float's hash cannot fail
		return h
	}
	return int64(e.w)
}

// holds reports whether the slot holds key itself (the same object, or the
// same unboxed number), the identity test that precedes equality.
func (e *setEntry) holds(key Value) bool {
	return e.p == key.p && key.p != nil && (e.w == key.bits || !unboxedPtr(key.p))
}

// lookInt is lookkey's probe for an unboxed int key with payload v and hash
// h, in a tight loop: other ints and dummies are skipped by one or two tests
// of the slot's words. It returns the slot found (the key's, or the unused
// slot ending the probe), or -1 at the first slot holding a float or heap
// key, where lookkey's general probe takes over.
//
// Probe runs walk the slots by pointer: a run never passes the table's end
// (it has its linear probes only when they fit), and a walk through dummies
// (a set that items were removed from) then costs a few instructions a slot
// instead of a bounds-checked slice iteration.
func (s *Set) lookInt(v uint64, h int64) int {
	const size = unsafe.Sizeof(setEntry{})
	mask := s.mask()
	base := unsafe.Pointer(unsafe.SliceData(s.table))
	intp := intHeaderAddr // a variable: held in a register, not rematerialized per slot
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		e := unsafe.Add(base, i*uint64(size))
		last := e // the run's last slot
		if i+setLinearProbes <= mask {
			last = unsafe.Add(e, setLinearProbes*size)
		}
		for {
			if p := (*setEntry)(e).p; p == nil {
				if (*setEntry)(e).w == 0 {
					return int((uintptr(e) - uintptr(base)) / size) // unused: the end of the probe
				}
			} else if p == intp {
				if (*setEntry)(e).w == v {
					return int((uintptr(e) - uintptr(base)) / size)
				}
			} else {
				return -1
			}
			if e == last {
				break
			}
			e = unsafe.Add(e, size)
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// intHeaderAddr is the address of intHeader, loaded once by lookInt.
var intHeaderAddr = unsafe.Pointer(&intHeader)
