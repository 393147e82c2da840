// This file registers the modules the core4 branch maintains.

package modules

import (
	"krait/modules/locale"
	"krait/modules/statistics"
	"krait/runtime"
)

func init() { runtime.RegisterModule(statistics.Module, locale.Module) }
