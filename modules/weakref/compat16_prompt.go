package weakref

import (
	"unsafe"

	kr "krait/runtime"
)

func init() { kr.WeaklyReferencedHook = hasLiveRefs }

// hasLiveRefs reports whether obj has a weak reference that is still
// alive (runtime/compat16_prompt.go: `del obj` then collects at once).
func hasLiveRefs(obj kr.Value) bool {
	h := obj.HeaderPtr()
	registryMu.Lock()
	defer registryMu.Unlock()
	r := registry[uintptr(unsafe.Pointer(h))]
	if r == nil || r.done || !r.strong.IsNull() || r.obj.Value() != h {
		return false // none, or a static object, which never dies
	}
	for _, w := range r.refs {
		if w.Value() != nil {
			return true
		}
	}
	return false
}
