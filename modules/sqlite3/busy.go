// This file defines the busy handler that replaces sqlite3_busy_timeout:
// the same back-off schedule, but each wait sleeps with the GIL released,
// as CPython releases it around every SQLite call, so that another Python
// thread holding the lock can run and commit.
package sqlite3mod

import (
	"sync"
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

// busyCallback is the busy handler: it returns 0 to give up once the
// timeout is spent, else sleeps and returns 1 to retry.
func busyCallback(tls *libc.TLS, p uintptr, count int32) int32 {
	h := lookupHandle(p)
	if h == nil {
		return 0
	}
	timeout := h.busyMS
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
	if h.releaseInBusy && !h.gilReleased {
		runtime.BlockingCall(func() { time.Sleep(d) })
	} else {
		time.Sleep(d)
	}
	return 1
}

// setBusyTimeout installs the busy handler for a timeout in milliseconds.
// The GIL is released while waiting only when the connection cannot be
// shared between threads: another thread could otherwise block on SQLite's
// own mutex for this database while holding the GIL.
func (h *dbHandle) setBusyTimeout(ms int64, releaseGIL bool) {
	h.busyMS = ms
	h.releaseInBusy = releaseGIL
	if ms <= 0 {
		sqlite.Xsqlite3_busy_handler(h.tls, h.db, 0, 0)
		return
	}
	sqlite.Xsqlite3_busy_handler(h.tls, h.db, cFuncPointer(busyCallback), h.id)
}

var (
	handlesMu  sync.Mutex
	handles            = map[uintptr]*dbHandle{}
	nextHandle uintptr = 1
)

// registerHandle gives h the id SQLite passes back to the busy handler.
func registerHandle(h *dbHandle) {
	handlesMu.Lock()
	h.id = nextHandle
	nextHandle++
	handles[h.id] = h
	handlesMu.Unlock()
}

func lookupHandle(id uintptr) *dbHandle {
	handlesMu.Lock()
	defer handlesMu.Unlock()
	return handles[id]
}

func forgetHandle(h *dbHandle) {
	handlesMu.Lock()
	delete(handles, h.id)
	handlesMu.Unlock()
}

// step runs sqlite3_step on a statement of c. When no Python code can run
// inside it (no callbacks registered, and the connection is confined to
// its thread), the GIL is released around it, as CPython does, so that a
// long query does not stall the other Python threads. Handing the GIL
// over costs microseconds, more than fetching a row usually takes, so a
// step that fetches the next row keeps it unless the statement's previous
// step was slow (first is set for the step that starts a statement, which
// is where sorting and aggregation happen).
func (c *connection) step(s *statement, first bool) int32 {
	h := c.h
	release := c.checkSameThread && !c.hasCallbacks && (first || s.slow)
	start := time.Now()
	var rc int32
	if release {
		h.gilReleased = true
		runtime.BlockingCall(func() { rc = sqlite.Xsqlite3_step(h.tls, s.st) })
		h.gilReleased = false
	} else {
		rc = sqlite.Xsqlite3_step(h.tls, s.st)
	}
	s.slow = time.Since(start) > slowStep
	return rc
}

// slowStep is how long a step must take for the next one to release the GIL.
const slowStep = 200 * time.Microsecond
