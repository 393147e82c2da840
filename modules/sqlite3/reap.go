// This file defines how a connection recovers from statements that a dead
// cursor left running. CPython resets a cursor's statement the moment its
// last reference goes (del cur); Krait's objects die at a garbage
// collection, so a table stays locked by such a statement until then. When
// SQLite reports a lock, the connection collects garbage, resets the
// statements of cursors that died, and retries once.
package sqlite3mod

import (
	"weak"

	sqlite "modernc.org/sqlite/lib"

	"krait/runtime"
)

// pendingStmt remembers a statement left with rows pending by a cursor.
type pendingStmt struct {
	cur weak.Pointer[cursor]
	s   *statement
}

// notePending records that cur left s with rows pending.
func (c *connection) notePending(cur *cursor, s *statement) {
	if len(c.pending) >= 64 {
		c.prunePending()
	}
	c.pending = append(c.pending, pendingStmt{cur: weak.Make(cur), s: s})
}

// prunePending drops entries whose cursor moved on or whose statement
// finished.
func (c *connection) prunePending() {
	live := c.pending[:0]
	for _, p := range c.pending {
		if cur := p.cur.Value(); cur != nil && cur.stmt == p.s && p.s.inUse {
			live = append(live, p)
		} else if cur == nil && p.s.inUse {
			live = append(live, p)
		}
	}
	clear(c.pending[len(live):])
	c.pending = live
}

// reapDeadCursors collects garbage and resets the statements of cursors
// that died with rows pending; it reports whether it reset any.
func (c *connection) reapDeadCursors() bool {
	if len(c.pending) == 0 {
		return false
	}
	runtime.Collect()
	reset := false
	live := c.pending[:0]
	for _, p := range c.pending {
		cur := p.cur.Value()
		switch {
		case cur == nil && p.s.inUse && p.s.st != 0:
			p.s.reset()
			reset = true
		case cur != nil && cur.stmt == p.s && p.s.inUse:
			live = append(live, p)
		}
	}
	clear(c.pending[len(live):])
	c.pending = live
	return reset
}

// isLockCode reports whether rc is an error a dead cursor's statement can
// cause: a locked table, or a busy database refusing COMMIT.
func isLockCode(rc int32) bool {
	rc &= 0xff
	return rc == sqlite.SQLITE_LOCKED || rc == sqlite.SQLITE_BUSY
}
