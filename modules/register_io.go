// This file registers the _io module (modules/io).

package modules

import (
	pyio "krait/modules/io"
	"krait/runtime"
)

func init() { runtime.RegisterModule(pyio.Module) }
