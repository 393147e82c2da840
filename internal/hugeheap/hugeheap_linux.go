package hugeheap

import (
	"sync"
	"syscall"
	"unsafe"
)

const (
	madvHugePage   = 14 // MADV_HUGEPAGE
	madvNoHugePage = 15 // MADV_NOHUGEPAGE

	stepBytes  = 4 << 20  // Go maps the heap in steps of this size, aligned to it
	arenaBytes = 64 << 20 // the heap's address space is reserved in arenas of this size
	spanBytes  = 32 << 20 // how much of the heap's first arena is advised
)

var (
	mu     sync.Mutex // orders Advise (interpreter) and Stop (finalizer goroutine)
	on     bool       // Advise still marks the range
	lo, hi uintptr    // the advised range
	probe  *[16]byte  // an early allocation, in the heap's first step
)

// init finds the heap's first step from an allocation made while the heap
// is still within it (this package depends on nothing that allocates much,
// so it initializes before Krait's allocating packages) and advises the
// range that start-up will grow into, when KRAIT_HUGEHEAP=1 asks for it.
func init() {
	if v, _ := syscall.Getenv("KRAIT_HUGEHEAP"); v == "1" {
		enable()
	}
}

// enable finds the range and advises it.
func enable() {
	probe = new([16]byte)
	p := uintptr(unsafe.Pointer(probe))
	lo = p &^ (stepBytes - 1)
	hi = min(lo+spanBytes, (p+arenaBytes)&^(arenaBytes-1))
	on = true
	Advise()
}

// Advise marks the range for huge pages again, covering the heap steps Go
// has mapped since the last call. It costs one system call.
func Advise() {
	mu.Lock()
	if on {
		madvise(madvHugePage)
	}
	mu.Unlock()
}

// Pause takes the advice back until the next Advise.
func Pause() {
	mu.Lock()
	if on {
		madvise(madvNoHugePage)
	}
	mu.Unlock()
}

// Stop takes the advice back, for good.
func Stop() {
	mu.Lock()
	if on {
		on = false
		madvise(madvNoHugePage)
	}
	mu.Unlock()
}

// madvise applies advice to the range. The range may include address space
// Go reserved but has not mapped yet: the advice still reaches the mapped
// parts, and the error for the rest means nothing here.
func madvise(advice uintptr) {
	syscall.Syscall(syscall.SYS_MADVISE, lo, hi-lo, advice)
}
