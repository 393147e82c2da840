// This file defines how an Instance reaches its __slots__ values: one
// pointer to the first of them (in the same allocation for small counts,
// see allocSlots) rather than a slice header, since their number is the
// type's nslots, which never changes and which __class__ assignment keeps
// (compatibleForAssignment). A Vec of x, y, z is then 112 bytes, not 128.

package runtime

import "unsafe"

// slotCount is the number of __slots__ values o holds.
func (o *Instance) slotCount() int {
	if o.slotp == nil {
		return 0
	}
	return o.typ.nslots
}

// slotValues returns o's __slots__ values as a slice (nil when none).
func (o *Instance) slotValues() []Value {
	if o.slotp == nil {
		return nil
	}
	return unsafe.Slice(o.slotp, o.typ.nslots)
}

// slotAt returns the address of o's i-th __slots__ value; callers have
// checked i < slotCount (the specializer, against a type version).
func (o *Instance) slotAt(i int) *Value {
	return (*Value)(unsafe.Add(unsafe.Pointer(o.slotp), uintptr(i)*unsafe.Sizeof(Value{})))
}
