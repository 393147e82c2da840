// This file registers the modules the core4 branch maintains.

package modules

import (
	"krait/modules/faulthandler"
	"krait/modules/locale"
	"krait/modules/statistics"
	"krait/modules/termios"
	"krait/runtime"
)

func init() {
	runtime.RegisterModule(statistics.Module, locale.Module, faulthandler.Module, termios.Module)
}
