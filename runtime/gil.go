// This file defines the global interpreter lock (DESIGN.md §8) and the
// eval breaker: one atomic word the interpreter loop checks on back edges
// and calls, through which other goroutines ask the running thread to drop
// the GIL, to run pending calls (weakref callbacks, finalizers) or to run
// signal handlers.

package runtime

import (
	"sync"
	"sync/atomic"
	"time"
)

// The eval breaker bits.
const (
	breakGILDrop   uint32 = 1 << iota // a waiting thread asks the holder to switch
	breakPending                      // pendingAny has work (any thread runs it)
	breakMainCalls                    // pendingMain has work (the main thread runs it)
	breakStashed                      // a thread has an exception to raise at its next check
)

// evalBreaker is nonzero when the running thread must leave its fast path:
// the loop's check is one atomic load (DESIGN.md §8: 0.24 ns).
var evalBreaker atomic.Uint32

// gil is the global interpreter lock. The channel has capacity one and is
// full while a thread holds the lock. A release hands the slot directly to
// the longest-waiting acquirer (Go's buffered channels complete a blocked
// sender on receive), which gives CPython's forced switching: the thread
// that dropped the GIL on request cannot take it straight back.
//
// Until a second Python thread starts, the lock is not used at all
// (enabled is false): the main thread owns the interpreter alone.
type gilState struct {
	ch       chan struct{}
	enabled  atomic.Bool
	interval atomic.Int64 // switch interval in nanoseconds
}

var gil = gilState{ch: make(chan struct{}, 1)}

func init() { gil.interval.Store(int64(5 * time.Millisecond)) }

// enableGIL turns the lock on; the caller (the only running thread) then
// holds it.
func enableGIL() {
	if gil.enabled.Load() {
		return
	}
	EnsureNetpoll() // GIL waits use timers once threads run
	gil.ch <- struct{}{}
	gil.enabled.Store(true)
}

// takeGIL blocks until th holds the GIL and makes th the current thread.
// A waiter that waits a whole switch interval sets the drop request.
func takeGIL(th *Thread) {
	select {
	case gil.ch <- struct{}{}:
	default:
		iv := switchWait()
		timer := time.NewTimer(iv)
	wait:
		for {
			select {
			case gil.ch <- struct{}{}:
				timer.Stop()
				break wait
			case <-timer.C:
				evalBreaker.Or(breakGILDrop)
				timer.Reset(iv)
			}
		}
	}
	abandonIfForked(th)
	evalBreaker.And(^breakGILDrop)
	curThread = th
	if th.isMain && mainCallsPending.Load() {
		evalBreaker.Or(breakMainCalls)
	}
	if anyPending.Load() {
		evalBreaker.Or(breakPending)
	}
	if th.stashed != nil {
		evalBreaker.Or(breakStashed)
	}
}

// dropGIL releases the GIL held by the current thread.
func dropGIL() { <-gil.ch }

// ReleaseGIL lets other Python threads run while the caller does something
// that blocks (I/O, sleeping, waiting on a lock). It returns the function
// that takes the GIL back; the caller must not touch Python objects in
// between:
//
//	reacquire := runtime.ReleaseGIL()
//	n, err := f.Read(buf)
//	reacquire()
func ReleaseGIL() (reacquire func()) {
	if forkedChild.Load() {
		return releaseGILInChild() // mem11_forkprocs.go
	}
	if !gil.enabled.Load() {
		return func() {}
	}
	th := curThread
	dropGIL()
	return func() { takeGIL(th) }
}

// BlockingCall runs fn with the GIL released (see ReleaseGIL).
func BlockingCall(fn func()) {
	re := ReleaseGIL()
	fn()
	re()
}

// SetSwitchInterval sets sys.setswitchinterval's interval in seconds.
// CPython keeps it in whole microseconds, so tiny values read back as 0.
func SetSwitchInterval(s float64) *Exception {
	if !(s > 0) {
		return NewValueError("switch interval must be strictly positive")
	}
	gil.interval.Store(int64(s*1e6) * 1000)
	return nil
}

// SwitchInterval returns sys.getswitchinterval() in seconds.
func SwitchInterval() float64 { return float64(gil.interval.Load()/1000) / 1e6 }

// switchWait is how long a thread waits for the GIL before it asks the
// holder to drop it.
func switchWait() time.Duration { return max(time.Duration(gil.interval.Load()), time.Microsecond) }

