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

	// The fields up to sysmonlock, mirrored only to find sysmonlock.
	runq             gQueueMirror
	disableUser      bool
	disableRunnable  gQueueMirror
	gFreeLock        uintptr
	gFreeStack       gListMirror
	gFreeNoStack     gListMirror
	sudoglock        uintptr
	sudogcache       unsafe.Pointer
	deferlock        uintptr
	deferpool        unsafe.Pointer
	freem            unsafe.Pointer
	gcwaiting        bool
	stopwait         int32
	stopnote         uintptr
	sysmonwait       bool
	sysmonnote       uintptr
	safePointFn      unsafe.Pointer
	safePointWait    int32
	safePointNote    uintptr
	profilehz        int32
	procresizetime   int64
	totaltime        int64
	customGOMAXPROCS bool
	sysmonlock       uintptr // mutex.key
}

// gQueueMirror and gListMirror mirror the runtime's gQueue and gList.
type gQueueMirror struct {
	head, tail uintptr
	size       int32
}

type gListMirror struct {
	head uintptr
	size int32
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
// When the mirror is trusted it also checks sysmonlock: sysmon holds it
// for everything it does besides sleeping, and inside that takes locks no
// check here can see (the scavenger's, the heap's); a child forked while
// sysmon was busy found the scavenger lock held for ever at its first
// collection.
func schedLockFree(mirrorOK bool) bool {
	s := &runtimeSched
	if s.lock != 0 {
		return false
	}
	return !mirrorOK || s.sysmonlock == 0 && s.gFreeLock == 0 && s.sudoglock == 0 && s.deferlock == 0
}

// runtimeNanotime is the runtime's monotonic clock (linknamed; many
// packages use it, so the symbol stays).
//
//go:linkname runtimeNanotime runtime.nanotime
func runtimeNanotime() int64

// schedMirrorOK is checked in the parent right after runtime.GOMAXPROCS(1),
// given runtimeNanotime before and after that call: the call set
// customGOMAXPROCS and stamped procresizetime between the two readings,
// which pins the mirror's offsets up to sysmonlock.
func schedMirrorOK(before, after int64) bool {
	s := &runtimeSched
	return schedFixable() && s.customGOMAXPROCS && s.procresizetime >= before && s.procresizetime <= after
}

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
