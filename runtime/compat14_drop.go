// This file runs at once the __del__ of objects whose last reference a
// builtin itself held and just dropped. CPython frees an object when its
// last reference goes, so such a __del__ runs inside the builtin's call:
// list.sort releases the keys it made while the list is still empty (a
// key's __del__ that refills the list makes the sort raise "list modified
// during sort"), and sys.setprofile / sys.settrace release the function
// they replaced (whose __del__ may try to install another one). Go finds
// the object dead only at its next collection, after the call.
//
// Unlike the cycle pass of `del name` (refsem11_prompt.go), which may
// only finalize cycles because a Go reference it cannot see could hold
// the object, this runs a Go collection: Go sees every reference, so an
// object still in use is never finalized. A collection costs time in
// proportion to the live heap, so these share prompt finalization's
// budget.

package runtime

import (
	"runtime"
	"time"
)

// keysHaveDel reports whether a key in work is an object whose __del__
// has neither run nor been queued.
func keysHaveDel(work []sortItem) bool {
	for i := range work {
		if k := work[i].key; mayFinalize(k) && isRegisteredDel(k) {
			return true
		}
	}
	return false
}

// finalizeDropped runs one Go collection and the __del__ calls it
// queued, if prompt finalization's budget allows. The caller has already
// dropped its references to the objects it expects to die.
func finalizeDropped() {
	now := time.Now()
	allowed := promptAllowance + time.Duration(promptShare*float64(now.Sub(promptStart)))
	if dropFree > 0 {
		// The first few run whatever the clock says: on a loaded machine
		// one collection's wait for Go's finalizer goroutine can exceed the
		// allowance, and a program's first such drops should not depend on
		// the load.
		dropFree--
	} else if promptSpent >= allowed {
		return
	}
	// The frames that made the objects returned, but their registers
	// above the top still hold them.
	clearIdleState()
	runtime.GC()
	waitFinalizers()
	promptSpent += time.Since(now)
	runDueDels() // Python code: not counted in the budget
}

// dropFree counts the collections finalizeDropped still runs outside the
// time budget.
var dropFree = 16

// installingTrace and installingProfile mark, in threadTrace.installing,
// the hook kinds a thread is replacing while the replaced one is finalized.
const (
	installingTrace = 1 << iota
	installingProfile
)

// sysSetHook is sys.settrace(fn) (trace) or sys.setprofile(fn): it
// installs fn, then finalizes the replaced function if it has a __del__;
// meanwhile another install of the same kind raises RuntimeError, as in
// CPython (where the replaced function's release can run any code).
func sysSetHook(fn Value, trace bool) *Exception {
	th := curThread
	kind, name := installingProfile, "profile"
	if trace {
		kind, name = installingTrace, "trace"
	}
	if th.tr != nil && th.tr.installing&kind != 0 {
		return NewRuntimeError("Cannot install a %s function while another %s function is being installed", name, name)
	}
	if err := Audit("sys.set" + name); err != nil {
		return err
	}
	if replacedHasDel(th, trace) {
		th.tr.installing |= kind
		defer func() { th.tr.installing &^= kind }()
		setHook(fn, trace)
		finalizeDropped()
		return nil
	}
	setHook(fn, trace)
	return nil
}

// replacedHasDel reports whether the thread's current trace (or profile)
// function has a __del__ still due.
func replacedHasDel(th *Thread, trace bool) bool {
	if th.tr == nil {
		return false
	}
	old := th.tr.profile
	if trace {
		old = th.tr.trace
	}
	return mayFinalize(old) && isRegisteredDel(old)
}

func setHook(fn Value, trace bool) {
	if trace {
		SetTrace(fn)
	} else {
		SetProfile(fn)
	}
}
