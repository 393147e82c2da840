// This file registers the thread, weak reference, gc, signal and atexit
// modules.

package modules

import (
	"krait/modules/gc"
	"krait/modules/thread"
	"krait/modules/weakref"
	"krait/runtime"
)

func init() {
	runtime.RegisterModule(weakref.Module, gc.Module, thread.Module)
}
