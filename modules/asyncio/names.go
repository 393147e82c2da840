// This file holds the interned attribute names that more than one file of
// the package reads (events.Handle's members and BaseEventLoop._run_once),
// so each is declared once.

package asyncio

import "krait/runtime"

var (
	strContextAttr = runtime.Intern("_context")
	strLoopAttr    = runtime.Intern("_loop")
	strCallbackA   = runtime.Intern("_callback")
	strArgsAttr    = runtime.Intern("_args")
	strCancelled   = runtime.Intern("_cancelled")
	strRunOnce     = runtime.Intern("_run_once")
)
