// This file registers the modules probe14 added, and math's glibc pow as the
// runtime's float power.

package modules

import (
	"krait/modules/math"
	"krait/modules/zoneinfo"
	"krait/runtime"
)

func init() {
	runtime.RegisterModule(zoneinfo.Module)
	runtime.SetLibmPow(math.GlibcPow)
}
