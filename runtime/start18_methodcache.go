// This file writes the method cache's pages once at start-up.
//
// methodCache (typeobject.go) is 128 KB of zeroed .bss that start-up
// spreads ~thousands of lookups over, so it ends up touching every page;
// Lookup reads an entry before it writes one, and the kernel answers the
// first read of a .bss page by mapping the shared zero page, then the
// first write by a second fault that copies it: 64 page faults of
// `krait -c pass` (one in thirty-three). Writing one word per page first
// makes each page a single fault.

package runtime

import "unsafe"

func init() { touchMethodCache() }

// touchMethodCache writes the first entry in each 4 KB of methodCache
// (and the last entry, for the partial page at the end), storing the
// zero it already holds.
func touchMethodCache() {
	step := max(1, int(4096/unsafe.Sizeof(methodCache[0])))
	for i := 0; i < len(methodCache); i += step {
		methodCache[i].version = 0
	}
	methodCache[len(methodCache)-1].version = 0
}
