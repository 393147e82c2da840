// This file registers the Go layouts of the module's types for the heap
// walk (runtime/gcwalk_reflect.go), so that what they hold is seen.

package weakref

import kr "krait/runtime"

func init() {
	kr.RegisterLayouts(func() {
		kr.RegisterGoLayout[Ref](ReferenceType, ProxyType, CallableProxyType)
	})
}
