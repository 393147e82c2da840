// This file checks the sizes of the runtime's most numerous objects, so
// that a new field does not silently move one into a larger size class.

package runtime

import (
	"testing"
	"unsafe"
)

func TestObjectSizes(t *testing.T) {
	if unsafe.Sizeof(uintptr(0)) != 8 {
		t.Skip("sizes are for 64-bit platforms")
	}
	for _, c := range []struct {
		name      string
		got, want uintptr
	}{
		// An inline cache entry: code objects get NumCaches of them when
		// they first run (initCaches), ~0.7 MB at start-up of the imports line.
		{"cacheEntry", unsafe.Sizeof(cacheEntry{}), 72},
		// A code object read from a .pyc with its compiler.Code and lazy
		// body: one allocation each, ~1,400 after the imports line
		// (heap20_codeextra.go); 640 is a size class, 704 the next.
		{"loadedCode", unsafe.Sizeof(loadedCode{}), 640},
	} {
		if c.got > c.want {
			t.Errorf("%s is %d bytes, more than %d", c.name, c.got, c.want)
		}
	}
}
