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

import "sync/atomic"

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
