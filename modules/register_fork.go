// This file registers the modules of the fork helper: _multiprocessing.

package modules

import (
	"krait/modules/multiprocessing"
	"krait/runtime"
)

func init() { runtime.RegisterModule(multiprocessing.Module) }
