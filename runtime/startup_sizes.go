// This file defines what keeps start-up's allocations down: the size a
// builtin type's dict will reach, so that it is allocated once instead of
// growing through every power of two, and the scratch buffer the loading
// of cached modules reuses (marshal's reference table; a .pyc file's
// bytes are kept by its lazy code objects: lazy14_code.go), which would otherwise be fresh memory for every module: no
// collection runs during start-up, so every byte allocated there is a page
// the kernel has to fault in and zero.

package runtime

import "sync"

// staticDictSize is how many entries finishStaticType puts in t's dict:
// its methods, computed attributes and slot wrappers, __doc__ and
// __hash__ (an upper bound: a wrapper is skipped when a method has its
// name).
func staticDictSize(t *Type) int {
	n := len(t.methods) + len(t.getsets) + 2
	for i, g := range slotGroups {
		if t.ownSlots&(1<<i) != 0 {
			n += len(g.names)
		}
	}
	return n
}

// marshalRefs holds the reference tables of finished MarshalLoads calls,
// cleared, for the next one.
var marshalRefs = sync.Pool{New: func() any { return new([]Value) }}

// getMarshalRefs returns an empty reference table with room for n.
func getMarshalRefs(n int) *[]Value {
	rp := marshalRefs.Get().(*[]Value)
	if cap(*rp) < n {
		*rp = make([]Value, 0, max(n, 2*cap(*rp), 2048))
	}
	*rp = (*rp)[:0]
	return rp
}

// putMarshalRefs clears the table refs (so that it keeps nothing alive)
// and keeps it for reuse.
func putMarshalRefs(rp *[]Value, refs []Value) {
	clear(refs)
	if cap(refs) > 1<<20 {
		return
	}
	*rp = refs[:0]
	marshalRefs.Put(rp)
}
