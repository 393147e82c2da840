// This file registers the modules of the xml branch: pyexpat.

package modules

import (
	"krait/modules/pyexpat"
	"krait/runtime"
)

func init() { runtime.RegisterModule(pyexpat.Module) }
