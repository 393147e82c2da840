// This file defines prompt finalization on `del name`: CPython frees an
// object the moment its last reference goes, so `f = open(...); del f`
// closes the file and `del g` closes a suspended generator before the
// next statement. Go finds such objects only at its next collection.
// When a DELETE_* instruction drops a value whose finalizer would run
// Python code (or that is weakly referenced), the interpreter clears the
// frame's dead temporaries and runs one Go collection at once
// (compat16_prompt.go), which finds the object dead if nothing holds it.
// Collections cost time in proportion to the live heap, so they share a
// budget: a program spends at most promptShare of its run time (after a
// small allowance) in them, and a loop that deletes such objects falls
// back to Go's finalizers once the budget is spent.

package runtime

import (
	"time"
	"unsafe"
)

const (
	promptShare     = 0.05                  // of the time since start
	promptAllowance = 50 * time.Millisecond // spendable from the start
)

var (
	promptSpent time.Duration
	promptStart = time.Now()
)

// mayFinalize reports whether dropping v may make a finalizer due that
// runs Python code: an instance of a class with __del__, or a generator
// suspended in a try block.
func mayFinalize(v Value) bool {
	if v.IsNull() || v.IsSmallInt() || v.IsFloat() {
		return false
	}
	t := v.Type()
	if t.hasDel {
		return true
	}
	switch t {
	case GeneratorType, CoroutineType, AsyncGenType:
		return ptrOf[Generator](v).finalizer
	}
	return false
}

// promptFinalize finalizes v after `del` dropped it, if v has a finalizer
// still registered and the budget allows: a Go collection finds it dead
// if nothing else holds it (compat16_prompt.go). An object that only a
// cycle holds waits for a collection, as in CPython, where dropping the
// last outside reference to a cycle frees nothing until gc runs.
func promptFinalize(v Value) {
	now := time.Now()
	allowed := promptAllowance + time.Duration(promptShare*float64(now.Sub(promptStart)))
	if (promptSpent >= allowed && dropFree == 0) || !isRegisteredDel(v) && !weaklyReferenced(v) && !closesOnDrop(v) {
		return
	}
	promptCollect(v)
}

// isRegisteredDel reports whether v's finalizer has neither run nor been
// queued.
func isRegisteredDel(v Value) bool {
	h := v.HeaderPtr()
	finalMu.Lock()
	e, ok := finalizable[uintptr(unsafe.Pointer(h))]
	finalMu.Unlock()
	return ok && e.w.Value() == h
}

// peekName returns the value DELETE_NAME is about to drop, when the
// locals are a dict (module level, class bodies), or the null Value.
func peekName(f *frame, name *Str) Value {
	if f.locals.Type() == DictType {
		if v, ok := f.locals.AsDict().GetStr(name); ok {
			return v
		}
	}
	return Value{}
}

// peekGlobal returns the value of the global name, or the null Value.
func peekGlobal(f *frame, name *Str) Value {
	if v, ok := f.globals.GetStr(name); ok {
		return v
	}
	return Value{}
}
