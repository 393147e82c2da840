// This file defines exported helpers that native modules written partly in
// Python (the _pickle shim) use to look like CPython's C modules.

package runtime

// TracebackDrop removes from e's traceback the entries whose code's
// filename satisfies drop: a native module that runs Python code for its
// work removes that code's frames, as a C module's work leaves none.
func TracebackDrop(e *Exception, drop func(filename string) bool) {
	link := &e.Traceback
	for tb := e.Traceback; tb != nil; tb = tb.Next {
		if tb.Frame != nil && tb.Frame.code != nil && drop(tb.Frame.code.c.Filename) {
			*link = tb.Next
		} else {
			link = &tb.Next
		}
	}
}

// ClearIdleState drops the references the interpreter keeps for reuse
// (registers of frames that returned, idle frame records) so that a Go
// collection that follows frees what CPython's reference counts already
// freed. The caller holds the GIL.
func ClearIdleState() { clearIdleState() }
