// This file defines the busy handler that replaces sqlite3_busy_timeout:
// the same back-off schedule, but each wait sleeps with the GIL released,
// as CPython releases it around every SQLite call, so that another Python
// thread holding the lock can run and commit.
package sqlite3mod

import (
	"time"

	"modernc.org/libc"
	sqlite "modernc.org/sqlite/lib"

	"krait/runtime"
)

// busyDelays and busyTotals are SQLite's back-off schedule (milliseconds
// per retry and their running sums).
var (
	busyDelays = [...]int64{1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100}
	busyTotals = [...]int64{0, 1, 3, 8, 18, 33, 53, 78, 103, 128, 178, 228}
)

// busyArg packs the timeout and whether the GIL may be released into the
// handler's user-data word. The GIL is kept when the connection may be
// shared between threads: another thread could then block on SQLite's own
// mutex for this database while holding the GIL.
func busyArg(ms int64, release bool) uintptr {
	a := uintptr(ms) << 1
	if release {
		a |= 1
	}
	return a
}

// busyCallback is the busy handler: it returns 0 to give up once the
// timeout is spent, else sleeps and returns 1 to retry.
func busyCallback(tls *libc.TLS, p uintptr, count int32) int32 {
	timeout := int64(p >> 1)
	var delay, prior int64
	if int(count) < len(busyDelays) {
		delay, prior = busyDelays[count], busyTotals[count]
	} else {
		delay = busyDelays[len(busyDelays)-1]
		prior = busyTotals[len(busyTotals)-1] + delay*int64(int(count)-len(busyTotals)+1)
	}
	if prior+delay > timeout {
		delay = timeout - prior
		if delay <= 0 {
			return 0
		}
	}
	d := time.Duration(delay) * time.Millisecond
	if p&1 != 0 {
		runtime.BlockingCall(func() { time.Sleep(d) })
	} else {
		time.Sleep(d)
	}
	return 1
}

// setBusyTimeout installs the busy handler for a timeout in milliseconds.
func setBusyTimeout(tls *libc.TLS, db uintptr, ms int64, releaseGIL bool) {
	if ms <= 0 {
		sqlite.Xsqlite3_busy_handler(tls, db, 0, 0)
		return
	}
	sqlite.Xsqlite3_busy_handler(tls, db, cFuncPointer(busyCallback), busyArg(ms, releaseGIL))
}
