// This file makes gc.collect() close, and warn about, the scandir
// iterators it found dead before it returns. Their Go cleanups run on the
// runtime's cleanup goroutine, which on one P (the GC driver's setting)
// may not have run when gc.collect() ends; CPython warns at once.

package posix

import (
	"sync"
	"weak"

	"krait/runtime"
)

var (
	openItersMu sync.Mutex
	openIters   = map[*dirHandle]weak.Pointer[scandirIter]{}
)

func init() { runtime.RegisterCollectHook(closeDeadScandirs) }

// trackScandir records an open iterator until it is closed or collected.
func trackScandir(it *scandirIter) {
	openItersMu.Lock()
	openIters[it.dir] = weak.Make(it)
	openItersMu.Unlock()
}

// untrackScandir forgets h once its directory is closed.
func untrackScandir(h *dirHandle) {
	openItersMu.Lock()
	delete(openIters, h)
	openItersMu.Unlock()
}

// closeDeadScandirs closes the directories of the iterators the last
// collection found dead; the warnings run as pending calls right after
// (runtime.Collect runs them). It returns 0: CPython frees these by
// reference counting, so gc.collect() does not count them.
func closeDeadScandirs() int {
	openItersMu.Lock()
	var dead []*dirHandle
	for h, w := range openIters {
		if w.Value() == nil {
			dead = append(dead, h)
		}
	}
	openItersMu.Unlock()
	for _, h := range dead {
		if h.close() {
			runtime.AddPendingCall(func() { warnUnclosedScandir(h.addr) })
		}
	}
	return 0
}
