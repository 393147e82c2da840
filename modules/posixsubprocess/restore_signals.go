// This file defines how restore_signals reaches a child started without a
// preexec_fn, whose fork Go's syscall.ForkExec performs: a child keeps the
// signals its parent ignores, and Krait ignores SIGPIPE and SIGXFSZ as
// CPython does, so they are caught (and dropped) instead while the child
// is started; Go gives caught signals their default action in the child.

package posixsubprocess

import (
	"os"
	ossignal "os/signal"
	"syscall"
)

// restoredSignals are the signals CPython's _Py_RestoreSignals resets.
var restoredSignals = []syscall.Signal{syscall.SIGPIPE, syscall.SIGXFSZ}

// catchIgnoredSignals switches those of restoredSignals that are ignored
// to caught-and-dropped, returning a function that ignores them again.
// Writes still fail with EPIPE meanwhile, as when they are ignored.
func catchIgnoredSignals() func() {
	var switched []os.Signal
	for _, s := range restoredSignals {
		if ossignal.Ignored(s) {
			switched = append(switched, s)
		}
	}
	if len(switched) == 0 {
		return func() {}
	}
	ch := make(chan os.Signal, len(switched)) // never read: a full channel drops
	ossignal.Notify(ch, switched...)
	return func() { ossignal.Ignore(switched...) }
}
