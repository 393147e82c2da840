// This file defines how a connection recovers from statements that a dead
// cursor left running. CPython resets a cursor's statement the moment its
// last reference goes (del cur); Krait's objects die at a garbage
// collection, so a table stays locked by such a statement until then. When
// SQLite reports a lock, the connection collects garbage, resets the
// statements of cursors that died, and retries once.
package sqlite3mod

import (
	goruntime "runtime"
	"weak"

	sqlite "modernc.org/sqlite/lib"

	"krait/runtime"
)

// pendingStmt remembers a statement left with rows pending by a cursor.
type pendingStmt struct {
	cur weak.Pointer[cursor]
	s   *statement
	gen uint64 // s.gen when noted: a reset since means the run is over
}

// pendingCollectMin is how many statements with rows pending a connection
// tracks before it runs the Go collector to find those of dead cursors.
// The statements live on SQLite's heap, which the collector does not see,
// so without this a loop of con.execute(...).fetchone() would keep every
// statement it ran until the connection closes.
const pendingCollectMin = 256

// notePending records that cur left s with rows pending.
func (c *connection) notePending(cur *cursor, s *statement) {
	c.pending = append(c.pending, pendingStmt{cur: weak.Make(cur), s: s, gen: s.gen})
	if len(c.pending) < max(c.pendingCollectAt, pendingCollectMin) {
		return
	}
	// Most runs end by being read to the end: drop those first, and run
	// the collector only if many statements are still pending.
	c.dropEnded()
	if len(c.pending) >= max(c.pendingCollectAt, pendingCollectMin) {
		runtime.EnsureNetpoll()
		goruntime.GC()
		c.prunePending()
		// Live entries stay; collect again only when the list doubles.
		c.pendingCollectAt = 2 * len(c.pending)
	}
}

// dropEnded forgets the entries whose run has ended (reset since noted).
func (c *connection) dropEnded() {
	live := c.pending[:0]
	for _, p := range c.pending {
		if p.s.gen == p.gen {
			live = append(live, p)
		}
	}
	clear(c.pending[len(live):])
	c.pending = live
}

// prunePending drops entries whose cursor moved on, and releases the
// statements of cursors the garbage collector has already freed: reset,
// and finalized when the cache does not hold them. It reports whether it
// reset any.
func (c *connection) prunePending() bool {
	reset := false
	live := c.pending[:0]
	for _, p := range c.pending {
		if p.s.gen != p.gen {
			continue // that run ended; the statement may serve another cursor now
		}
		cur := p.cur.Value()
		switch {
		case cur == nil:
			if p.s.inUse && p.s.st != 0 {
				p.s.reset()
				reset = true
			}
			if !p.s.cached {
				p.s.finalize()
			}
		case cur.stmt == p.s && p.s.inUse:
			live = append(live, p)
		}
	}
	clear(c.pending[len(live):])
	c.pending = live
	return reset
}

// reapDeadCursors collects garbage and resets the statements of cursors
// that died with rows pending; it reports whether it reset any.
func (c *connection) reapDeadCursors() bool {
	if len(c.pending) == 0 {
		return false
	}
	runtime.Collect()
	return c.prunePending()
}

// isLockCode reports whether rc is an error a dead cursor's statement can
// cause: a locked table, or a busy database refusing COMMIT.
func isLockCode(rc int32) bool {
	rc &= 0xff
	return rc == sqlite.SQLITE_LOCKED || rc == sqlite.SQLITE_BUSY
}
