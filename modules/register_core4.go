// This file registers the modules the core4 branch maintains.

package modules

import (
	"krait/modules/statistics"
	"krait/runtime"
)

func init() { runtime.RegisterModule(statistics.Module) }