// Pending calls: functions queued from any goroutine (GC cleanups, the
// signal watcher) to run on an interpreter thread holding the GIL.
var (
	pendingMu        sync.Mutex
	pendingAny       []func()
	pendingMain      []func() *Exception
	anyPending       atomic.Bool
	mainCallsPending atomic.Bool
)

// AddPendingCall queues fn to run on whichever Python thread next checks
// the eval breaker (or in gc.collect). It may be called from any goroutine.
// fn runs with the GIL held; it reports its own errors (as unraisable).
func AddPendingCall(fn func()) {
	pendingMu.Lock()
	pendingAny = append(pendingAny, fn)
	anyPending.Store(true)
	pendingMu.Unlock()
	evalBreaker.Or(breakPending)
}

// AddMainPendingCall queues fn to run on the main thread at its next eval
// breaker check; an exception it returns is raised there (signal handlers).
// It may be called from any goroutine, and wakes the main thread from an
// interruptible wait (Sleep, lock acquisition).
func AddMainPendingCall(fn func() *Exception) {
	pendingMu.Lock()
	pendingMain = append(pendingMain, fn)
	mainCallsPending.Store(true)
	pendingMu.Unlock()
	evalBreaker.Or(breakMainCalls)
	select {
	case mainInterrupt <- struct{}{}:
	default:
	}
}

// mainInterrupt wakes the main thread from an interruptible wait.
var mainInterrupt = make(chan struct{}, 1)

// RunPendingCalls runs the queued pending calls (not the main-thread
// ones); gc.collect calls it after a collection.
func RunPendingCalls() {
	for anyPending.Load() {
		pendingMu.Lock()
		calls := pendingAny
		pendingAny = nil
		anyPending.Store(false)
		pendingMu.Unlock()
		runPending(calls)
	}
}

func runPending(calls []func()) {
	inPendingCalls++
	defer func() { inPendingCalls-- }()
	for _, fn := range calls {
		fn()
	}
}

// runPendingCallsUntraced is RunPendingCalls at an eval breaker check:
// trace and profile functions do not see those calls, which would reach
// them at whatever point the collector's timing picks (and one raising
// there would be uninstalled for the traced program); CPython runs them
// where the program drops the reference. gc.collect() runs them traced.
func runPendingCallsUntraced(th *Thread) {
	if th.lockBlocks > 0 {
		return // until the lock's with block ends (fsrv17_lockblock.go)
	}
	if inPendingCalls > 0 {
		// Inside a finalizer: the running RunPendingCalls loop takes the
		// new ones after it. Run here, one would see the state the outer
		// finalizer is halfway through (a lock it holds: fsrv17 case).
		return
	}
	if tr := th.tr; tr != nil {
		tr.busy++
		defer func() { tr.busy-- }()
	}
	RunPendingCalls()
}

// inPendingCalls counts the RunPendingCalls running on the GIL holder:
// __del__ methods and weakref callbacks run as if at the moment the last
// reference went, so a signal handler waits until they finish instead of
// raising into them (which the collector's timing would make random).
var inPendingCalls int

// runMainPendingCalls runs the main-thread calls, stopping at the first
// exception (the rest stay queued, as CPython's pending signals do).
func runMainPendingCalls() *Exception {
	for mainCallsPending.Load() {
		pendingMu.Lock()
		if len(pendingMain) == 0 {
			mainCallsPending.Store(false)
			pendingMu.Unlock()
			return nil
		}
		fn := pendingMain[0]
		pendingMain = pendingMain[1:]
		if len(pendingMain) == 0 {
			mainCallsPending.Store(false)
		}
		pendingMu.Unlock()
		if err := fn(); err != nil {
			if mainCallsPending.Load() {
				evalBreaker.Or(breakMainCalls)
			}
			return err
		}
	}
	return nil
}

