// This file registers the Go layouts of the module's types for the heap
// walk (runtime/gcwalk_reflect.go), so that what they hold is seen.

package collections

import "krait/runtime"

func init() {
	runtime.RegisterLayouts(func() {
		runtime.RegisterGoLayout[Deque](DequeType)
		runtime.RegisterGoLayout[dequeIter](dequeIterType)
		runtime.RegisterGoLayout[defDict](DefaultDictType)
		runtime.RegisterGoLayout[odict](OrderedDictType)
		runtime.RegisterGoLayout[odictIter](odictIterType)
		runtime.RegisterGoLayout[tupleGetter](tupleGetterType)
	})
}
