// This file defines the in-place rebuild of a set's table. A set that
// items are added to and removed from (a backtracking search's columns
// and diagonals) fills its table with dummies, and every few additions
// set_table_resize purges them into a table of the same size. CPython
// rebuilds its small table in place and mallocs a bigger one from its
// small-object pool; a new Go array each time cost an allocation of up to
// 4 KiB, its zeroing and the collector's work for every purge. The active
// entries are few (a purge to the same size means used < size/4), so they
// are saved in a buffer on the stack, the table is cleared and they are
// reinserted in table order: the slots they land in, and so the set's
// iteration order, are those a new table would give.

package runtime

import "unsafe"

// setRebuildMax is the most active entries rebuildInPlace saves on the stack.
const setRebuildMax = 64

// rebuildInPlace purges the dummies of s's table, keeping its size, and
// reports whether it did (false when too many entries are active: resize
// then allocates as before). The caller has advanced s.epoch.
func (s *Set) rebuildInPlace() bool {
	if s.used > setRebuildMax {
		return false
	}
	var buf [setRebuildMax]setEntry
	live := buf[:0]
	for i := range s.table {
		if e := &s.table[i]; !e.empty() {
			live = append(live, *e)
		}
	}
	clear(s.table)
	s.fill = s.used
	for i := range live {
		e := &live[i]
		h := int64(e.w) // a heap key's hash, or an int that is its own hash
		if unboxedPtr(e.p) && (e.p != unsafe.Pointer(&intHeader) || h <= -hashModulus || h >= hashModulus || h == -1) {
			h = e.hash()
		}
		insertClean(s.table, *e, h)
	}
	return true
}
