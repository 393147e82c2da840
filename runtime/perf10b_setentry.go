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

// isDummy reports whether a deletion emptied the slot.
func (e *setEntry) isDummy() bool { return e.p == nil && e.w == setDummyWord }

// key returns the slot's key (the zero Value for an empty slot).
func (e *setEntry) key() Value {
	if unboxedPtr(e.p) {
		return Value{e.p, e.w}
	}
	return Value{e.p, 0}
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
