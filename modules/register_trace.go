// This file registers the native modules of the trace branch: _lsprof.

package modules

import (
	"krait/modules/lsprof"
	"krait/runtime"
)

func init() { runtime.RegisterModule(lsprof.Module) }
