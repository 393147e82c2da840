// This file registers the modules of the cdatetime branch: _datetime.

package modules

import (
	"krait/modules/datetime"
	"krait/runtime"
)

func init() { runtime.RegisterModule(datetime.Module) }
