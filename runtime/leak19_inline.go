// This file keeps a container's first array, allocated together with the
// container object (a small set's table, a short list's items), from
// holding what the container no longer holds. Once the container moves to
// a bigger array or drops its items, the first array still lives inside
// the container's allocation, and Go's collector scans it: objects removed
// from the set or list stayed alive as long as it did, where CPython frees
// them (concurrent.futures.as_completed's sets kept its yielded futures).

package runtime

import "unsafe"

// dropOldItems clears old, the items array l had before an operation that
// may have moved its items to a new array, if old is the array allocated
// inline after l (list_alloc.go) and l no longer uses it. Other arrays are
// left alone: a separate one is garbage anyway, or shared with its owner.
func dropOldItems(l *List, old []Value) {
	c := cap(old)
	if c == 0 || c > listInlineMax || cap(l.items) == c {
		return
	}
	// Compared as addresses: a list allocated alone ends at that address,
	// and a pointer there would point outside its allocation (checkptr).
	if uintptr(unsafe.Pointer(&old[:1][0])) == uintptr(unsafe.Pointer(l))+unsafe.Sizeof(List{}) {
		clear(old[:c])
	}
}
