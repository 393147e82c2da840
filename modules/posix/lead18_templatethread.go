// This file gives a forked child its own template thread.
//
// Why: a goroutine locked to its OS thread (a Python thread pinned by
// time.thread_time, runtime/thread_pin.go) cannot start a thread itself;
// the Go runtime asks its "template thread" to, and starts that thread
// once per process. A forked child does not have the parent's template
// thread but the runtime believes it does, so the first time the pinned
// child needed a new thread (a P to hand to another M, often at its first
// collection) the request waited for ever and the next stop-the-world
// hung (lead16/thread_time_monotonic: 4 of 50 forks after an allocating
// loop). The child clears the runtime's record of it (found through the
// binary's symbol table, as the runtime does not export it), unlocks the
// goroutine, and locks it again: LockOSThread, seeing no template thread,
// starts one from the unlocked thread.

package posix

import (
	"debug/elf"
	"sync"
	"unsafe"

	goruntime "runtime"

	kr "krait/runtime"
)

// newmHandoffMirror mirrors the runtime's newmHandoff (Go 1.26, static
// lock ranking off): 40 bytes, which the symbol's size confirms.
type newmHandoffMirror struct {
	lock               uintptr
	newm               uintptr
	waiting            bool
	wake               uintptr
	haveTemplateThread uint32
}

var (
	handoffOnce sync.Once
	handoffAddr unsafe.Pointer // nil when not found
)

// findNewmHandoff locates the runtime's newmHandoff from the executable's
// symbol table, relative to runtime.sched (linknamed), so a position-
// independent binary works too. A stripped binary leaves it nil.
func findNewmHandoff() {
	f, err := elf.Open("/proc/self/exe")
	if err != nil {
		return
	}
	defer f.Close()
	syms, err := f.Symbols()
	if err != nil {
		return
	}
	var handoff, sched *elf.Symbol
	for i := range syms {
		switch syms[i].Name {
		case "runtime.newmHandoff":
			handoff = &syms[i]
		case "runtime.sched":
			sched = &syms[i]
		}
	}
	if handoff == nil || sched == nil || handoff.Size != uint64(unsafe.Sizeof(newmHandoffMirror{})) {
		return
	}
	handoffAddr = unsafe.Add(unsafe.Pointer(&runtimeSched), int64(handoff.Value)-int64(sched.Value))
}

// forkingThreadPinned reports whether the Python thread calling fork is
// pinned to its OS thread.
func forkingThreadPinned() bool { return kr.CurrentThread().Pinned() }

// prepareTemplateThread runs in the parent before the clone when the
// forking thread is pinned, so the child need not read the binary.
func prepareTemplateThread(pinned bool) {
	if pinned {
		handoffOnce.Do(findNewmHandoff)
	}
}

// restartTemplateThread runs in the child, on its only thread, before
// anything can need another thread. pinned says the goroutine holds the
// one LockOSThread of PinOSThread.
func restartTemplateThread(pinned bool) {
	if !pinned || handoffAddr == nil {
		return
	}
	h := (*newmHandoffMirror)(handoffAddr)
	if h.haveTemplateThread != 1 {
		return // not the layout expected, or never started: leave it
	}
	*h = newmHandoffMirror{}
	goruntime.UnlockOSThread()
	goruntime.LockOSThread() // starts the template thread, then locks
}
