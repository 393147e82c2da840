// This file registers the Go layouts of the module's types for the heap
// walk (runtime/gcwalk_reflect.go), so that what they hold is seen.

package collections

import "krait/runtime"

func init() {
	runtime.RegisterLayouts(func() {
		runtime.RegisterGoLayout[odict](OrderedDictType)
		runtime.RegisterGoLayout[odictIter](odictIterType)
	})
}

// registerLazyLayouts registers the layouts of the types the module
// creates when it is first imported (startup12a_lazy.go).
func registerLazyLayouts() {
	runtime.RegisterGoLayout[Deque](DequeType)
	runtime.RegisterGoLayout[dequeIter](dequeIterType)
	runtime.RegisterGoLayout[defDict](DefaultDictType)
	runtime.RegisterGoLayout[tupleGetter](tupleGetterType)
}
