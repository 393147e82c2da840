// This file defines the collection a long blocking wait runs: the stand-in
// for the promptness of CPython's reference counting where a program
// waits on something that only garbage still holds.

package runtime

import (
	"sync"
	"sync/atomic"
	"time"
)

// A thread that waits on a lock for long may be waiting on an object that
// is already garbage: a socket whose last reference was dropped (CPython
// closes it at once, so the peer thread sees end-of-file and exits), an
// executor whose weakref callback would wake its workers. Such a wait runs
// a collection, as gc.collect() does, after stallFirst, then at doubling
// intervals. Collections for stalled waits take at most stallBudget of the
// process's time (after a small allowance), so a server whose idle worker
// threads wait on queues all day pays little for them. gc.disable() does
// not stop them: they stand for reference counting, not the cycle
// collector.
const (
	stallFirst     = 100 * time.Millisecond
	stallMax       = 64 * time.Second
	stallBudget    = 0.02
	stallAllowance = 200 * time.Millisecond
)

var (
	stallMu      sync.Mutex
	stallLast    time.Time
	stallSpent   time.Duration
	stallRunning atomic.Bool
	processStart = time.Now()
)

// stallWait is the stall timer of one blocking wait.
type stallWait struct {
	t    *time.Timer
	next time.Duration
}

// newStallWait returns the stall timer for th's wait of timeout (forever
// when negative), or nil when the wait is too short to stall. Only the
// main thread collects: the finalizers a collection runs then run where
// CPython runs pending calls, not inside some worker's queue.get().
func newStallWait(th *Thread, timeout time.Duration) *stallWait {
	if !th.isMain || timeout >= 0 && timeout <= stallFirst {
		return nil
	}
	EnsureNetpoll()
	return &stallWait{t: time.NewTimer(stallFirst), next: 2 * stallFirst}
}

// C is the timer's channel; nil (never ready) for a nil stallWait.
func (w *stallWait) C() <-chan time.Time {
	if w == nil {
		return nil
	}
	return w.t.C
}

// stop releases the timer.
func (w *stallWait) stop() {
	if w != nil {
		w.t.Stop()
	}
}

// collect runs a collection for the stalled wait when the budget allows
// and no other thread just ran one, then re-arms the timer; the GIL is
// held.
func (w *stallWait) collect() {
	defer func() {
		w.t.Reset(w.next)
		w.next = min(2*w.next, stallMax)
	}()
	if !stallRunning.CompareAndSwap(false, true) {
		return
	}
	defer stallRunning.Store(false)
	stallMu.Lock()
	allowed := stallAllowance + time.Duration(stallBudget*float64(time.Since(processStart)))
	due := time.Since(stallLast) >= stallFirst && stallSpent < allowed
	stallMu.Unlock()
	if !due {
		return
	}
	start := time.Now()
	Collect()
	stallMu.Lock()
	stallLast = time.Now()
	stallSpent += stallLast.Sub(start)
	stallMu.Unlock()
}
