// This file registers the Go layouts of the module's types for the heap
// walk (runtime/gcwalk_reflect.go), so that what they hold is seen.

package queue

import "krait/runtime"

func init() {
	runtime.RegisterLayouts(func() {
		runtime.RegisterGoLayout[SimpleQueue](simpleQueueType()) // made on first use: the walk may run before _queue is imported
	})
}
