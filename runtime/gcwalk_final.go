// This file defines gc.is_finalized over the __del__ registry of
// finalizer.go.

package runtime

import "unsafe"

// IsFinalized is gc.is_finalized(v): v's class has __del__ and it has
// already run (or is queued): the object was collected once and
// resurrected, and CPython will not call its __del__ again.
func IsFinalized(v Value) bool {
	if v.IsNull() || v.IsSmallInt() || v.IsFloat() || !v.Type().hasDel {
		return false
	}
	h := v.HeaderPtr()
	finalMu.Lock()
	e, ok := finalizable[uintptr(unsafe.Pointer(h))]
	finalMu.Unlock()
	return !ok || e.w.Value() != h
}
