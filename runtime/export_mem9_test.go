// This file pins the sizes of the objects the mem9 branch narrowed, so that
// a new field does not silently move them to a larger Go size class.

package runtime

import (
	"testing"
	"unsafe"
)

// TestObjectSizesMem9 checks that functions and big ints keep their size
// classes (160 and 48 bytes; 64 for a 128-bit int).
func TestObjectSizesMem9(t *testing.T) {
	for _, c := range []struct {
		name      string
		got, want uintptr
	}{
		{"Function", unsafe.Sizeof(Function{}), 160},
		{"BigInt", unsafe.Sizeof(BigInt{}), 48},
		{"wideInt", unsafe.Sizeof(wideInt{}), 64},
	} {
		if c.got > c.want {
			t.Errorf("%s is %d bytes, more than %d", c.name, c.got, c.want)
		}
	}
}
