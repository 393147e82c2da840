//go:build go1.26 && !go1.27 && linux && (amd64 || arm64)

// This file defines the repair of the Go scheduler's state in a forked
// child. The child has only the forking thread, but the scheduler still
// lists the parent's idle threads (Ms) as ready to be woken: handing a P to
// one of them loses the P, and the next stop-the-world waits for it
// forever. The child therefore forgets those idle Ms, so that the scheduler
// starts fresh threads when it needs them, and clears the "a thread is
// blocked in netpoll" and "a thread is spinning" marks that dead threads may
// have left. The scheduler is runtime.sched (linknamed: gvisor uses it, so
// the symbol stays; its layout is Go 1.26's, hence the build tag, and
// schedFixable checks it before the child relies on it).

package posix

import "unsafe"

//go:linkname runtimeSched runtime.sched
var runtimeSched schedPrefix

// schedPrefix mirrors the first fields of the runtime's schedt (Go 1.26,
// static lock ranking off). Pointer fields of the runtime that it declares
// uintptr are declared unsafe.Pointer here only to read them without
// integer-to-pointer conversions.
type schedPrefix struct {
	goidgen      uint64
	lastpoll     int64
	pollUntil    int64
	pollingNet   int32
	lock         uintptr // mutex.key
	midleObj     unsafe.Pointer
	midleInit    bool
	midleNodeOff uintptr
	nmidle       int32
	nmidlelocked int32
	mnext        int64
	maxmcount    int32
	nmsys        int32
	nmfreed      int64
	ngsys        int32
	nGsyscallNoP int32
	pidle        unsafe.Pointer
	npidle       int32
	nmspinning   int32
	needspinning uint32
}

// mListNode mirrors listNodeManual, the idle list's links inside an m.
type mListNode struct {
	prev, next unsafe.Pointer
}

// schedFixable reports whether runtime.sched looks like the layout above:
// the default thread limit, an initialized idle list with a small node
// offset, and counts in range.
func schedFixable() bool {
	s := &runtimeSched
	return s.maxmcount == 10000 && s.midleInit && s.midleNodeOff > 0 && s.midleNodeOff < 4096 &&
		s.nmidle >= 0 && int64(s.nmidle) <= s.mnext && s.mnext > 0 && s.mnext < 10000 &&
		s.nmsys >= 0 && s.nmsys < 8 && s.npidle >= 0 && s.npidle <= 1
}

// schedLockFree reports whether the scheduler lock was free at the fork
// (a thread that vanished may have held it; the child then cannot go on).
func schedLockFree() bool { return runtimeSched.lock == 0 }

// fixSchedInChild forgets the parent's threads. It runs in the child before
// any scheduling happens, so nothing else reads these fields meanwhile.
func fixSchedInChild() {
	s := &runtimeSched
	for m := s.midleObj; m != nil; {
		node := (*mListNode)(unsafe.Add(m, s.midleNodeOff))
		m = node.next
		node.prev, node.next = nil, nil
	}
	s.midleObj = nil
	s.nmidle = 0
	s.nmspinning = 0
	s.needspinning = 0
	s.pollingNet = 0
	if s.lastpoll == 0 {
		// A parent thread was blocked in netpoll: the child has none.
		s.lastpoll = 1
	}
	s.pollUntil = 0
}
