// This file completes prompt finalization on `del name`
// (refsem11_prompt.go) for the common case, an object on no reference
// cycle: `f = open(p); del f`, `g = gen(); next(g); del g`, `x = C(); del x`.
// CPython runs __del__ (or closes the generator) before the next statement.
// The cycle pass finalizes only objects on a cycle, since an acyclic object
// it finds unreachable may be held by a Go reference it cannot see; a Go
// collection sees every reference, so it finds the acyclic ones safely.
// What kept them alive until then was the frame's stale temporaries (the
// result of `C()` before it was stored): the DELETE instruction names the
// first dead temporary (compiler/compat16_deltemps.go), and those are
// cleared first.

package runtime

import (
	"weak"

	op "krait/compiler"
)

// clearDeletedTemps clears the temporaries of f above those in use at the
// DELETE_FAST, DELETE_NAME or DELETE_GLOBAL instruction f is executing
// (f.lasti). Code compiled without the operand (0) clears nothing.
func clearDeletedTemps(f *frame) {
	if f == nil || f.code == nil || f.lasti >= len(f.code.instrs) {
		return
	}
	in := op.Decode(f.code.instrs, f.lasti)
	var d uint32
	switch in.Op {
	case op.DELETE_FAST:
		d = in.B
	case op.DELETE_NAME, op.DELETE_GLOBAL:
		d = in.A
	default:
		return
	}
	if d > 0 && int(d-1) < len(f.regs) {
		clear(f.regs[d-1:])
	}
}

// promptCollect clears the dead temporaries of the current frame and runs
// one Go collection (finalizeDropped, within the budget) with v held
// only weakly. v is not used after the weak pointer is made, so no Go
// stack slot keeps it alive.
//
//go:noinline
func promptCollect(v Value) {
	w := weak.Make(v.HeaderPtr())
	weakly := weaklyReferenced(v) || closesOnDrop(v) // the io layer's sweep is a collect hook too
	clearDeletedTemps(curThread.cur)
	finalizeDropped()
	h := w.Value()
	if h == nil && weakly {
		runWeakrefDeaths()
	}
}

// unraisableFrameTraceback gives err, reported as unraisable without a
// traceback (a generator's "ignored GeneratorExit" raised by its
// finalizer, outside any Python frame of its own), a traceback of the
// frame running when it was reported, as CPython's
// _PyErr_WriteUnraisableMsg does: the report then names the line whose
// `del` or assignment dropped the object.
func unraisableFrameTraceback(err *Exception) {
	if err == nil || err.Traceback != nil || curThread == nil {
		return
	}
	if f := curThread.cur; f != nil && f.code != nil {
		addTraceback(err, f)
	}
}

// WeaklyReferencedHook, set by the weakref module, reports whether v has
// a live weak reference. `del name` of such an object is observable at
// once in CPython (the reference is dead, its callback ran, the entry of
// a WeakValueDictionary or WeakKeyDictionary is gone), so prompt
// finalization treats it as it treats an object with __del__.
var WeaklyReferencedHook func(v Value) bool

// weaklyReferenced reports whether v is a heap object with a live weak
// reference.
func weaklyReferenced(v Value) bool {
	if v.IsNull() || v.IsSmallInt() || v.IsFloat() || WeaklyReferencedHook == nil {
		return false
	}
	// Most types never have a weakly referenced instance: skip the
	// registry lookup for them.
	return v.Type().weakTarget && WeaklyReferencedHook(v)
}

// MarkWeakTarget records that an instance of t has a weak reference (the
// weakref module calls it for each new referent).
func MarkWeakTarget(t *Type) { t.weakTarget, t.dropWatch = true, true }

// mayDieObservably reports whether dropping v may make code run or a
// weak reference die: the DELETE instructions then try to finalize v
// promptly.
func mayDieObservably(v Value) bool {
	return mayFinalize(v) || weaklyReferenced(v) || closesOnDrop(v)
}

// runWeakrefDeaths runs the weak reference callbacks of the objects the
// last collection found dead, as gc.collect does after each collection.
func runWeakrefDeaths() {
	finalMu.Lock()
	hooks := collectHooks
	finalMu.Unlock()
	for _, h := range hooks {
		h()
	}
	RunPendingCalls()
}
