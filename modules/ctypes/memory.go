// This file defines the memory blocks behind ctypes objects and the
// registry that turns a C address back into Krait-owned memory.

package ctypes

import (
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"
	"weak"

	kr "krait/runtime"
)

// block is one piece of memory that ctypes objects view: a Go byte slice
// (never resized, so its address is stable: Go's heap does not move
// objects), or the memory of another buffer exporter (an mmap, a
// bytearray) kept exported by the owner for as long as the block lives.
type block struct {
	data       []byte
	owner      any  // keeps the exporter (or its memoryview) alive
	registered bool // listed in the registry (once its address was taken)
}

// addr is the address of the block's first byte.
func (b *block) addr() uintptr {
	if cap(b.data) == 0 {
		return 0
	}
	return uintptr(unsafe.Pointer(unsafe.SliceData(b.data)))
}

// pageShift sizes the registry's buckets: a block is listed in every
// bucket its bytes touch, so a lookup scans one short list.
const pageShift = 12

// registry maps addresses to live blocks. It holds weak pointers only:
// like C memory, an address stays valid only while an object owning the
// block is alive, and a stale address reads as unknown, never as freed
// memory.
var registry = struct {
	sync.Mutex
	gen   atomic.Uint64 // the fork generation whose threads may hold the lock
	pages map[uintptr][]weak.Pointer[block]
}{pages: map[uintptr][]weak.Pointer[block]{}}

// lockRegistry takes the registry's lock. A fork can happen while a
// cleanup goroutine of the parent holds it; that goroutine does not exist
// in the child, so the child takes the lock over instead of waiting.
func lockRegistry() {
	for !registry.TryLock() {
		if g := kr.ForkGeneration(); g != registry.gen.Load() {
			registry.Mutex = sync.Mutex{}
			registry.gen.Store(g)
			continue
		}
		runtime.Gosched()
	}
	registry.gen.Store(kr.ForkGeneration())
}

// maxBlock bounds one allocation: Go's make panics or aborts the process
// on sizes the machine cannot hold, where CPython's calloc fails softly.
const maxBlock = 1 << 36

// newBlock allocates a zeroed block of n bytes (at least one, so that
// every block has a distinct address); n must be at most maxBlock.
func newBlock(n int) *block {
	return &block{data: make([]byte, max(n, 1))[:n]}
}

// allocBlock is newBlock with CPython's MemoryError for sizes that cannot
// be allocated.
func allocBlock(n int) (*block, *kr.Exception) {
	if n < 0 || n > maxBlock {
		return nil, kr.NewException(kr.BuiltinExceptionType("MemoryError"))
	}
	return newBlock(n), nil
}

// foreignBlock wraps memory that another exporter owns.
func foreignBlock(data []byte, owner any) *block {
	return &block{data: data, owner: owner}
}

// address returns the address of byte off of b, registering b first:
// an address can only be looked up after it was handed out, so blocks
// whose address nobody asked for (most of them) cost no registration.
// The caller holds the GIL, which serializes the registered flag.
func (b *block) address(off int) uintptr {
	if !b.registered && cap(b.data) > 0 {
		b.registered = true
		register(b)
	}
	return b.addr() + uintptr(off)
}

// register lists b in the registry until b is collected.
func register(b *block) {
	start, n := b.addr(), uintptr(max(cap(b.data), 1))
	w := weak.Make(b)
	first, last := start>>pageShift, (start+n-1)>>pageShift
	lockRegistry()
	for p := first; p <= last; p++ {
		registry.pages[p] = append(registry.pages[p], w)
	}
	registry.Unlock()
	runtime.AddCleanup(b, unregister, pageRange{first, last, w})
}

type pageRange struct {
	first, last uintptr
	w           weak.Pointer[block]
}

// unregister removes a collected block's entries.
func unregister(r pageRange) {
	lockRegistry()
	defer registry.Unlock()
	for p := r.first; p <= r.last; p++ {
		list := registry.pages[p]
		for i, w := range list {
			if w == r.w {
				list[i] = list[len(list)-1]
				list = list[:len(list)-1]
				break
			}
		}
		if len(list) == 0 {
			delete(registry.pages, p)
		} else {
			registry.pages[p] = list
		}
	}
}

// lookup returns the live block holding address a and a's offset in it.
func lookup(a uintptr) (*block, int, bool) {
	lockRegistry()
	defer registry.Unlock()
	for _, w := range registry.pages[a>>pageShift] {
		b := w.Value()
		if b == nil {
			continue
		}
		start := b.addr()
		if a >= start && a-start < uintptr(max(len(b.data), 1)) {
			return b, int(a - start), true
		}
	}
	return nil, 0, false
}
