// This file defines how time.sleep waits. Go's timers wake a sleeping
// goroutine with about a millisecond of slack on Linux (time.Sleep(1µs)
// measured 418 µs under load, CPython's clock_nanosleep 135 µs), which made
// code sleeping a microsecond per step (test_gc's trashcan test runs
// ~200,000 such __del__ calls at one gc.collect) take minutes.

package time

import (
	goruntime "runtime"
	"syscall"
	gotime "time"

	"krait/runtime"
)

// spinSleepMax is the longest sleep done by yielding the processor until
// the deadline instead of arming a timer: shorter than a timer's slack.
const spinSleepMax = 50 * gotime.Microsecond

// sleepFor waits d (the GIL already released), at least d and as little
// more as the kernel allows.
func sleepFor(d gotime.Duration) {
	switch {
	case d <= 0:
		goruntime.Gosched()
	case d <= spinSleepMax:
		deadline := gotime.Now().Add(d)
		for gotime.Now().Before(deadline) {
			goruntime.Gosched()
		}
	case d < gotime.Millisecond:
		// nanosleep blocks this OS thread precisely; Go hands the
		// processor to another thread meanwhile. A signal cuts it short
		// (EINTR) with the time left in ts.
		ts := syscall.NsecToTimespec(int64(d))
		for syscall.Nanosleep(&ts, &ts) == syscall.EINTR {
		}
	default:
		runtime.EnsureNetpoll() // before the first timer
		gotime.Sleep(d)
	}
}
