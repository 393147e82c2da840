// This file clears the weak references to the cyclic garbage gc.collect()
// is about to finalize (runtime/refsem11_cycles.go): CPython clears them,
// and queues their callbacks, before it calls any finalizer, so a weak
// reference reads None afterwards even when a finalizer resurrects its
// object.

package weakref

import (
	"unsafe"

	kr "krait/runtime"
)

func init() { kr.ClearWeakrefsHook = clearWeakrefs }

// clearWeakrefs kills the weak references to each of objs.
func clearWeakrefs(objs []kr.Value) {
	var dead []*referent
	registryMu.Lock()
	for _, v := range objs {
		r := registry[uintptr(unsafe.Pointer(v.HeaderPtr()))]
		if r == nil || !r.strong.IsNull() || r.done || r.obj.Value() != v.HeaderPtr() {
			continue
		}
		r.killed = true
		dead = append(dead, r)
	}
	registryMu.Unlock()
	for _, r := range dead {
		referentDied(r)
	}
}
