// This file registers the modules the audit5 helper added.

package modules

import (
	"krait/modules/readline"
	"krait/runtime"
)

func init() {
	runtime.RegisterModule(readline.Module)
}
