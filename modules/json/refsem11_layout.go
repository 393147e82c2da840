// This file registers the Go layouts of the module's types for the heap
// walk (runtime/gcwalk_reflect.go), so that what they hold is seen.

package json

import "krait/runtime"

// registerLayouts registers the layouts of the module's types, which are
// created when it is first imported (startup12a_lazy.go).
func registerLayouts() {
	runtime.RegisterGoLayout[scannerObject](ScannerType)
	runtime.RegisterGoLayout[encoderObject](EncoderType)
}