// handleEvalBreaker does what the eval breaker asks for; the loop calls it
// when evalBreaker is nonzero. An error is raised at the current
// instruction.
//
//go:noinline
func (th *Thread) handleEvalBreaker() *Exception {
	b := evalBreaker.Load()
	if b&breakStashed != 0 {
		evalBreaker.And(^breakStashed)
		if err := th.stashed; err != nil {
			th.stashed = nil
			return err
		}
	}
	if b&breakPending != 0 {
		evalBreaker.And(^breakPending)
		runPendingCallsUntraced(th)
	}
	if b&breakMainCalls != 0 && inPendingCalls == 0 {
		// Only the main thread runs these; it sets the bit again when it
		// takes the GIL back, so other threads clear it and go on.
		evalBreaker.And(^breakMainCalls)
		if th.isMain {
			if err := runMainPendingCalls(); err != nil {
				return err
			}
		}
	}
	if b&breakGILDrop != 0 && gil.enabled.Load() {
		dropGIL()
		takeGIL(th)
	}
	collectOnRequest(b)     // mem10_gcrequest.go
	dropAbandonedGen(th, b) // compat17a_abandoned_gen.go
	return nil
}

// CheckEvalBreaker runs the eval breaker's pending work now (for Go code
// in long loops, and for the interruptible waits).
func CheckEvalBreaker() *Exception {
	if evalBreaker.Load() == 0 {
		return nil
	}
	return curThread.handleEvalBreaker()
}

// backEdgeBreak is the eval breaker check of a compare-and-branch back
// edge (a while loop's test), where the loop cannot raise: it switches
// threads and runs pending calls and signal handlers; an exception a
// handler raises is stashed and raised at the thread's next check that
// can raise (JUMP_BACK, FOR_LOOP, a call).
//
//go:noinline
func backEdgeBreak() {
	th := curThread
	b := evalBreaker.Load()
	if b&breakPending != 0 {
		evalBreaker.And(^breakPending)
		runPendingCallsUntraced(th)
	}
	if b&breakMainCalls != 0 && inPendingCalls == 0 {
		evalBreaker.And(^breakMainCalls)
		if th.isMain && th.stashed == nil {
			if err := runMainPendingCalls(); err != nil {
				th.stashed = err
				evalBreaker.Or(breakStashed)
			}
		}
	}
	if b&breakGILDrop != 0 && gil.enabled.Load() {
		dropGIL()
		takeGIL(th)
	}
	collectOnRequest(b) // mem10_gcrequest.go
}

// interruptFor returns the channel that interrupts th's blocking waits:
// signals wake only the main thread, which runs their handlers.
func interruptFor(th *Thread) chan struct{} {
	if th.isMain {
		return mainInterrupt
	}
	return nil
}

// runInterrupt runs the main thread's pending calls after a wait was
// interrupted; the GIL is held.
func runInterrupt() *Exception {
	evalBreaker.And(^breakMainCalls)
	return runMainPendingCalls()
}

// AcquireChan waits with the GIL released until a send on ch succeeds
// (ch is a lock: a channel of capacity one, full when locked), for at most
// timeout (forever when negative). It reports whether it acquired. On the
// main thread a signal interrupts the wait to run the Python handlers; if
// one raises, the wait ends with its exception, as CPython's lock
// acquisition does (PEP 475).
func AcquireChan(ch chan struct{}, timeout time.Duration) (bool, *Exception) {
	select {
	case ch <- struct{}{}:
		return true, nil
	default:
	}
	if timeout == 0 {
		return false, nil
	}
	th := curThread
	var deadline <-chan time.Time
	if timeout > 0 {
		EnsureNetpoll()
		t := time.NewTimer(timeout)
		defer t.Stop()
		deadline = t.C
	}
	stall := newStallWait(th, timeout)
	defer stall.stop()
	for {
		re := ReleaseGIL()
		var got, interrupted, stalled bool
		select {
		case ch <- struct{}{}:
			got = true
		case <-deadline:
		case <-interruptFor(th):
			interrupted = true
		case <-stall.C():
			stalled = true
		}
		re()
		if stalled {
			stall.collect()
			continue
		}
		if !interrupted {
			return got, nil
		}
		if err := runInterrupt(); err != nil {
			return false, err
		}
	}
}

// Sleep blocks for d with the GIL released (time.sleep). On the main
// thread a signal handler that raises ends the sleep with its exception;
// otherwise the sleep goes on for the rest of d.
func Sleep(d time.Duration) *Exception {
	EnsureNetpoll() // before the first timer (mem12_netpoll.go)
	th := curThread
	t := time.NewTimer(d)
	defer t.Stop()
	for {
		re := ReleaseGIL()
		interrupted := false
		select {
		case <-t.C:
		case <-interruptFor(th):
			interrupted = true
		}
		re()
		if !interrupted {
			return nil
		}
		if err := runInterrupt(); err != nil {
			return err
		}
	}
}
