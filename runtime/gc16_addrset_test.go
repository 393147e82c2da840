package runtime

import (
	"testing"
	"unsafe"
)

// TestAddrSet checks the walk's visited set on heap addresses, addresses
// outside the heap (a global's), and reuse after reset.
func TestAddrSet(t *testing.T) {
	var s addrSet
	objs := make([]*[3]uint64, 1000)
	for i := range objs {
		objs[i] = new([3]uint64)
	}
	global := unsafe.Pointer(&addrHeapBase)
	for round := 0; round < 2; round++ {
		for i, o := range objs {
			if i%2 == 0 && !s.add(unsafe.Pointer(o)) {
				t.Fatalf("round %d: first add of %d reported present", round, i)
			}
		}
		if !s.add(global) || s.add(global) {
			t.Fatalf("round %d: global address added wrong", round)
		}
		for i, o := range objs {
			p := unsafe.Pointer(o)
			if got := s.has(p); got != (i%2 == 0) {
				t.Fatalf("round %d: has(%d) = %v", round, i, got)
			}
			if i%2 == 0 && s.add(p) {
				t.Fatalf("round %d: second add of %d reported absent", round, i)
			}
			// The word inside the object is another address.
			if s.has(unsafe.Add(p, 8)) {
				t.Fatalf("round %d: interior word of %d present", round, i)
			}
		}
		if s.len() != len(objs)/2+1 {
			t.Fatalf("round %d: len %d", round, s.len())
		}
		s.reset()
		if s.len() != 0 || s.has(global) || s.has(unsafe.Pointer(objs[0])) {
			t.Fatalf("round %d: reset left addresses", round)
		}
	}
}
