// This file registers the modules probe14 added.

package modules

import (
	"krait/modules/zoneinfo"
	"krait/runtime"
)

func init() {
	runtime.RegisterModule(zoneinfo.Module)
}
