// This file defines what the interpreter does at exit before the process
// ends: wait for the non-daemon threads (threading._shutdown) and run the
// atexit callbacks, in CPython's Py_FinalizeEx order.

package runtime

// exitFunc is one atexit.register(func, *args, **kwargs) entry.
type exitFunc struct {
	fn      Value
	args    []Value
	kwnames []*Str
}

// exitFuncs are the atexit callbacks in registration order (run last
// first). Only the thread holding the GIL touches them.
var exitFuncs []exitFunc

// RegisterExitFunc adds an atexit callback.
func RegisterExitFunc(fn Value, args []Value, kwnames []*Str) {
	exitFuncs = append(exitFuncs, exitFunc{fn, args, kwnames})
}

// UnregisterExitFunc removes every callback whose function equals fn.
// As in CPython, the entries become empty slots: NumExitFuncs still
// counts them until the callbacks run or are cleared.
func UnregisterExitFunc(fn Value) *Exception {
	for i := range exitFuncs {
		e := &exitFuncs[i]
		if e.fn.IsNull() {
			continue
		}
		eq, err := RichCompareBool(e.fn, fn, Eq)
		if err != nil {
			return err
		}
		if eq {
			*e = exitFunc{}
		}
	}
	return nil
}

// ClearExitFuncs removes all atexit callbacks (atexit._clear).
func ClearExitFuncs() { exitFuncs = nil }

// NumExitFuncs returns the number of atexit callback slots
// (atexit._ncallbacks).
func NumExitFuncs() int { return len(exitFuncs) }

// RunExitFuncs runs the atexit callbacks, last registered first, and
// forgets them. An exception is reported ("Exception ignored in atexit
// callback") and the next callback runs, as in CPython 3.11.
func RunExitFuncs() {
	for len(exitFuncs) > 0 {
		e := exitFuncs[len(exitFuncs)-1]
		exitFuncs = exitFuncs[:len(exitFuncs)-1]
		if e.fn.IsNull() {
			continue
		}
		if _, err := Call(e.fn, e.args, e.kwnames); err != nil {
			WriteUnraisable(err, "Exception ignored in atexit callback", e.fn)
		}
	}
}

// WaitForThreadShutdown calls threading._shutdown() when the threading
// module was imported, so that the main thread waits for the non-daemon
// threads, as CPython's wait_for_thread_shutdown.
func WaitForThreadShutdown() {
	sys := sysModule
	if sys == nil {
		return
	}
	mods, ok := sys.Dict.GetStr(Intern("modules"))
	if !ok {
		return
	}
	d, ok := mods.TryDict()
	if !ok {
		return
	}
	threading, ok := d.GetStr(Intern("threading"))
	if !ok {
		return
	}
	shutdown, err := GetAttrString(threading, "_shutdown")
	if err != nil {
		return
	}
	if _, err := Call(shutdown, nil, nil); err != nil {
		WriteUnraisable(err, "", shutdown)
	}
}

// Finalize does the interpreter's work at exit, before stdout is flushed
// and the process ends: wait for non-daemon threads, then run the atexit
// callbacks, then the __del__ methods of the objects still alive. The main
// thread calls it, holding the GIL.
func Finalize() {
	WaitForThreadShutdown()
	RunExitFuncs()
	RunPendingCalls()
	// sys.is_finalizing() is true from here, as CPython sets
	// _Py_Finalizing after the atexit callbacks, before modules' objects die.
	SetFinalizing()
	runFinalizersAtExit()
}
