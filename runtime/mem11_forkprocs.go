// This file records how many Ps a forked child should run with.
//
// Why: the GC driver (cmd/krait/mem10_gcdriver.go) runs the parent on one
// P. A forked child has no sysmon thread (docs/design/fork.md), and sysmon
// is what takes a P back from a goroutine blocked in a system call: a
// child on one P whose Python thread blocks in read(2) stops every other
// goroutine (seen: a multiprocessing child whose main thread waited, with
// a timeout, for a lock that a runnable thread would release). The child
// therefore gets back the Ps the process had before the driver reduced
// them, as it had before the driver existed.

package runtime

import (
	goruntime "runtime"
	"sync/atomic"
)

// forkChildProcs is the GOMAXPROCS a forked child restores; 0 means the
// value the parent had at the fork.
var forkChildProcs atomic.Int32

// SetForkChildProcs records n as the Ps a forked child runs with.
func SetForkChildProcs(n int) { forkChildProcs.Store(int32(n)) }

// ForkChildProcs returns the Ps a forked child should run with, given the
// parent's count at the fork: at least 2, so that one goroutine blocked in a
// system call (which nothing takes the P back from in the child) leaves a
// P for the others.
func ForkChildProcs(parent int) int {
	return max(parent, int(forkChildProcs.Load()), 2)
}

// A forked child has no sysmon, so a P stays with a goroutine blocked in a
// system call until the call returns, and runnable goroutines wait for a
// free P: a multiprocessing manager's server process, whose threads block
// reading their connections, stopped accepting new ones once its two Ps
// were held that way (test_multiprocessing_fork's test_pool_initializer
// hung). In the child, each call that releases the GIL to block first
// makes sure the Ps outnumber the blocked calls by two: one for the GIL
// holder, which may itself block, and one for everything else. Growing
// GOMAXPROCS stops the world, which takes back the Ps of the blocked
// calls, and starting it wakes a thread for any P with waiting work.

// forkedChild is set in a forked child once its scheduler is repaired.
var forkedChild atomic.Bool

// childBlocked counts the child's calls blocked with the GIL released.
var childBlocked atomic.Int32

// childProcsMax bounds the growth (Go's limit is 1024; a child blocking
// that many threads at once is not a case worth more).
const childProcsMax = 256

// SetForkedChild marks the process as a forked child (modules/posix).
func SetForkedChild() { forkedChild.Store(true) }

// childBlockEnter is called before a blocking call in a forked child.
func childBlockEnter() {
	n := int(childBlocked.Add(1)) + 2
	if n <= childProcsMax && n > goruntime.GOMAXPROCS(0) {
		goruntime.GOMAXPROCS(n)
	}
}

// childBlockExit is called when the blocking call has returned. The Ps
// stay: shrinking would stop the world on every call.
func childBlockExit() { childBlocked.Add(-1) }

// releaseGILInChild is ReleaseGIL in a forked child.
func releaseGILInChild() (reacquire func()) {
	childBlockEnter()
	if !gil.enabled.Load() {
		return childBlockExit
	}
	th := curThread
	dropGIL()
	return func() {
		childBlockExit()
		takeGIL(th)
	}
}
