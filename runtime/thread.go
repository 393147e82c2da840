// This file defines the per-thread interpreter state: the recursion depth
// checked against sys.getrecursionlimit(), and the exception being handled.

package runtime

// Thread is the state of one Python thread. With the GIL, exactly one
// Thread runs at a time and curThread points at it.
type Thread struct {
	depth          int // Python frames plus recursive Go re-entries
	recursionLimit int

	slab    []Value    // the current register slab chunk
	top     int        // first free register of slab
	pool    []*frame   // frame records, reused by depth
	npool   int        // records in use
	handled *Exception // the exception being handled (sys.exc_info())
	cur     *frame     // innermost executing frame
}

// curThread is the thread holding the GIL.
var curThread = &Thread{recursionLimit: 1000, slab: make([]Value, slabSize)}

// enterRecursiveCall counts one level of recursion and raises
// RecursionError("maximum recursion depth exceeded" + where) past the limit.
func enterRecursiveCall(where string) *Exception {
	th := curThread
	th.depth++
	if th.depth > th.recursionLimit {
		th.depth--
		return NewRecursionError("maximum recursion depth exceeded" + where)
	}
	return nil
}

// leaveRecursiveCall undoes enterRecursiveCall.
func leaveRecursiveCall() { curThread.depth-- }
