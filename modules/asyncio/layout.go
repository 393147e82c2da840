// This file registers the Go layouts of the module's types for the heap
// walk (runtime/gcwalk_reflect.go), so that what they hold is seen.

package asyncio

import "krait/runtime"

func init() {
	runtime.RegisterLayouts(func() {
		runtime.RegisterGoLayout[Future](futureType())
		runtime.RegisterGoLayout[Task](taskType())
		runtime.RegisterGoLayout[futureIter](futureIterType())
		initWrapperTypes()
		runtime.RegisterGoLayout[stepper](stepperType)
		runtime.RegisterGoLayout[waker](wakerType)
	})
}
