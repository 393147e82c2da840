// This file registers the thread, weak reference, gc, signal and atexit
// modules.

package modules

import (
	"krait/modules/atexit"
	"krait/modules/gc"
	"krait/modules/signal"
	"krait/modules/thread"
	"krait/modules/weakref"
	"krait/runtime"
)

func init() {
	runtime.RegisterModule(weakref.Module, gc.Module, thread.Module, atexit.Module, signal.Module)
}

// InitSignals installs the signal handlers CPython installs at start-up
// (SIGINT raises KeyboardInterrupt; SIGPIPE and SIGXFSZ are ignored).
// cmd/krait calls it once before running Python code.
func InitSignals() { signal.InstallDefaultHandlers() }
