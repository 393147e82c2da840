// This file defines the per-thread interpreter state: the recursion depth
// checked against sys.getrecursionlimit(), and the exception being handled.

package runtime

// Thread is the state of one Python thread. With the GIL, exactly one
// Thread runs at a time and curThread points at it.
type Thread struct {
	depth          int // Python frames plus recursive Go re-entries
	recursionLimit int
}

// curThread is the thread holding the GIL.
var curThread = &Thread{recursionLimit: 1000}

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
