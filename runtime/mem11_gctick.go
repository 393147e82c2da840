// This file defines the GC driver's ticker: a thread that, without
// holding a P, asks the interpreter every few milliseconds to compare the
// allocation count with the driver's threshold (collectOnRequest).
//
// Why: the driver first used a goroutine that polled the allocation
// count on a timer. With the scheduler on one P (the driver's default),
// that goroutine only ran when sysmon preempted the interpreter, every
// 10 ms, so at 600 MB/s a collection started 6-7 MB past its threshold
// and the heap peaked near twice the intended headroom (fannkuch: armed
// for 8 MiB, collected at 11-15 MiB). The ticker's goroutine gives up its
// P for good (entersyscallblock, as a goroutine entering a blocking
// system call does) and then only sleeps and sets a breaker bit, which
// needs no P; the interpreter reads the allocation count at its next
// breaker check and collects when the threshold is passed.

//go:build !race

package runtime

import (
	"sync/atomic"
	"syscall"
	"unsafe"
)

//go:linkname entersyscallblock runtime.entersyscallblock
func entersyscallblock()

// gcTickSleep is the ticker's sleep; the interpreter shortens or lengthens
// it after each check (gcTickCheck). Read-only for the ticker thread
// between its sleeps.
var gcTickSleep = syscall.Timespec{Nsec: 1e6}

// gcTickStarted says the ticker thread runs.
var gcTickStarted atomic.Bool

// startGCTicker starts the ticker thread once; false if it cannot run here.
func startGCTicker() bool {
	if gcTickStarted.CompareAndSwap(false, true) {
		go gcTickLoop()
	}
	return true
}

// gcTickLoop never returns. After entersyscallblock the goroutine has no P
// and its stack may not grow: everything below is nosplit or inlined, and
// nothing allocates or stores a pointer.
//
//go:nosplit
//go:norace
func gcTickLoop() {
	entersyscallblock()
	for {
		syscall.RawSyscall(syscall.SYS_NANOSLEEP, uintptr(unsafe.Pointer(&gcTickSleep)), 0, 0)
		if gcTickNext.Load() != 0 {
			evalBreaker.Or(breakGC)
		}
	}
}
