// This file registers the _warnings module (modules/warnings).

package modules

import (
	warningsmod "krait/modules/warnings"
	"krait/runtime"
)

func init() { runtime.RegisterModule(warningsmod.Module) }
