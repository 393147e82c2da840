// This file keeps the __del__ methods and weakref callbacks that a Go
// collection made due from running inside a `with` block of a
// non-reentrant lock.
//
// CPython runs a finalizer where the last reference goes, which code
// holding a lock rarely does; Krait learns of deaths from the Go
// collector, whose timing is arbitrary, and runs the finalizers at the
// next eval breaker check of whichever thread. Inside `with self._lock:`
// a finalizer that takes the same lock deadlocks the thread:
// multiprocessing's ResourceTracker.ensure_running holds its Lock while it
// writes to the tracker, and a SemLock's finalizer calls
// ResourceTracker.unregister, which enters ensure_running again
// (test_multiprocessing_forkserver hung there; CPython 3.12.1 hit the same
// with its cycle collector, gh-109629). So the eval breaker leaves the
// queued calls to other threads, or to this one once its last such block
// ends. gc.collect(), a prompt `del` and a stalled wait still run them
// where they are asked for.

package runtime

// EnterLockBlock notes that the current thread entered a `with` block of
// a non-reentrant lock; the returned counter is given to ExitLockBlock
// when the block ends (on whichever thread that happens).
func EnterLockBlock() *int32 {
	th := curThread
	th.lockBlocks++
	return &th.lockBlocks
}

// ExitLockBlock notes the end of the block counted by n, and has the queued
// pending calls run at the next eval breaker check once none is open.
func ExitLockBlock(n *int32) {
	if n == nil || *n <= 0 {
		return
	}
	*n--
	if *n == 0 && anyPending.Load() {
		evalBreaker.Or(breakPending)
	}
}
