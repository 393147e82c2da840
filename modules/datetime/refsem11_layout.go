// This file registers the Go layouts of the module's types for the heap
// walk (runtime/gcwalk_reflect.go), so that what they hold is seen.

package datetime

import "krait/runtime"

func init() {
	runtime.RegisterLayouts(func() {
		runtime.RegisterGoLayout[DateTime](DateTimeType)
		runtime.RegisterGoLayout[Time](TimeType)
		runtime.RegisterGoLayout[Date](DateType)
		runtime.RegisterGoLayout[Delta](DeltaType)
		runtime.RegisterGoLayout[Timezone](TimezoneType)
		runtime.RegisterGoLayout[TZInfo](TZInfoType)
	})
}
